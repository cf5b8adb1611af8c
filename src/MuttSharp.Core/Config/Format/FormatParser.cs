using System.Text;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Config.Format;

/// <summary>
/// Turns format-string text into nodes, once. Follows Mutt's <c>mutt_FormatString</c> grammar:
/// <c>%%</c>, <c>%[-=][min][.max][_:]X</c>, the flat conditional <c>%?X?then&amp;else?</c>, the
/// padding expandos <c>%&gt;X %*X %|X</c>, dates <c>%{} %[] %() %&lt;&gt;</c>, <c>%@hook@</c> and
/// backslash escapes; adds the nestable conditional <c>%&lt;X?then&amp;else&gt;</c>. On a malformed
/// construct it keeps what came before (as Mutt stops there) and records the first error.
/// </summary>
internal sealed class FormatParser
{
    private readonly string _s;

    private FormatParser(string text) => _s = text;

    public FormatError? Error { get; private set; }

    public static FormatNode[] Parse(string text, out FormatError? error)
    {
        var parser = new FormatParser(text);
        FormatNode[] nodes = parser.ParseRange(0, text.Length);
        error = parser.Error;
        return nodes;
    }

    private FormatNode[] ParseRange(int start, int end)
    {
        var nodes = new List<FormatNode>();
        var literal = new StringBuilder();
        int i = start;
        while (i < end && Error is null)
        {
            char c = _s[i];
            if (c == '\\')
            {
                if (i + 1 >= end)
                {
                    break; // a lone trailing backslash ends the string, as in Mutt
                }

                literal.Append(Unescape(_s[i + 1]));
                i += 2;
                continue;
            }

            if (c != '%')
            {
                literal.Append(c);
                i++;
                continue;
            }

            i = ParsePercent(i, end, nodes, literal);
        }

        Flush(nodes, literal);
        return [.. nodes];
    }

    // i is at '%'; returns the index after the construct.
    private int ParsePercent(int percent, int end, List<FormatNode> nodes, StringBuilder literal)
    {
        int i = percent + 1;
        if (i >= end)
        {
            return Fail(percent, "expected an expando letter after '%'");
        }

        if (_s[i] == '%')
        {
            literal.Append('%');
            return i + 1;
        }

        if (_s[i] == '?')
        {
            Flush(nodes, literal);
            return ParseFlatConditional(i + 1, end, nodes);
        }

        int prefixStart = i;
        while (i < end && (char.IsAsciiDigit(_s[i]) || _s[i] is '.' or '-' or '='))
        {
            i++;
        }

        string prefix = _s[prefixStart..i];
        if (i >= end)
        {
            return Fail(percent, "expected an expando letter after the width");
        }

        char op = _s[i++];
        if (op is '>' or '*' or '|')
        {
            Flush(nodes, literal);
            var kind = op switch { '>' => FillKind.Hard, '*' => FillKind.Soft, _ => FillKind.ToEnd };
            string pad = " ";
            int padWidth = 1;
            if (i < end)
            {
                int length = TerminalWidth.NextCluster(_s.AsSpan(i, end - i), out padWidth);
                pad = _s.Substring(i, length);
                i += length;
            }

            nodes.Add(new FillNode(kind, pad, padWidth));
            return i;
        }

        bool lower = false;
        bool noDots = false;
        while (op is '_' or ':')
        {
            lower |= op == '_';
            noDots |= op == ':';
            if (i >= end)
            {
                return Fail(percent, "expected an expando letter after '_' or ':'");
            }

            op = _s[i++];
        }

        if (op == '<' && IsNestedConditional(i, end))
        {
            Flush(nodes, literal);
            return ParseNestedConditional(i, end, nodes);
        }

        string? argument = null;
        char close = op switch { '{' => '}', '[' => ']', '(' => ')', '<' => '>', _ => '\0' };
        if (close != '\0')
        {
            int j = _s.IndexOf(close, i, end - i);
            if (j < 0)
            {
                return Fail(percent, $"expected '{close}' to end the date format");
            }

            argument = _s[i..j];
            i = j + 1;
        }
        else if (op == '@')
        {
            int j = _s.IndexOf('@', i, end - i);
            if (j >= 0)
            {
                argument = _s[i..j];
                i = j + 1;
            }
        }
        else if (op == 'z' && i < end && _s[i] is 'c' or 's' or 't')
        {
            argument = _s[i].ToString();
            i++;
        }

        Flush(nodes, literal);
        nodes.Add(new ExpandoNode(op, FieldSpec.Parse(prefix), lower, noDots, argument));
        return i;
    }

