namespace MuttSharp.Core.Search;

/// <summary>
/// Compiles Mutt's pattern language (manual section 4.3): terms <c>~x</c>, <c>=x</c>, <c>%x</c> with
/// their EXPR, date or range argument, prefixes <c>!</c> (not), <c>^</c> (all addresses), <c>@</c>
/// (aliases only), <c>|</c>, <c>( )</c>, and <c>~(P)</c>, <c>~&lt;(P)</c>, <c>~&gt;(P)</c>. Terms written
/// side by side are ANDed. AND and OR have equal precedence and group from the left, exactly as
/// Mutt 2.2 does: <c>~f a | ~s b ~t c</c> is <c>(~f a | ~s b) ~t c</c>, and <c>~f a ~s b | ~t c</c> is
/// <c>(~f a ~s b) | ~t c</c>. Input with no <c>~ = %</c> operator is a simple search
/// (<see cref="PatternOptions.SimpleSearch"/>). Never throws on bad input: the error names the
/// position and what was expected.
/// </summary>
public static class PatternParser
{
    // Mutt's simple-search keywords (manual table 4.5).
    private static readonly (string Word, string Pattern)[] SimpleKeywords =
    [
        ("all", "~A"), (".", "~A"), ("^", "~A"), ("del", "~D"), ("flag", "~F"), ("new", "~N"), ("old", "~O"),
        ("repl", "~Q"), ("read", "~R"), ("tag", "~T"), ("unread", "~U"),
    ];

    /// <summary>Compiles <paramref name="text"/>; on failure <paramref name="error"/> says where and why.</summary>
    public static bool TryParse(string text, PatternOptions options, out Pattern? pattern, out PatternError? error)
    {
        text ??= "";
        if (text.Trim().Length == 0)
            return Fail(0, "empty pattern", out pattern, out error);

        if (options.AllowSimpleSearch && IsSimpleSearch(text))
        {
            string expanded = ExpandSimpleSearch(text, options.SimpleSearch);
            if (new Parser(expanded, options).TryParseSequence(0, expanded.Length, out pattern, out error))
                return true;
            // The user did not type the expanded text; point at the start and quote it.
            error = new PatternError(0, $"{error!.Message} (in \"{expanded}\" from $simple_search)");
            return false;
        }
        return new Parser(text, options).TryParseSequence(0, text.Length, out pattern, out error);
    }

