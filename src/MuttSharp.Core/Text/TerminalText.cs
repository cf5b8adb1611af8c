using System.Text;

namespace MuttSharp.Core.Text;

/// <summary>
/// Makes any string safe to draw on a terminal. Message data is hostile input: a Subject holding
/// <c>ESC [ 2 J</c> must not clear the screen, an OSC sequence must not retitle the window, and a
/// bidi override must not make a line read backwards.
/// </summary>
public static class TerminalText
{
    /// <summary>What replaces a control character that has no visible meaning (as Mutt shows it).</summary>
    public const char Replacement = '?';

    private const char Escape = '\u001B';
    private const char Bell = '\u0007';
    private const char C1Csi = '\u009B';
    private const char C1StringTerminator = '\u009C';

    /// <summary>
    /// Returns <paramref name="text"/> with escape sequences (ESC and C1 CSI/OSC/DCS/PM/APC/SOS,
    /// with their parameters and strings) removed, bidi embeddings, overrides and isolates
    /// (U+202A-U+202E, U+2066-U+2069) removed, line breaks and other blanks turned into spaces
    /// (TAB kept when <paramref name="keepTabs"/>, as the pager needs), other C0/C1 controls and DEL
    /// replaced by <see cref="Replacement"/>, and unpaired surrogates by U+FFFD.
    /// Returns the same instance when nothing needed changing.
    /// </summary>
    public static string Sanitize(string text, bool keepTabs = false)
    {
        int first = FirstUnsafe(text, keepTabs);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        AppendSanitized(sb, text.AsSpan(first), keepTabs);
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="sb"/>, sanitised as <see cref="Sanitize"/> does.</summary>
    public static void AppendSanitized(StringBuilder sb, ReadOnlySpan<char> text, bool keepTabs = false)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsSafe(c, keepTabs))
            {
                sb.Append(c);
                i++;
                continue;
            }

            if (c == Escape)
            {
                i = SkipEscapeSequence(text, i + 1);
            }
            else if (c == C1Csi)
            {
                i = SkipControlSequence(text, i + 1);
            }
            else if (c is '\u0090' or '\u0098' or '\u009D' or '\u009E' or '\u009F')
            {
                i = SkipControlString(text, i + 1);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i += 2;
            }
            else
            {
                if (char.IsSurrogate(c))
                {
                    sb.Append('\uFFFD');
                }
                else if (c is '\t' or '\n' or '\r' or '\v' or '\f' or '\u2028' or '\u2029' or '\u0085')
                {
                    sb.Append(' ');
                }
                else if (!IsBidiControl(c))
                {
                    sb.Append(Replacement);
                }

                i++;
            }
        }
    }

    /// <summary>True when <paramref name="text"/> would come back from <see cref="Sanitize"/> unchanged.</summary>
    public static bool IsSafe(ReadOnlySpan<char> text, bool keepTabs = false) => FirstUnsafe(text, keepTabs) < 0;

    private static int FirstUnsafe(ReadOnlySpan<char> text, bool keepTabs)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsSafe(c, keepTabs))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static bool IsSafe(char c, bool keepTabs)
    {
        if (c >= 0x20 && c < 0x7F)
        {
            return true;
        }

        if (c < 0x20)
        {
            return keepTabs && c == '\t';
        }

        if (c <= 0x9F)
        {
            return false; // DEL and C1
        }

        return !char.IsSurrogate(c) && !IsBidiControl(c) && c is not ('\u2028' or '\u2029');
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    // ESC followed by: '[' a CSI, ']' 'P' 'X' '^' '_' a control string, intermediates then a final
    // byte, or a single final byte. An unfinished sequence swallows the rest rather than leak it.
    private static int SkipEscapeSequence(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length)
        {
            return i;
        }

        char c = text[i];
        if (c == '[')
        {
            return SkipControlSequence(text, i + 1);
        }

        if (c is ']' or 'P' or 'X' or '^' or '_')
        {
            return SkipControlString(text, i + 1);
        }

        while (i < text.Length && text[i] >= 0x20 && text[i] <= 0x2F)
        {
            i++;
        }

        return i < text.Length && text[i] >= 0x30 && text[i] <= 0x7E ? i + 1 : i;
    }

    // CSI parameters 0x30-0x3F, intermediates 0x20-0x2F, then one final byte 0x40-0x7E.
    private static int SkipControlSequence(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] >= 0x20 && text[i] <= 0x3F)
        {
            i++;
        }

        return i < text.Length && text[i] >= 0x40 && text[i] <= 0x7E ? i + 1 : i;
    }

    // OSC/DCS/SOS/PM/APC run to BEL, ESC '\' or the C1 string terminator.
    private static int SkipControlString(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (c == Bell || c == C1StringTerminator)
            {
                return i + 1;
            }

            if (c == Escape)
            {
                return i + 1 < text.Length && text[i + 1] == '\\' ? i + 2 : i + 1;
            }

            i++;
        }

        return i;
    }
}
