using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Config.Themes;

/// <summary>
/// Finds themes by name in the theme directories (the user's first, so a user file overrides a
/// bundled one of the same name) and loads them, falling back to the default theme, and from there
/// to Mutt's own look, when a file is missing or broken.
/// </summary>
public sealed class ThemeCatalog
{
    /// <summary>Creates a catalog over directories searched in order.</summary>
    public ThemeCatalog(IEnumerable<string> directories) => Directories = [.. directories];

    /// <summary>The directories searched, in order.</summary>
    public IReadOnlyList<string> Directories { get; }

    /// <summary>The catalog for this user: <see cref="ThemeSettings.SearchDirectories"/> from the environment.</summary>
    public static ThemeCatalog ForCurrentUser() => new(ThemeSettings.SearchDirectories(
        Environment.GetEnvironmentVariable("HOME"),
        Environment.GetEnvironmentVariable("XDG_CONFIG_HOME"),
        AppContext.BaseDirectory));

    /// <summary>Every theme name found, plus the built-in <c>mutt</c>, sorted.</summary>
    public IReadOnlyList<string> Names()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal) { Theme.MuttName };
        foreach (string dir in Directories.Where(Directory.Exists))
            foreach (string file in Directory.EnumerateFiles(dir, "*" + ThemeSettings.Extension))
                names.Add(Path.GetFileNameWithoutExtension(file));
        return [.. names];
    }

    /// <summary>
    /// The file a theme name stands for: a path (it contains <c>/</c> or ends in <c>.toml</c>) as is,
    /// else the first <c>NAME.toml</c> in the directories; null when there is none.
    /// </summary>
    public string? Find(string name)
    {
        if (name.Contains('/') || name.EndsWith(ThemeSettings.Extension, StringComparison.Ordinal))
            return name;
        return Directories.Select(d => Path.Combine(d, name + ThemeSettings.Extension)).FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Loads a theme. When it is missing or broken the errors say why and the default theme is
    /// loaded instead (and if that fails too, Mutt's own look); the result is never null.
    /// </summary>
    public Theme Load(string name, ColorOptions? options, out IReadOnlyList<ThemeError> errors)
    {
        var all = new List<ThemeError>();
        foreach (string candidate in new[] { name, ThemeSettings.DefaultTheme }.Distinct())
        {
            if (candidate == Theme.MuttName)
            {
                errors = all;
                return Theme.Mutt;
            }
            string? path = Find(candidate);
            if (path is null)
            {
                all.Add(new ThemeError(candidate, 0, "", $"{candidate}: no such theme (looked in {string.Join(", ", Directories)})"));
                continue;
            }
            if (ThemeLoader.TryLoad(path, options, out var theme, out var loadErrors))
            {
                errors = all;
                return theme;
            }
            all.AddRange(loadErrors);
        }
        errors = all;
        return Theme.Mutt;
    }
}