    /// <summary>True when <paramref name="text"/> has no unescaped <c>~</c>, <c>=</c> or <c>%</c>, so Mutt treats it as a simple search.</summary>
    public static bool IsSimpleSearch(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
                i++;
            else if (text[i] is '~' or '=' or '%')
                return false;
        }
        return true;
    }

    /// <summary>The pattern a simple search stands for: a keyword's pattern, or <paramref name="template"/> with each <c>%s</c> replaced by the quoted input.</summary>
    public static string ExpandSimpleSearch(string text, string template)
    {
        foreach (var (word, pattern) in SimpleKeywords)
        {
            if (string.Equals(text, word, word.Length == 1 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
                return pattern;
        }
        return template.Replace("%s", PatternToken.Quote(text), StringComparison.Ordinal);
    }

    private static bool Fail(int position, string message, out Pattern? pattern, out PatternError? error)
    {
        pattern = null;
        error = new PatternError(position, message);
        return false;
    }

    private sealed class Parser(string text, PatternOptions options)
    {
        public bool TryParseSequence(int start, int end, out Pattern? result, out PatternError? error)
        {
            Pattern? acc = null;
            bool or = false, not = false, all = false, alias = false;
            int prefixAt = -1, orAt = -1;
            int i = SkipSpace(start, end);
            while (i < end)
            {
                char c = text[i];
                Pattern? term;
                switch (c)
                {
                    case '!':
                        not = !not;
                        prefixAt = i++;
                        goto next;
                    case '^':
                        all = !all;
                        prefixAt = i++;
                        goto next;
                    case '@':
                        alias = !alias;
                        prefixAt = i++;
                        goto next;
                    case '|':
                        if (acc is null || or)
                            return Fail(i, "expected a pattern before '|'", out result, out error);
                        if (prefixAt >= 0)
                            return Fail(prefixAt, $"expected a pattern after '{text[prefixAt]}'", out result, out error);
                        or = true;
                        orAt = i++;
                        goto next;
                    case ')':
                        return Fail(i, "mismatched parenthesis: ')' without '('", out result, out error);
                    case '(':
                        {
                            int close = FindClose(i, end);
                            if (close < 0)
                                return Fail(i, "mismatched parenthesis: expected ')'", out result, out error);
                            if (!TryParseSequence(i + 1, close, out term, out error))
                            {
                                result = null;
                                return false;
                            }
                            i = close + 1;
                            break;
                        }
                    case '~' or '=' or '%':
                        if (!TryParseTerm(ref i, end, all, alias, out term, out error))
                        {
                            result = null;
                            return false;
                        }
                        break;
                    default:
                        return Fail(i, $"error in pattern at '{Excerpt(i, end)}': expected ~, =, %, !, | or (", out result, out error);
                }

                if (not)
                    term = new NotPattern(term!);
                acc = acc is null ? term : JunctionPattern.Join(or, acc, term!);
                or = not = all = alias = false;
                prefixAt = orAt = -1;
            next:
                i = SkipSpace(i, end);
            }

            if (prefixAt >= 0)
                return Fail(prefixAt, $"expected a pattern after '{text[prefixAt]}'", out result, out error);
            if (or)
                return Fail(orAt, "expected a pattern after '|'", out result, out error);
            if (acc is null)
                return Fail(start, "empty pattern", out result, out error);
            result = acc;
            error = null;
            return true;
        }

        private bool TryParseTerm(ref int i, int end, bool all, bool alias, out Pattern? term, out PatternError? error)
        {
            char kind = text[i];
            int at = i;
            term = null;
            if (i + 1 >= end)
                return Error(i, $"missing pattern: expected a letter after '{kind}'", out error);

            char next = text[i + 1];
            if (next == '(' || (next is '<' or '>' && i + 2 < end && text[i + 2] == '('))
            {
                int open = next == '(' ? i + 1 : i + 2;
                int close = FindClose(open, end);
                if (close < 0)
                    return Error(at, "mismatched parenthesis: expected ')'", out error);
                if (!TryParseSequence(open + 1, close, out var inner, out error))
                    return false;
                var relation = next switch { '<' => ThreadRelation.Parent, '>' => ThreadRelation.Children, _ => ThreadRelation.Thread };
                term = new ThreadPattern(relation, inner!);
                i = close + 1;
                return true;
            }

            var modifier = PatternModifier.Find(next);
            if (modifier is null)
                return Error(i + 1, $"{next}: invalid pattern modifier", out error);
            i = SkipSpace(i + 2, end);

            TextMatcher? matcher = null;
            NumberRange? range = null;
            string? date = null;
            if (modifier.Argument != PatternArgument.None && i >= end)
                return Error(i, $"missing parameter: ~{next} expects {ArgumentName(modifier.Argument)}", out error);

            int argAt = i;
            switch (modifier.Argument)
            {
                case PatternArgument.Text:
                    if (!PatternToken.TryRead(text, i, end, leadingBreakAllowed: false, out string value, out i, out error))
                        return false;
                    if (value.Length == 0)
                        return Error(argAt, $"empty expression: ~{next} expects {ArgumentName(modifier.Argument)}", out error);
                    var matchKind = kind switch { '=' => MatchKind.Substring, '%' => MatchKind.Group, _ => MatchKind.Regex };
                    if (!TextMatcher.TryCreate(matchKind, value, modifier.ScansFiles, options.RegexTimeout, out matcher, out string? rxError))
                        return Error(argAt, $"invalid regular expression {rxError}", out error);
                    break;
                case PatternArgument.Date:
                    if (!PatternToken.TryRead(text, i, end, leadingBreakAllowed: true, out date, out i, out error))
                        return false;
                    if (date.Length == 0)
                        return Error(argAt, "empty expression: expected a date or date range", out error);
                    // Validate now; the range itself is worked out against the clock at evaluation.
                    if (!DateRange.TryResolve(date, new DateTime(2000, 1, 1), out _, out _, out int offset, out string? dateError))
                        return Error(argAt + Math.Min(offset, i - argAt), dateError!, out error);
                    break;
                case PatternArgument.Range or PatternArgument.MessageRange:
                    if (!NumberRange.TryParse(text, ref i, end, modifier.Argument == PatternArgument.MessageRange, out range, out error))
                        return false;
                    break;
            }

            term = modifier.Build(new ModifierInput(matcher, range, date, all, alias));
            error = null;
            return true;
        }

        private static string ArgumentName(PatternArgument argument) => argument switch
        {
            PatternArgument.Text => "an expression",
            PatternArgument.Date => "a date range",
            _ => "a number range",
        };

        // The ')' closing the '(' at open, skipping quoted text and backslash escapes; -1 when none.
        private int FindClose(int open, int end)
        {
            int depth = 0;
            char quote = '\0';
            for (int i = open; i < end; i++)
            {
                char c = text[i];
                if (c == '\\' && quote != '\'')
                {
                    i++;
                }
                else if (quote != '\0')
                {
                    if (c == quote)
                        quote = '\0';
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && --depth == 0)
                {
                    return i;
                }
            }
            return -1;
        }

        private int SkipSpace(int i, int end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
                i++;
            return i;
        }

        private string Excerpt(int i, int end) => end - i > 20 ? text[i..(i + 20)] + "..." : text[i..end];

        private static bool Error(int position, string message, out PatternError? error)
        {
            error = new PatternError(position, message);
            return false;
        }

        private static bool Fail(int position, string message, out Pattern? result, out PatternError? error)
        {
            result = null;
            error = new PatternError(position, message);
            return false;
        }
    }
}
