using System.Text;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Config.Format;

/// <summary>How a field is justified inside its minimum width.</summary>
internal enum Justify : byte
{
    Right,
    Left,
    Center,
}

/// <summary>
/// The <c>[-=][min][.max]</c> between <c>%</c> and an expando letter. Text is measured in terminal
/// cells as Mutt's <c>mutt_format_s</c> does; numbers follow printf's <c>%d</c> (a leading <c>0</c>
/// pads with zeros, the precision is a minimum number of digits).
/// </summary>
internal readonly struct FieldSpec
{
    public static readonly FieldSpec None = new("", Justify.Right, 0, int.MaxValue, false, -1);

    private FieldSpec(string prefix, Justify justify, int minWidth, int maxWidth, bool zeroPad, int precision)
    {
        Prefix = prefix;
        Justify = justify;
        MinWidth = minWidth;
        MaxWidth = maxWidth;
        ZeroPad = zeroPad;
        Precision = precision;
    }

    /// <summary>The prefix as written, so that an unknown expando can be echoed as Mutt does.</summary>
    public string Prefix { get; }

    public Justify Justify { get; }

    public int MinWidth { get; }

    public int MaxWidth { get; }

    public bool ZeroPad { get; }

    /// <summary>The number after the dot, or -1 when there is none.</summary>
    public int Precision { get; }

    public bool IsEmpty => Prefix.Length == 0;

    /// <summary>Reads a prefix the way Mutt does: one justification flag, then strtol semantics.</summary>
    public static FieldSpec Parse(string prefix)
    {
        if (prefix.Length == 0)
        {
            return None;
        }

        int i = 0;
        var justify = Justify.Right;
        if (prefix[0] == '-')
        {
            justify = Justify.Left;
            i++;
        }
        else if (prefix[0] == '=')
        {
            justify = Justify.Center;
            i++;
        }

        bool zeroPad = i < prefix.Length && prefix[i] == '0';
        int min = ReadNumber(prefix, ref i);
        int max = int.MaxValue;
        int precision = -1;
        if (i < prefix.Length && prefix[i] == '.')
        {
            i++;
            int start = i;
            int value = ReadNumber(prefix, ref i);
            precision = value;
            if (i > start)
            {
                max = value;
            }
        }

        return new FieldSpec(prefix, justify, min, max, zeroPad, precision);
    }

    /// <summary>Appends <paramref name="value"/> cut to the maximum and padded to the minimum width, in cells; returns the cells appended.</summary>
    public int AppendText(StringBuilder sb, ReadOnlySpan<char> value)
    {
        if (IsEmpty)
        {
            sb.Append(value);
            return TerminalWidth.Of(value);
        }

        int length = TerminalWidth.Fit(value, MaxWidth, out int cells);
        return Pad(sb, value[..length], cells, MinWidth);
    }

    /// <summary>Appends <paramref name="value"/> as printf's <c>%[-0][width][.precision]d</c> would; returns the cells appended.</summary>
    public int AppendNumber(StringBuilder sb, long value)
    {
        if (IsEmpty)
        {
            int before = sb.Length;
            sb.Append(value);
            return sb.Length - before;
        }

        Span<char> digits = stackalloc char[24];
        ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        int n = 0;
        if (!(Precision == 0 && magnitude == 0))
        {
            magnitude.TryFormat(digits, out n);
        }

        Span<char> text = stackalloc char[Math.Max(n, Precision) + 1 + Math.Max(0, MinWidth)];
        int len = 0;
        if (value < 0)
        {
            text[len++] = '-';
        }

        int zeros = Math.Max(0, Precision - n);
        if (ZeroPad && Justify == Justify.Right && Precision < 0)
        {
            zeros = Math.Max(zeros, MinWidth - len - n);
        }

        text[len..(len + zeros)].Fill('0');
        len += zeros;
        digits[..n].CopyTo(text[len..]);
        len += n;
        return Pad(sb, text[..len], len, MinWidth);
    }

    private int Pad(StringBuilder sb, ReadOnlySpan<char> value, int cells, int minWidth)
    {
        int pad = minWidth - cells;
        if (pad <= 0)
        {
            sb.Append(value);
            return cells;
        }

        switch (Justify)
        {
            case Justify.Left:
                sb.Append(value).Append(' ', pad);
                break;
            case Justify.Center:
                // Mutt gives the odd cell of cushion to the left.
                int left = (pad + 1) / 2;
                sb.Append(' ', left).Append(value).Append(' ', pad - left);
                break;
            default:
                sb.Append(' ', pad).Append(value);
                break;
        }

        return minWidth;
    }

    private static int ReadNumber(string s, ref int i)
    {
        int value = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            value = value >= 100_000 ? value : (value * 10) + (s[i] - '0');
            i++;
        }

        return value;
    }
}
