using System.Globalization;

namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// A terminal colour: the terminal's own default, or an entry of the 256-colour palette
/// (0-7 the ANSI colours, 8-15 their light versions, 16-231 the colour cube, 232-255 greys).
/// </summary>
public readonly record struct TerminalColor
{
    private static readonly string[] AnsiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];

    private TerminalColor(int index) => Index = index;

    /// <summary>The palette index, or -1 for the terminal's default colour.</summary>
    public int Index { get; }

    /// <summary>The terminal's default colour (Mutt's <c>default</c>).</summary>
    public static TerminalColor Default => new(-1);

    /// <summary>True for the terminal's default colour.</summary>
    public bool IsDefault => Index < 0;

    /// <summary>Palette entry 0-255.</summary>
    public static TerminalColor FromIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, 255);
        return new TerminalColor(index);
    }

    /// <summary>Looks up <c>black</c> .. <c>white</c> or <c>default</c>, any case.</summary>
    public static bool TryFromName(string name, out TerminalColor color)
    {
        if (string.Equals(name, "default", StringComparison.OrdinalIgnoreCase))
        {
            color = Default;
            return true;
        }
        int i = Array.FindIndex(AnsiNames, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        color = i >= 0 ? new TerminalColor(i) : Default;
        return i >= 0;
    }

    /// <summary>
    /// The colour as red, green, blue (xterm's palette), for output that is always 24-bit;
    /// null for the terminal's default.
    /// </summary>
    public (byte R, byte G, byte B)? Rgb
    {
        get
        {
            if (IsDefault)
                return null;
            if (Index < 16)
                return Ansi16[Index];
            if (Index < 232)
            {
                int n = Index - 16;
                return (Level(n / 36), Level(n / 6 % 6), Level(n % 6));
            }
            byte grey = (byte)(8 + 10 * (Index - 232));
            return (grey, grey, grey);
        }
    }

    /// <summary>The muttrc name: <c>default</c>, <c>red</c>, or <c>colorN</c>.</summary>
    public override string ToString() =>
        IsDefault ? "default" : Index < 8 ? AnsiNames[Index] : "color" + Index.ToString(CultureInfo.InvariantCulture);

    private static byte Level(int step) => (byte)(step == 0 ? 0 : 55 + 40 * step);

    private static readonly (byte, byte, byte)[] Ansi16 =
    [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ];
}
