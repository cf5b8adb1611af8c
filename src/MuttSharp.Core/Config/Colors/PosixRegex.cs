using System.Text;
using System.Text.RegularExpressions;

namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// Compiles the POSIX extended regexes a muttrc holds into .NET ones: bracket classes such as
/// <c>[[:alnum:]]</c> and GNU's word edges <c>\&lt;</c> <c>\&gt;</c> are rewritten; the rest of the
/// syntax is shared. Matching is bounded by a timeout so a hostile pattern cannot hang the pager.
/// </summary>
internal static class PosixRegex
{
    private static readonly Dictionary<string, string> Classes = new(StringComparer.Ordinal)
    {
        ["alnum"] = @"\p{L}\p{Nd}",
        ["alpha"] = @"\p{L}",
        ["blank"] = @" \t",
        ["cntrl"] = @"\p{Cc}",
        ["digit"] = @"0-9",
        ["graph"] = @"\x21-\x7E\p{L}\p{N}\p{P}\p{S}",
        ["lower"] = @"\p{Ll}",
        ["print"] = @"\x20-\x7E\p{L}\p{N}\p{P}\p{S}",
        ["punct"] = @"\p{P}\p{S}",
        ["space"] = @"\s",
        ["upper"] = @"\p{Lu}",
        ["xdigit"] = @"0-9A-Fa-f",
    };

    /// <summary>Compiles <paramref name="pattern"/>; on failure the error says what the regex engine refused.</summary>
    public static bool TryCompile(string pattern, bool ignoreCase, TimeSpan timeout, out Regex? regex, out string? error)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            regex = new Regex(Translate(pattern), options, timeout);
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            regex = null;
            error = $"{pattern}: {e.Message}";
            return false;
        }
    }

    /// <summary>Mutt's case rule for body and index regexes: case-insensitive unless the pattern has a capital.</summary>
    public static bool IgnoresCase(string pattern) => !pattern.Any(char.IsUpper);

    private static string Translate(string pattern)
    {
        var sb = new StringBuilder(pattern.Length + 8);
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char next = pattern[i + 1];
                sb.Append(next is '<' or '>' ? @"\b" : pattern.Substring(i, 2));
                i++;
            }
            else if (c == '[')
            {
                i = CopyBracket(pattern, i, sb);
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    // Copies a bracket expression, rewriting [:class:] and escaping what .NET treats specially
    // inside brackets but POSIX does not (a backslash is literal there).
    private static int CopyBracket(string pattern, int start, StringBuilder sb)
    {
        int i = start + 1;
        var body = new StringBuilder("[");
        if (i < pattern.Length && pattern[i] == '^')
        {
            body.Append('^');
            i++;
        }
        if (i < pattern.Length && pattern[i] == ']')
        {
            body.Append(@"\]");
            i++;
        }
        for (; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == ']')
            {
                sb.Append(body).Append(']');
                return i;
            }
            if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
            {
                int end = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                if (end > 0 && Classes.TryGetValue(pattern[(i + 2)..end], out string? cls))
                {
                    body.Append(cls);
                    i = end + 1;
                    continue;
                }
            }
            body.Append(c is '\\' or '[' ? "\\" + c : c.ToString());
        }
        // No closing bracket: let the regex engine report the error on the original text.
        sb.Append(pattern, start, pattern.Length - start);
        return pattern.Length - 1;
    }
}
