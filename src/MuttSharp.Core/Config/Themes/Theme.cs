using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Config.Themes;

/// <summary>A colour theme: colours for Mutt's objects, for colour and for monochrome terminals.</summary>
public sealed class Theme
{
    /// <summary>The name of the built-in theme that has no colours at all: Mutt's own look.</summary>
    public const string MuttName = "mutt";

    /// <summary>Creates a theme from its tables.</summary>
    public Theme(string name, string description, string? path, ColorTable colors, ColorTable mono)
    {
        Name = name;
        Description = description;
        Path = path;
        Colors = colors;
        Mono = mono;
    }

    /// <summary>Mutt's own look: nothing coloured, status and indicator reversed. Used when no theme file loads.</summary>
    public static Theme Mutt => new(MuttName, "Mutt's own look: no colours, reverse video bars", null, new ColorTable(), new ColorTable());

    /// <summary>The theme's name (its file name without <c>.toml</c>).</summary>
    public string Name { get; }

    /// <summary>One line saying what the theme is for.</summary>
    public string Description { get; }

    /// <summary>The file it was read from, or null for the built-in theme.</summary>
    public string? Path { get; }

    /// <summary>The colours for colour terminals.</summary>
    public ColorTable Colors { get; }

    /// <summary>The attributes for monochrome terminals.</summary>
    public ColorTable Mono { get; }
}
