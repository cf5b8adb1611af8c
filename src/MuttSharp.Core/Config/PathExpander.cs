namespace MuttSharp.Core.Config;

/// <summary>Mutt's mailbox-path shorthands, expanded when a path is set and collapsed when it is printed.</summary>
internal static class PathExpander
{
    /// <summary>A whole path that is one of these characters stands for the mailbox held in that variable.</summary>
    private static readonly Dictionary<string, string> Shortcuts = new(StringComparer.Ordinal)
    {
        ["!"] = "spoolfile",
        [">"] = "mbox",
        ["<"] = "record",
    };

    public static string Expand(string path, MuttConfig config)
    {
        if (path.Length == 0)
            return path;
        if (Shortcuts.TryGetValue(path, out string? variable))
            return config.GetPath(variable);
        string home = config.Environment.Home;
        if (path[0] == '~')
        {
            if (path.Length == 1 || path[1] == '/')
                return home + path[1..];
            int slash = path.IndexOf('/');
            string user = slash < 0 ? path[1..] : path[1..slash];
            return UserHome(user) is { } userHome ? userHome + (slash < 0 ? "" : path[slash..]) : path;
        }
        if (path[0] is '=' or '+')
        {
            string folder = config.GetPath("folder");
            return folder.EndsWith('/') ? folder + path[1..] : folder + "/" + path[1..];
        }
        return path;
    }

    /// <summary>Collapses under $folder to <c>=</c>, under home to <c>~</c>, under the working directory to a relative path.</summary>
    public static string Pretty(string path, MuttConfig config)
    {
        if (path.Length > 1 && path.EndsWith('/'))
            path = path.TrimEnd('/');
        string folder = config.GetPath("folder").TrimEnd('/');
        if (folder.Length > 0 && path.StartsWith(folder + "/", StringComparison.Ordinal))
            return "=" + path[(folder.Length + 1)..];
        string home = config.Environment.Home.TrimEnd('/');
        if (home.Length > 0 && path.StartsWith(home + "/", StringComparison.Ordinal))
            return "~" + path[home.Length..];
        string cwd = config.Environment.WorkingDirectory.TrimEnd('/');
        if (path.StartsWith(cwd + "/", StringComparison.Ordinal))
            return path[(cwd.Length + 1)..];
        return path;
    }

    /// <summary>Another user's home directory from /etc/passwd, for <c>~user</c>.</summary>
    private static string? UserHome(string user)
    {
        try
        {
            foreach (string line in File.ReadLines("/etc/passwd"))
            {
                string[] fields = line.Split(':');
                if (fields.Length >= 6 && fields[0] == user)
                    return fields[5];
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }
}
