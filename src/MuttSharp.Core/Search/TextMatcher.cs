using System.Text.RegularExpressions;
using MuttSharp.Core.Text;

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

    // Texts keep their CRLF line ends (copying them to drop the CR costs more than the search),
    // so a line end may be preceded by a CR.
    internal static string TranslatePosix(string rx) => PosixClasses.Translate(rx, crlfLineEnds: true);
}
