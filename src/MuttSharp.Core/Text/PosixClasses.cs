using System.Text;

namespace MuttSharp.Core.Text;

/// <summary>
/// Mutt's regexes are POSIX extended; .NET reads the same syntax except inside brackets, where
/// POSIX has classes (<c>[[:alpha:]]</c>) and takes a backslash literally. This rewrites those
/// brackets and leaves the rest as written.
/// </summary>
internal static class PosixClasses
{
    private static readonly (string Name, string Net)[] Classes =
    [
        ("alpha", @"\p{L}"), ("digit", "0-9"), ("alnum", @"\p{L}\p{Nd}"), ("upper", @"\p{Lu}"),
        ("lower", @"\p{Ll}"), ("space", @"\s"), ("blank", @" \t"), ("punct", @"\p{P}\p{S}"),
        ("xdigit", "0-9A-Fa-f"), ("cntrl", @"\p{Cc}"), ("print", @"\P{Cc}"), ("graph", @"\S"),
        ("word", @"\w"),
    ];

    /// <summary>
    /// The .NET spelling of <paramref name="pattern"/>. With <paramref name="crlfLineEnds"/> a
    /// <c>$</c> also matches before a CR, for texts that keep their CRLF line ends.
    /// </summary>
    public static string Translate(string pattern, bool crlfLineEnds = false)
    {
        if (!pattern.Contains('[') && !(crlfLineEnds && pattern.Contains('$')))
            return pattern;
        var sb = new StringBuilder(pattern.Length + 16);
        int i = 0;
        while (i < pattern.Length)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(c).Append(pattern[i + 1]);
                i += 2;
            }
            else if (c == '$' && crlfLineEnds)
            {
                sb.Append(@"(?=\r?$)");
                i++;
            }
            else if (c == '[')
            {
                i = TranslateBracket(pattern, i, sb);
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        return sb.ToString();
    }

    private static int TranslateBracket(string rx, int i, StringBuilder sb)
    {
        int start = i;
        var inner = new StringBuilder();
        i++;
        bool negated = i < rx.Length && rx[i] == '^';
        if (negated)
            i++;
        if (i < rx.Length && rx[i] == ']')
        {
            inner.Append(@"\]");
            i++;
        }
        while (i < rx.Length && rx[i] != ']')
        {
            if (rx[i] == '[' && i + 1 < rx.Length && rx[i + 1] == ':')
            {
                int close = rx.IndexOf(":]", i + 2, StringComparison.Ordinal);
                string name = close < 0 ? "" : rx[(i + 2)..close];
                string? net = Classes.FirstOrDefault(p => p.Name == name).Net;
                if (net is not null)
                {
                    inner.Append(net);
                    i = close + 2;
                    continue;
                }
            }
            inner.Append(rx[i] switch
            {
                '\\' => @"\\",
                '[' => @"\[",
                var other => other.ToString(),
            });
            i++;
        }
        if (i >= rx.Length)
        {
            // Unterminated: left for the regex parser to report.
            sb.Append(rx, start, rx.Length - start);
            return rx.Length;
        }
        sb.Append('[');
        if (negated)
            sb.Append('^');
        sb.Append(inner).Append(']');
        return i + 1;
    }
}
