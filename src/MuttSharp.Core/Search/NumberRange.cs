namespace MuttSharp.Core.Search;

/// <summary>
/// Mutt's RANGE argument for <c>~m ~n ~z ~X</c>: <c>N</c>, <c>MIN-MAX</c>, <c>MIN-</c>, <c>-MAX</c>,
/// <c>&lt;MAX</c> (exclusive), <c>&gt;MIN</c> (exclusive), numbers with an optional <c>K</c>/<c>M</c>
/// suffix (x1024, x1048576); message ranges may also name <c>.</c> (the current message), <c>^</c>
/// (the first) and <c>$</c> (the last). Bounds are inclusive; an open end is unbounded.
/// </summary>
internal sealed record NumberRange(NumberRange.Bound? Min, NumberRange.Bound? Max)
{
    private const string Terminators = "~%=!|()";

    /// <summary>One end of a range: a number, or a message named by <c>. ^ $</c>, plus an adjustment.</summary>
    internal readonly record struct Bound(char Symbol, long Value, long Adjust)
    {
        public long? Resolve(PatternContext context) => Symbol switch
        {
            '.' => context.CurrentMessage is { } m ? m.Number + 1 + Adjust : null,
            '^' => 1 + Adjust,
            '$' => context.MessageCount + Adjust,
            _ => Value + Adjust,
        };
    }

    public bool Contains(long value, PatternContext context)
    {
        long lo = 0, hi = long.MaxValue;
        if (Min is { } min)
        {
            if (min.Resolve(context) is not { } v)
                return false;
            lo = v;
        }
        if (Max is { } max)
        {
            if (max.Resolve(context) is not { } v)
                return false;
            hi = v;
        }
        return value >= lo && value <= hi;
    }

    /// <summary>Parses a range at <paramref name="i"/>, leaving <paramref name="i"/> after it.</summary>
    // symbols: whether . ^ $ may stand for message numbers (only ~m).
    public static bool TryParse(string s, ref int i, int end, bool symbols, out NumberRange? range, out PatternError? error)
    {
        range = null;
        error = null;
        bool quoted = i < end && s[i] == '"';
        if (quoted)
            i++;

        Bound? min = null, max = null;
        char lead = i < end ? s[i] : '\0';
        if (lead is '<' or '>')
        {
            i++;
            if (!TryBound(s, ref i, end, symbols, out var b))
                return Expected(s, i, out error);
            if (lead == '<')
                max = b with { Adjust = b.Adjust - 1 };
            else
                min = b with { Adjust = b.Adjust + 1 };
        }
        else if (lead == '-')
        {
            i++;
            if (TryBound(s, ref i, end, symbols, out var b))
                max = b;
        }
        else
        {
            if (!TryBound(s, ref i, end, symbols, out var b))
                return Expected(s, i, out error);
            min = b;
            if (i < end && s[i] == '-')
            {
                i++;
                if (TryBound(s, ref i, end, symbols, out var upper))
                    max = upper;
            }
            else
            {
                max = b;
            }
        }

        if (quoted)
        {
            if (i >= end || s[i] != '"')
            {
                error = new PatternError(i, "expected '\"' to close the range");
                return false;
            }
            i++;
        }
        if (i < end && !char.IsWhiteSpace(s[i]) && !Terminators.Contains(s[i]))
            return Expected(s, i, out error);
        range = new NumberRange(min, max);
        return true;
    }

    private static bool TryBound(string s, ref int i, int end, bool symbols, out Bound bound)
    {
        bound = default;
        if (i >= end)
            return false;
        if (symbols && s[i] is '.' or '^' or '$')
        {
            bound = new Bound(s[i], 0, 0);
            i++;
            return true;
        }
        int start = i;
        long value = 0;
        while (i < end && char.IsAsciiDigit(s[i]))
        {
            value = value > long.MaxValue / 20 ? long.MaxValue / 20 : value * 10 + (s[i] - '0');
            i++;
        }
        if (i == start)
            return false;
        if (i < end && char.ToUpperInvariant(s[i]) is 'K' or 'M')
        {
            value *= char.ToUpperInvariant(s[i]) == 'K' ? 1024 : 1048576;
            i++;
        }
        bound = new Bound('\0', value, 0);
        return true;
    }

    private static bool Expected(string s, int i, out PatternError? error)
    {
        error = new PatternError(i, i < s.Length
            ? $"invalid range: expected a number, MIN-MAX, <MAX or >MIN at '{s[i]}'"
            : "invalid range: expected a number, MIN-MAX, <MAX or >MIN");
        return false;
    }
}
