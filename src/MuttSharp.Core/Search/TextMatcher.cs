using System.Text;
using System.Text.RegularExpressions;

namespace MuttSharp.Core.Search;

/// <summary>How a pattern's argument is compared with a field: Mutt's <c>~</c>, <c>=</c> and <c>%</c> forms.</summary>
internal enum MatchKind
{
    /// <summary><c>~x EXPR</c>: a POSIX extended regular expression, per line.</summary>
    Regex,

    /// <summary><c>=x STRING</c>: a plain substring.</summary>
    Substring,

    /// <summary><c>%x GROUP</c>: membership of an address group (<c>group</c> command).</summary>
    Group,
}

/// <summary>
/// One compiled EXPR/STRING/GROUP argument. Case follows Mutt's smart case: an argument with no
/// upper-case letter matches case-insensitively. Texts may hold several lines; a regex must match
/// within one line, as Mutt matches line by line.
/// </summary>
internal sealed class TextMatcher
{
    private readonly Regex? regex;

    private TextMatcher(MatchKind kind, string argument, bool ignoreCase, Regex? regex)
    {
        Kind = kind;
        Argument = argument;
        IgnoreCase = ignoreCase;
        this.regex = regex;
    }

    public MatchKind Kind { get; }

    /// <summary>The unquoted argument: the regex, the substring or the group name.</summary>
    public string Argument { get; }

    public bool IgnoreCase { get; }

    public static bool TryCreate(MatchKind kind, string argument, bool scansLargeText, TimeSpan timeout,
        out TextMatcher? matcher, out string? error)
    {
        bool ignoreCase = !argument.Any(c => char.IsLetter(c) && char.IsUpper(c));
        matcher = null;
        error = null;
        if (kind != MatchKind.Regex)
        {
            matcher = new TextMatcher(kind, argument, ignoreCase, null);
            return true;
        }

        var options = RegexOptions.Multiline | RegexOptions.CultureInvariant;
        if (ignoreCase)
            options |= RegexOptions.IgnoreCase;
        if (scansLargeText)
            options |= RegexOptions.Compiled;
        try
        {
            var rx = new Regex(TranslatePosix(argument), options, timeout);
            matcher = new TextMatcher(kind, argument, ignoreCase, rx);
            return true;
        }
        catch (ArgumentException e)
        {
            error = $"'{argument}': {DescribeRegexError(e)}";
            return false;
        }
    }

    /// <summary>
    /// True when <paramref name="text"/> (one or more lines) matches. A regex that runs past its
    /// time limit counts as no match and is recorded in <paramref name="context"/>.
    /// </summary>
    public bool IsMatch(string? text, PatternContext context)
    {
        if (text is null)
            return false;
        switch (Kind)
        {
            case MatchKind.Substring:
                return text.Contains(Argument, IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            case MatchKind.Group:
                return context.Groups.TryGetValue(Argument, out var group) && group.Matches(text);
            default:
                return SafeIsMatch(text, context);
        }
    }

    private bool SafeIsMatch(string text, PatternContext context)
    {
        try
        {
            var m = regex!.Match(text);
            if (!m.Success)
                return false;
            if (!m.ValueSpan.Contains('\n'))
                return true;
            // A match that spans lines (e.g. [^x]* eating a newline) is not one Mutt would find;
            // look again one line at a time.
            foreach (var line in text.AsSpan().EnumerateLines())
            {
                if (regex.IsMatch(line))
                    return true;
            }
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            context.RecordRegexTimeout();
            return false;
        }
    }

    private static string DescribeRegexError(ArgumentException e) =>
        e is RegexParseException p ? p.Error switch
        {
            RegexParseError.InsufficientClosingParentheses => "unmatched ( or \\(",
            RegexParseError.InsufficientOpeningParentheses => "unmatched ) or \\)",
            RegexParseError.UnterminatedBracket => "unmatched [ or [^",
            RegexParseError.QuantifierAfterNothing => "invalid preceding regular expression",
            RegexParseError.NestedQuantifiersNotParenthesized => "invalid preceding regular expression",
            RegexParseError.ReversedCharacterRange => "invalid range end",
            RegexParseError.ReversedQuantifierRange => "invalid content of \\{\\}",
            _ => "invalid regular expression",
        } : "invalid regular expression";

    // POSIX character classes ([[:alpha:]]) and a literal backslash inside brackets have no .NET
    // spelling; everything else in an extended regular expression reads the same.
    private static readonly (string Name, string Net)[] PosixClasses =
    [
        ("alpha", @"\p{L}"), ("digit", "0-9"), ("alnum", @"\p{L}\p{Nd}"), ("upper", @"\p{Lu}"),
        ("lower", @"\p{Ll}"), ("space", @"\s"), ("blank", @" \t"), ("punct", @"\p{P}\p{S}"),
        ("xdigit", "0-9A-Fa-f"), ("cntrl", @"\p{Cc}"), ("print", @"\P{Cc}"), ("graph", @"\S"),
        ("word", @"\w"),
    ];

    internal static string TranslatePosix(string rx)
    {
        if (!rx.Contains('[') && !rx.Contains('$'))
            return rx;
        var sb = new StringBuilder(rx.Length + 16);
        int i = 0;
        while (i < rx.Length)
        {
            char c = rx[i];
            if (c == '\\' && i + 1 < rx.Length)
            {
                sb.Append(c).Append(rx[i + 1]);
                i += 2;
                continue;
            }
            if (c == '$')
            {
                // Texts keep their CRLF line ends (copying them to drop the CR costs more than the
                // search); a line end may be preceded by a CR.
                sb.Append(@"(?=\r?$)");
                i++;
                continue;
            }
            if (c != '[')
            {
                sb.Append(c);
                i++;
                continue;
            }
            i = TranslateBracket(rx, i, sb);
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
                string? net = PosixClasses.FirstOrDefault(p => p.Name == name).Net;
                if (net is not null)
                {
                    inner.Append(net);
                    i = close + 2;
                    continue;
                }
            }
            if (rx[i] == '\\')
                inner.Append(@"\\");
            else if (rx[i] == '[')
                inner.Append(@"\[");
            else
                inner.Append(rx[i]);
            i++;
        }
        if (i >= rx.Length)
        {
            // Unterminated: leave it for the regex parser to report.
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
