using System.Globalization;
using System.Text;
using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// Mutt's <c>$allow_ansi</c>: SGR sequences (<c>ESC [ ... m</c>) in a line become colour runs over the
/// text; everything else in the line is made safe as <see cref="TerminalText.Sanitize"/> does, so a cursor
/// move, an OSC title or a bidi override is still stripped and only colours and attributes survive, as data.
/// </summary>
internal static class AnsiText
{
    private const char Escape = '\u001B';

    // The attribute each SGR code sets (true) or clears (false); colours are handled apart.
    private static readonly Dictionary<int, (ColorAttributes Attribute, bool Set)> Attributes = new()
    {
        [1] = (ColorAttributes.Bold, true),
        [3] = (ColorAttributes.Italic, true),
        [4] = (ColorAttributes.Underline, true),
        [5] = (ColorAttributes.Blink, true),
        [6] = (ColorAttributes.Blink, true),
        [7] = (ColorAttributes.Reverse, true),
        [21] = (ColorAttributes.Bold, false),
        [22] = (ColorAttributes.Bold, false),
        [23] = (ColorAttributes.Italic, false),
        [24] = (ColorAttributes.Underline, false),
        [25] = (ColorAttributes.Blink, false),
        [27] = (ColorAttributes.Reverse, false),
    };

    /// <summary>
    /// The safe text of <paramref name="raw"/> (tabs expanded as the pager expands them) and the runs the
    /// SGR sequences in it colour; <paramref name="spans"/> is empty when it has none.
    /// </summary>
    public static string Parse(string raw, out List<ColorSpan> spans)
    {
        spans = [];
        var text = new StringBuilder(raw.Length);
        var current = ColorSpec.Plain;
        int column = 0;
        int position = 0;
        while (position < raw.Length)
        {
            int sgr = NextSgr(raw, position, out int end);
            int stop = sgr < 0 ? raw.Length : sgr;
            int before = text.Length;
            LineWrapper.AppendExpanded(text, TerminalText.Sanitize(raw[position..stop], keepTabs: true), ref column);
            if (text.Length > before && current != ColorSpec.Plain)
                spans.Add(new ColorSpan(before, text.Length - before, current));
            if (sgr < 0)
                break;
            current = Apply(current, raw.AsSpan(sgr + 2, end - sgr - 3));
            position = end;
        }
        return text.ToString();
    }

    // The next ESC [ params m from start (its index, and end just past the m); -1 when there is none.
    // Any other CSI is left in the text for Sanitize to strip.
    private static int NextSgr(string raw, int start, out int end)
    {
        for (int i = raw.IndexOf(Escape, start); i >= 0 && i + 1 < raw.Length; i = raw.IndexOf(Escape, i + 1))
        {
            if (raw[i + 1] != '[')
                continue;
            int j = i + 2;
            while (j < raw.Length && (char.IsAsciiDigit(raw[j]) || raw[j] is ';' or ':'))
                j++;
            if (j < raw.Length && raw[j] == 'm')
            {
                end = j + 1;
                return i;
            }
        }
        end = raw.Length;
        return -1;
    }

    // ECMA-48 section 8.3.117; an empty parameter is 0 (reset). Unknown codes are ignored, as terminals do.
    private static ColorSpec Apply(ColorSpec spec, ReadOnlySpan<char> parameters)
    {
        var codes = new List<int>();
        foreach (var range in parameters.SplitAny(";:"))
            codes.Add(int.TryParse(parameters[range], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0);
        if (codes.Count == 0)
            codes.Add(0);
        for (int i = 0; i < codes.Count; i++)
        {
            int code = codes[i];
            if (Attributes.TryGetValue(code, out var attribute))
            {
                spec = spec with { Attributes = attribute.Set ? spec.Attributes | attribute.Attribute : spec.Attributes & ~attribute.Attribute };
                continue;
            }
            switch (code)
            {
                case 0:
                    spec = ColorSpec.Plain;
                    break;
                case >= 30 and <= 37:
                    spec = spec with { Foreground = TerminalColor.FromIndex(code - 30) };
                    break;
                case >= 90 and <= 97:
                    spec = spec with { Foreground = TerminalColor.FromIndex(code - 90 + 8) };
                    break;
                case >= 40 and <= 47:
                    spec = spec with { Background = TerminalColor.FromIndex(code - 40) };
                    break;
                case >= 100 and <= 107:
                    spec = spec with { Background = TerminalColor.FromIndex(code - 100 + 8) };
                    break;
                case 39:
                    spec = spec with { Foreground = null };
                    break;
                case 49:
                    spec = spec with { Background = null };
                    break;
                case 38 or 48:
                    var color = Extended(codes, ref i);
                    spec = code == 38 ? spec with { Foreground = color ?? spec.Foreground } : spec with { Background = color ?? spec.Background };
                    break;
            }
        }
        return spec;
    }

    // 38;5;N (palette) or 38;2;R;G;B (direct colour, taken to the nearest entry of the 256-colour cube).
    private static TerminalColor? Extended(List<int> codes, ref int i)
    {
        if (i + 2 < codes.Count && codes[i + 1] == 5)
        {
            int index = codes[i + 2];
            i += 2;
            return index is >= 0 and <= 255 ? TerminalColor.FromIndex(index) : null;
        }
        if (i + 4 < codes.Count && codes[i + 1] == 2)
        {
            int r = Cube(codes[i + 2]), g = Cube(codes[i + 3]), b = Cube(codes[i + 4]);
            i += 4;
            return TerminalColor.FromIndex(16 + 36 * r + 6 * g + b);
        }
        i = codes.Count;
        return null;
    }

    // xterm's cube levels are 0, 95, 135, 175, 215, 255.
    private static int Cube(int level) => Math.Clamp(level, 0, 255) switch
    {
        < 48 => 0,
        < 115 => 1,
        var v => Math.Min(5, (v - 35) / 40),
    };
}