    // Mutt's %?X?then&else?: the branches run to the first '?' or '&', so they cannot nest.
    private int ParseFlatConditional(int i, int end, List<FormatNode> nodes)
    {
        int start = i - 2;
        if (i >= end)
        {
            return Fail(start, "expected an expando letter after '%?'");
        }

        char op = _s[i++];
        string? argument = null;
        if (op == 'z' && i < end && _s[i] is 'c' or 's' or 't')
        {
            argument = _s[i++].ToString();
        }

        if (i >= end || _s[i] != '?')
        {
            return Fail(start, $"expected '?' after '%?{op}'");
        }

        int thenStart = ++i;
        while (i < end && _s[i] is not ('?' or '&'))
        {
            i++;
        }

        int thenEnd = i;
        int elseStart = i;
        if (i < end && _s[i] == '&')
        {
            elseStart = ++i;
            while (i < end && _s[i] != '?')
            {
                i++;
            }
        }

        int elseEnd = i;
        if (i >= end)
        {
            return Fail(start, $"expected '?' to close the conditional '%?{op}?'");
        }

        FormatNode[] then = ParseRange(thenStart, thenEnd);
        FormatNode[] otherwise = ParseRange(elseStart, elseEnd);
        nodes.Add(new ConditionalNode(op, argument, then, otherwise));
        return i + 1;
    }

    private bool IsNestedConditional(int i, int end) => i + 1 < end && _s[i] != '%' && _s[i + 1] == '?';

    private int ParseNestedConditional(int i, int end, List<FormatNode> nodes)
    {
        int start = i - 2;
        char op = _s[i];
        int thenStart = i + 2;
        int thenEnd = ScanBranch(thenStart, end, stopAtAmpersand: true);
        if (thenEnd < 0)
        {
            return Fail(start, $"expected '>' to close the conditional '%<{op}?'");
        }

        int elseStart = thenEnd;
        int elseEnd = thenEnd;
        if (_s[thenEnd] == '&')
        {
            elseStart = thenEnd + 1;
            elseEnd = ScanBranch(elseStart, end, stopAtAmpersand: false);
            if (elseEnd < 0)
            {
                return Fail(start, $"expected '>' to close the conditional '%<{op}?'");
            }
        }

        FormatNode[] then = ParseRange(thenStart, thenEnd);
        FormatNode[] otherwise = ParseRange(elseStart, elseEnd);
        nodes.Add(new ConditionalNode(op, null, then, otherwise));
        return elseEnd + 1;
    }

    // Finds the '&' or '>' that ends a branch of %<X?...>, stepping over whole constructs inside it.
    private int ScanBranch(int i, int end, bool stopAtAmpersand)
    {
        while (i < end)
        {
            char c = _s[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '>' || (stopAtAmpersand && c == '&'))
            {
                return i;
            }

            if (c != '%')
            {
                i++;
                continue;
            }

            i = SkipPercent(i + 1, end);
            if (i < 0)
            {
                return -1;
            }
        }

        return -1;
    }

    private int SkipPercent(int i, int end)
    {
        if (i >= end)
        {
            return -1;
        }

        if (_s[i] == '%')
        {
            return i + 1;
        }

        if (_s[i] == '?')
        {
            // op, '?', then-part, optional '&' else-part, closing '?'
            i += 3;
            while (i < end && _s[i] != '?')
            {
                i++;
            }

            return i < end ? i + 1 : -1;
        }

        while (i < end && (char.IsAsciiDigit(_s[i]) || _s[i] is '.' or '-' or '=' or '_' or ':'))
        {
            i++;
        }

        if (i >= end)
        {
            return -1;
        }

        char op = _s[i++];
        if (op == '<' && IsNestedConditional(i, end))
        {
            int thenEnd = ScanBranch(i + 2, end, stopAtAmpersand: true);
            if (thenEnd < 0)
            {
                return -1;
            }

            int closing = _s[thenEnd] == '&' ? ScanBranch(thenEnd + 1, end, stopAtAmpersand: false) : thenEnd;
            return closing < 0 ? -1 : closing + 1;
        }

        char close = op switch { '{' => '}', '[' => ']', '(' => ')', '<' => '>', _ => '\0' };
        if (close != '\0')
        {
            int j = _s.IndexOf(close, i, end - i);
            return j < 0 ? -1 : j + 1;
        }

        if (op is '>' or '*' or '|')
        {
            return i < end ? i + TerminalWidth.NextCluster(_s.AsSpan(i, end - i), out _) : i;
        }

        return i;
    }

    private static char Unescape(char c) => c switch
    {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        'f' => '\f',
        'v' => '\v',
        _ => c,
    };

    private static void Flush(List<FormatNode> nodes, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            nodes.Add(new LiteralNode(literal.ToString()));
            literal.Clear();
        }
    }

    private int Fail(int position, string message)
    {
        Error ??= new FormatError(position, message);
        return _s.Length;
    }
}
