using MuttSharp.Core.Config.Colors;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MuttSharp.Tui.Drawing;

/// <summary>
/// Core's colours (<see cref="ColorTable"/>: a theme with the muttrc's <c>color</c>/<c>mono</c> lines over it,
/// as <c>ThemedColors.Build</c> makes it) as Terminal.Gui attributes. An object's unset foreground or background
/// is <c>normal</c>'s, as in Mutt. Without colour (<c>TERM=dumb</c>, <c>NO_COLOR</c>) the <c>mono</c> table is used.
/// </summary>
public sealed class ColorPalette
{
    // The 16 ANSI colours in palette order (black, red, ..., white, then the bright ones) as Terminal.Gui names them.
    private static readonly ColorName16[] Ansi =
    [
        ColorName16.Black, ColorName16.Red, ColorName16.Green, ColorName16.Yellow,
        ColorName16.Blue, ColorName16.Magenta, ColorName16.Cyan, ColorName16.Gray,
        ColorName16.DarkGray, ColorName16.BrightRed, ColorName16.BrightGreen, ColorName16.BrightYellow,
        ColorName16.BrightBlue, ColorName16.BrightMagenta, ColorName16.BrightCyan, ColorName16.White,
    ];

    private readonly ColorTable table;
    private readonly Dictionary<ColorObject, Attribute> cache = [];

    /// <summary>Creates the palette from the colour and mono tables; <paramref name="hasColor"/> picks between them.</summary>
    public ColorPalette(ColorTable colors, ColorTable mono, bool hasColor)
    {
        table = hasColor ? colors : mono;
        HasColor = hasColor;
    }

    /// <summary>A palette with Mutt's defaults only (plain text, reverse bars).</summary>
    public static ColorPalette Plain { get; } = new(new ColorTable(), new ColorTable(), true);

    /// <summary>True when colours are drawn; false when only attributes (the <c>mono</c> lines) are.</summary>
    public bool HasColor { get; }

    /// <summary>The table the palette paints from (for index, header and body rules).</summary>
    public ColorTable Table => table;

    /// <summary>The attribute of a colour object, over <c>normal</c>.</summary>
    public Attribute this[ColorObject o]
    {
        get
        {
            if (!cache.TryGetValue(o, out var attribute))
                cache[o] = attribute = o == ColorObject.Normal ? ToAttribute(table[o], null) : Over(table[o], ColorObject.Normal);
            return attribute;
        }
    }

    /// <summary><paramref name="spec"/> with its unset colours taken from <paramref name="under"/>'s attribute.</summary>
    public Attribute Over(ColorSpec spec, ColorObject under) => ToAttribute(spec, this[under]);

    /// <summary><paramref name="spec"/> with its unset colours taken from <paramref name="under"/>.</summary>
    public Attribute Over(ColorSpec spec, Attribute under) => ToAttribute(spec, under);

    /// <summary>A Core colour as Terminal.Gui's: exact names for the 16 ANSI colours (so 16-colour terminals get them unchanged), RGB above.</summary>
    public static Color ToColor(TerminalColor color)
    {
        if (color.IsDefault)
            return Color.None;
        if (color.Index < Ansi.Length)
            return new Color(Ansi[color.Index]);
        var (r, g, b) = color.Rgb!.Value;
        return new Color(r, g, b);
    }

    /// <summary>Core's text attributes as Terminal.Gui's (standout is reverse and bold, as most terminals show it).</summary>
    public static TextStyle ToStyle(ColorAttributes attributes)
    {
        var style = TextStyle.None;
        if ((attributes & ColorAttributes.Bold) != 0)
            style |= TextStyle.Bold;
        if ((attributes & ColorAttributes.Underline) != 0)
            style |= TextStyle.Underline;
        if ((attributes & ColorAttributes.Reverse) != 0)
            style |= TextStyle.Reverse;
        if ((attributes & ColorAttributes.Standout) != 0)
            style |= TextStyle.Reverse | TextStyle.Bold;
        if ((attributes & ColorAttributes.Blink) != 0)
            style |= TextStyle.Blink;
        if ((attributes & ColorAttributes.Italic) != 0)
            style |= TextStyle.Italic;
        return style;
    }

    private Attribute ToAttribute(ColorSpec spec, Attribute? under)
    {
        Color fg = HasColor && spec.Foreground is { IsDefault: false } f ? ToColor(f) : under?.Foreground ?? Color.None;
        Color bg = HasColor && spec.Background is { IsDefault: false } b ? ToColor(b) : under?.Background ?? Color.None;
        var style = ToStyle(spec.Attributes);
        // Attributes add up over normal's, as curses ORs them (bold normal text stays bold in the index).
        if (under is { } u && spec.Attributes == ColorAttributes.None)
            style = u.Style;
        return new Attribute(fg, bg, style);
    }
}
