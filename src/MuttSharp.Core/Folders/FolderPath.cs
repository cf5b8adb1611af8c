namespace MuttSharp.Core.Folders;

/// <summary>Mutt's folder shortcuts: <c>+</c> and <c>=</c> for <c>$folder</c>, <c>~</c> for the home directory, <c>!</c> for the spool file.</summary>
public static class FolderPath
{
    /// <summary>
    /// Expands <paramref name="spec"/> as Mutt does: <c>+name</c> and <c>=name</c> are
    /// <paramref name="folderVar"/>/name (itself expanded for <c>~</c>), <c>~</c> and <c>~/x</c> are
    /// under <paramref name="home"/>, <c>!</c> is <paramref name="spoolFile"/> when given. Anything
    /// else is returned as it is.
    /// </summary>
    public static string Resolve(string spec, string folderVar, string home, string? spoolFile = null)
    {
        if (spec.Length == 0)
            return spec;
        if (spec[0] is '+' or '=')
            return Join(ExpandHome(folderVar, home), spec[1..]);
        if (spec == "!" && spoolFile is not null)
            return Resolve(spoolFile, folderVar, home);
        return ExpandHome(spec, home);
    }

    private static string ExpandHome(string path, string home)
    {
        if (path == "~")
            return home;
        return path.StartsWith("~/", StringComparison.Ordinal) ? Join(home, path[2..]) : path;
    }

    private static string Join(string directory, string name)
    {
        name = name.TrimStart('/');
        directory = Path.TrimEndingDirectorySeparator(directory);
        if (name.Length == 0)
            return directory;
        return directory.Length == 0 ? name : directory + "/" + name;
    }
}
