using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Config.Themes;

/// <summary>
/// The last step of loading colours: the theme <c>$theme</c> names, with the muttrc's <c>color</c>,
/// <c>mono</c>, <c>uncolor</c> and <c>unmono</c> lines laid over it in the order they were read.
/// </summary>
public static class ThemedColors
{
    /// <summary>
    /// Builds the colour and monochrome tables for a loaded configuration. Theme problems are
    /// returned (with file, line and key) and never stop the reader: it falls back as
    /// <see cref="ThemeCatalog.Load"/> says.
    /// </summary>
    public static (ColorTable Colors, ColorTable Mono, Theme Theme) Build(MuttConfig config, ThemeCatalog catalog, out IReadOnlyList<ThemeError> errors)
    {
        string name = config.Variables.TryFind(ThemeSettings.ThemeVariable, out _)
            ? config.GetString(ThemeSettings.ThemeVariable)
            : ThemeSettings.DefaultTheme;
        var lines = config.GetExtension<ColorConfiguration>();
        // Only a path is expanded (~, $folder shortcuts); a bare name is looked up in the theme directories.
        string target = name.StartsWith('~') || name.Contains('/') ? config.ExpandPath(name) : name;
        var theme = catalog.Load(target, lines.Options, out errors);
        var (colors, mono) = lines.Build(theme.Colors, theme.Mono);
        return (colors, mono, theme);
    }
}
