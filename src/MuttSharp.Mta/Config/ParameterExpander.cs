using System.Globalization;
using System.Text;

namespace MuttSharp.Mta.Config;

/// <summary>
/// Postfix's <c>$name</c> expansion over one value: <c>$name</c>, <c>${name}</c>, <c>$(name)</c>,
/// <c>${name?text}</c> (text when name is non-empty), <c>${name:text}</c> (text when name is empty),
/// <c>${name?{t1}:{t2}}</c>, relational <c>${{a} == {b} ? {t1} : {t2}}</c> (also <c>!=</c>, numeric
/// <c>&lt; &lt;= &gt; &gt;=</c>, and <c>&lt;level</c> etc. for compatibility levels) and <c>$$</c>
/// for a dollar sign. Names resolve through a delegate, so recursion and loop detection live with the caller.
/// </summary>
internal sealed class ParameterExpander
{
    private readonly Func<string, string> resolve;
    private readonly Action<string> report;

    /// <param name="resolve">The expanded value of a name (empty when undefined).</param>
    /// <param name="report">Receives a description of a malformed expression.</param>
    public ParameterExpander(Func<string, string> resolve, Action<string> report)
    {
        this.resolve = resolve;
        this.report = report;
    }

    public string Expand(string text)
    {
        if (!text.Contains('$'))
            return text;
        var output = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c != '$' || i + 1 >= text.Length)
            {
                output.Append(c);
                i++;
                continue;
            }
            char next = text[i + 1];
            if (next == '$')
            {
                output.Append('$');
                i += 2;
            }
            else if (next is '{' or '(')
            {
                char close = next == '{' ? '}' : ')';
                int end = FindClose(text, i + 2, next, close);
                if (end < 0)
                {
                    report($"missing '{close}' after \"{text[i..]}\"");
                    output.Append(text, i, text.Length - i);
                    break;
                }
                output.Append(ExpandBraced(text[(i + 2)..end]));
                i = end + 1;
            }
            else if (MainCf.IsNameChar(next))
            {
                int end = i + 1;
                while (end < text.Length && MainCf.IsNameChar(text[end]))
                    end++;
                output.Append(resolve(text[(i + 1)..end]));
                i = end;
            }
            else
            {
                output.Append('$');
                i++;
            }
        }
        return output.ToString();
    }

    // The inside of ${...}: a name, a name with ?/: and text, or a relational expression.
    private string ExpandBraced(string inner)
    {
        if (inner.StartsWith('{'))
            return ExpandRelational(inner);
        int nameEnd = 0;
        while (nameEnd < inner.Length && MainCf.IsNameChar(inner[nameEnd]))
            nameEnd++;
        string name = inner[..nameEnd];
        if (name.Length == 0)
        {
            report($"missing parameter name in \"${{{inner}}}\"");
            return "";
        }
        if (nameEnd == inner.Length)
            return resolve(name);
        char op = inner[nameEnd];
        string rest = inner[(nameEnd + 1)..];
        bool hasValue = resolve(name).Length > 0;
        if (op == '?')
        {
            if (TrySplitAlternatives(rest, out string whenSet, out string whenEmpty))
                return Expand(hasValue ? whenSet : whenEmpty);
            return hasValue ? Expand(Unbrace(rest)) : "";
        }
        if (op == ':')
            return hasValue ? "" : Expand(Unbrace(rest));
        report($"unexpected '{op}' after \"${{{name}\": expected '}}', '?' or ':'");
        return "";
    }

    // ${{left} op {right} ? {true} : {false}}
    private string ExpandRelational(string inner)
    {
        int pos = 0;
        if (!TryReadGroup(inner, ref pos, out string left))
            return Malformed(inner);
        SkipBlanks(inner, ref pos);
        int opStart = pos;
        while (pos < inner.Length && inner[pos] is not ('{' or ' ' or '\t'))
            pos++;
        string op = inner[opStart..pos];
        SkipBlanks(inner, ref pos);
        if (!TryReadGroup(inner, ref pos, out string right))
            return Malformed(inner);
        SkipBlanks(inner, ref pos);
        if (pos >= inner.Length || inner[pos] != '?')
            return Malformed(inner);
        pos++;
        if (!TrySplitAlternatives(inner[pos..], out string whenTrue, out string whenFalse))
            return Malformed(inner);
        bool? result = Compare(Expand(left).Trim(), op, Expand(right).Trim());
        if (result is null)
        {
            report($"unknown operator \"{op}\" in \"${{{inner}}}\": expected ==, !=, <, <=, >, >= or <level etc.");
            return "";
        }
        return Expand(result.Value ? whenTrue : whenFalse);
    }

    private string Malformed(string inner)
    {
        report($"malformed expression \"${{{inner}}}\": expected ${{{{a}} op {{b}} ? {{x}} : {{y}}}}");
        return "";
    }

    private static bool? Compare(string left, string op, string right) => op switch
    {
        "==" => left == right,
        "!=" => left != right,
        "<" or "<=" or ">" or ">=" => CompareNumbers(left, right) is int n ? Holds(op, n) : null,
        "<level" or "<=level" or ">level" or ">=level" => Holds(op[..^5], CompareLevels(left, right)),
        _ => null,
    };

    private static bool Holds(string op, int comparison) => op switch
    {
        "<" => comparison < 0,
        "<=" => comparison <= 0,
        ">" => comparison > 0,
        _ => comparison >= 0,
    };

    private static int? CompareNumbers(string left, string right) =>
        long.TryParse(left, NumberStyles.Integer, CultureInfo.InvariantCulture, out long a)
        && long.TryParse(right, NumberStyles.Integer, CultureInfo.InvariantCulture, out long b)
            ? a.CompareTo(b)
            : null;

    // Compatibility levels compare field by field: 3.10 is above 3.9.
    internal static int CompareLevels(string left, string right)
    {
        string[] a = left.Split('.'), b = right.Split('.');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            long x = i < a.Length && long.TryParse(a[i], CultureInfo.InvariantCulture, out long ax) ? ax : 0;
            long y = i < b.Length && long.TryParse(b[i], CultureInfo.InvariantCulture, out long by) ? by : 0;
            if (x != y)
                return x.CompareTo(y);
        }
        return 0;
    }

    // "{t1}:{t2}" (blanks allowed around ':').
    private static bool TrySplitAlternatives(string text, out string first, out string second)
    {
        first = second = "";
        int pos = 0;
        SkipBlanks(text, ref pos);
        if (!TryReadGroup(text, ref pos, out first))
            return false;
        SkipBlanks(text, ref pos);
        if (pos >= text.Length || text[pos] != ':')
            return false;
        pos++;
        SkipBlanks(text, ref pos);
        if (!TryReadGroup(text, ref pos, out second))
            return false;
        SkipBlanks(text, ref pos);
        return pos == text.Length;
    }

    private static bool TryReadGroup(string text, ref int pos, out string content)
    {
        content = "";
        if (pos >= text.Length || text[pos] != '{')
            return false;
        int end = FindClose(text, pos + 1, '{', '}');
        if (end < 0)
            return false;
        content = text[(pos + 1)..end];
        pos = end + 1;
        return true;
    }

    private static string Unbrace(string text)
    {
        string trimmed = text.Trim();
        int pos = 0;
        return TryReadGroup(trimmed, ref pos, out string content) && pos == trimmed.Length ? content : text;
    }

    private static void SkipBlanks(string text, ref int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            pos++;
    }

    private static int FindClose(string text, int from, char open, char close)
    {
        int depth = 0;
        for (int i = from; i < text.Length; i++)
        {
            if (text[i] == open)
                depth++;
            else if (text[i] == close && depth-- == 0)
                return i;
        }
        return -1;
    }
}
