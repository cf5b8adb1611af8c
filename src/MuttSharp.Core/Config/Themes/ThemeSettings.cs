namespace MuttSharp.Core.Config.Themes;

/// <summary>MuttSharp's theme variable and where theme files are looked for.</summary>
public static class ThemeSettings
{
    /// <summary>The variable that names the theme (<c>set theme="dark"</c>).</summary>
    public const string ThemeVariable = "theme";

    /// <summary>The theme used when <c>$theme</c> is not set.</summary>
    public const string DefaultTheme = "default";

    /// <summary>The extension of theme files.</summary>
    public const string Extension = ".toml";

    /// <summary>
    /// The theme directories, searched in order: the user's (<c>$XDG_CONFIG_HOME/muttsharp/themes</c>,
    /// else <c>~/.config/muttsharp/themes</c>), then the <c>themes</c> directory next to the program.
    /// </summary>
    public static IReadOnlyList<string> SearchDirectories(string? home, string? xdgConfigHome, string programDirectory)
    {
        var dirs = new List<string>();
        if (!string.IsNullOrEmpty(xdgConfigHome))
            dirs.Add(Path.Combine(xdgConfigHome, "muttsharp", "themes"));
        else if (!string.IsNullOrEmpty(home))
            dirs.Add(Path.Combine(home, ".config", "muttsharp", "themes"));
        dirs.Add(Path.Combine(programDirectory, "themes"));
        return dirs;
    }
}
