namespace MuttSharp.Core.Config;

/// <summary>
/// The process facts configuration depends on: home directory, environment variables, working directory,
/// user and host names. Passed in, not read from globals, so that tests pin every default.
/// </summary>
public sealed class MuttEnvironment
{
    private readonly Func<string, string?> _lookup;
    private readonly Dictionary<string, string?> _overrides = new(StringComparer.Ordinal);

    /// <summary>Creates an environment from explicit facts.</summary>
    /// <param name="lookup">Looks up an environment variable; null when unset.</param>
    /// <param name="workingDirectory">The current directory, for relative paths and <c>cd</c>.</param>
    /// <param name="hostName">The host name Mutt's <c>$hostname</c> defaults to.</param>
    /// <param name="userName">The login name.</param>
    /// <param name="realName">The user's full name (the GECOS field before the first comma).</param>
    /// <param name="loginShell">The user's shell.</param>
    public MuttEnvironment(Func<string, string?> lookup, string workingDirectory, string hostName, string userName, string realName, string loginShell)
    {
        _lookup = lookup;
        WorkingDirectory = workingDirectory;
        HostName = hostName;
        UserName = userName;
        RealName = realName;
        LoginShell = loginShell;
    }

    /// <summary>The environment of this process.</summary>
    public static MuttEnvironment FromProcess(Func<string, string?>? lookup = null)
    {
        lookup ??= Environment.GetEnvironmentVariable;
        string user = lookup("USER") ?? lookup("LOGNAME") ?? Environment.UserName;
        var (realName, shell) = PasswdEntry(user);
        return new MuttEnvironment(lookup, Directory.GetCurrentDirectory(), Environment.MachineName.ToLowerInvariant(), user, realName, shell);
    }

    /// <summary>The home directory: <c>$HOME</c>, else the user profile directory.</summary>
    public string Home => Get("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    /// <summary>The current directory; <c>cd</c> changes it for the rest of the configuration.</summary>
    public string WorkingDirectory { get; set; }

    /// <summary>The host name.</summary>
    public string HostName { get; }

    /// <summary>The login name.</summary>
    public string UserName { get; }

    /// <summary>The user's full name.</summary>
    public string RealName { get; }

    /// <summary>The user's login shell.</summary>
    public string LoginShell { get; }

    /// <summary>Looks up an environment variable, seeing <c>setenv</c>/<c>unsetenv</c> made while reading.</summary>
    public string? Get(string name) => _overrides.TryGetValue(name, out string? value) ? value : _lookup(name);

    /// <summary>Sets (or, with null, removes) a variable for the rest of the configuration and for commands it runs.</summary>
    public void Set(string name, string? value) => _overrides[name] = value;

    /// <summary>The variables changed by <c>setenv</c>/<c>unsetenv</c>, to pass to child processes.</summary>
    public IReadOnlyDictionary<string, string?> Overrides => _overrides;

    /// <summary>The GECOS name and shell from /etc/passwd, as Mutt takes <c>$realname</c> and <c>$shell</c> from it.</summary>
    private static (string RealName, string Shell) PasswdEntry(string user)
    {
        try
        {
            foreach (string line in File.ReadLines("/etc/passwd"))
            {
                string[] fields = line.Split(':');
                if (fields.Length >= 7 && fields[0] == user)
                {
                    string gecos = fields[4];
                    int comma = gecos.IndexOf(',');
                    return (comma < 0 ? gecos : gecos[..comma], fields[6]);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return ("", "/bin/sh");
    }
}
