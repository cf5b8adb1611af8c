using System.Text;

namespace MuttSharp.Core.Search;

/// <summary>
/// Mutt's argument tokenizer for patterns: a word ends at unquoted white space or at one of
/// <c>~ % = ! |</c>; <c>'single'</c> quotes keep everything literally, <c>"double"</c> quotes and bare
/// text strip one level of backslash (<c>\n \t \r \f \e \cX \NNN</c> are escapes, any other
/// <c>\c</c> is <c>c</c>). So <c>~s \.</c> is the regex <c>.</c> and <c>~s \\.</c> is <c>\.</c>.
/// </summary>
internal static class PatternToken
{
    private const string Breaks = "~%=!|";

    /// <summary>
    /// Reads one argument word starting at <paramref name="start"/>, stopping at <paramref name="end"/>.
    /// </summary>
    // leadingBreakAllowed lets the first character be a break character (~d =1d).
    public static bool TryRead(string text, int start, int end, bool leadingBreakAllowed,
        out string value, out int next, out PatternError? error)
    {
        var sb = new StringBuilder();
        char quote = '\0';
        int quoteStart = -1;
        int i = start;
        while (i < end)
        {
            char ch = text[i];
            if (quote == '\0' && (char.IsWhiteSpace(ch) || (Breaks.Contains(ch) && !(leadingBreakAllowed && i == start))))
                break;
            i++;
            if (ch == quote)
            {
                quote = '\0';
            }
            else if (quote == '\0' && (ch == '\'' || ch == '"'))
            {
                quote = ch;
                quoteStart = i - 1;
            }
            else if (ch == '\\' && quote != '\'')
            {
                if (i >= end)
                    return Fail(i - 1, "expected a character after '\\'", out value, out next, out error);
                i = ReadEscape(text, i, end, sb);
            }
            else
            {
                sb.Append(ch);
            }
        }

        if (quote != '\0')
            return Fail(quoteStart, $"unterminated {(quote == '"' ? "double" : "single")} quote", out value, out next, out error);
        value = sb.ToString();
        next = i;
        error = null;
        return true;
    }

    /// <summary>Quotes <paramref name="s"/> so that <see cref="TryRead"/> gives it back unchanged (Mutt's quote_filename).</summary>
    public static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static int ReadEscape(string text, int i, int end, StringBuilder sb)
    {
        char ch = text[i++];
        switch (ch)
        {
            case 'c' or 'C' when i < end:
                sb.Append((char)((char.ToUpperInvariant(text[i++]) - '@') & 0x7f));
                break;
            case 'e': sb.Append('\x1b'); break;
            case 'f': sb.Append('\f'); break;
            case 'n': sb.Append('\n'); break;
            case 'r': sb.Append('\r'); break;
            case 't': sb.Append('\t'); break;
            default:
                if (IsOctal(ch) && i + 1 < end && IsOctal(text[i]) && IsOctal(text[i + 1]))
                {
                    sb.Append((char)(((ch - '0') << 6) + ((text[i] - '0') << 3) + (text[i + 1] - '0')));
                    i += 2;
                }
                else
                {
                    sb.Append(ch);
                }
                break;
        }
        return i;
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static bool Fail(int position, string message, out string value, out int next, out PatternError? error)
    {
        value = "";
        next = position;
        error = new PatternError(position, message);
        return false;
    }
}
