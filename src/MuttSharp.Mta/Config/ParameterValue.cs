using System.Globalization;

namespace MuttSharp.Mta.Config;

/// <summary>Reads expanded parameter values the way Postfix's conv_time, conv_int and conv_bool do.</summary>
public static class ParameterValue
{
    /// <summary>The unit letters Postfix accepts after a time value, and what they are worth.</summary>
    private static readonly Dictionary<char, TimeSpan> TimeUnits = new()
    {
        ['s'] = TimeSpan.FromSeconds(1),
        ['m'] = TimeSpan.FromMinutes(1),
        ['h'] = TimeSpan.FromHours(1),
        ['d'] = TimeSpan.FromDays(1),
        ['w'] = TimeSpan.FromDays(7),
    };

    /// <summary>A time such as <c>300s</c>, <c>5d</c> or <c>300</c> (then in <paramref name="defaultUnit"/>).</summary>
    public static bool TryParseTime(string text, char defaultUnit, out TimeSpan value, out string error)
    {
        value = TimeSpan.Zero;
        string trimmed = text.Trim();
        int digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
            digits++;
        char unit = digits < trimmed.Length ? char.ToLowerInvariant(trimmed[digits]) : defaultUnit;
        if (digits == 0 || digits < trimmed.Length - 1 || !TimeUnits.TryGetValue(unit, out var scale)
            || !long.TryParse(trimmed.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out long count))
        {
            error = $"invalid time value \"{text}\": expected a number with an optional unit s, m, h, d or w";
            return false;
        }
        try
        {
            value = checked(scale * count);
        }
        catch (OverflowException)
        {
            error = $"time value \"{text}\" is too large";
            return false;
        }
        error = "";
        return true;
    }

    /// <summary>A non-negative whole number of bytes (or of anything else).</summary>
    public static bool TryParseNumber(string text, out long value, out string error)
    {
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            error = "";
            return true;
        }
        error = $"invalid numerical value \"{text}\": expected a whole number";
        return false;
    }

    /// <summary><c>yes</c> or <c>no</c> (any case; <c>true</c>/<c>false</c> are tolerated).</summary>
    public static bool TryParseBoolean(string text, out bool value, out string error)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "yes" or "true":
                value = true;
                error = "";
                return true;
            case "no" or "false":
                value = false;
                error = "";
                return true;
            default:
                value = false;
                error = $"invalid boolean value \"{text}\": expected yes or no";
                return false;
        }
    }

    /// <summary>
    /// Splits a list value on commas and white space, keeping <c>{ ... }</c> groups whole (as in
    /// <c>inline:{ a=b, c=d }</c>): Postfix's rule for every list-valued parameter.
    /// </summary>
    public static IReadOnlyList<string> SplitList(string text)
    {
        var items = new List<string>();
        int depth = 0, start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ',';
            bool separator = depth == 0 && (c == ',' || char.IsWhiteSpace(c));
            if (separator)
            {
                if (start >= 0)
                    items.Add(text[start..i]);
                start = -1;
                continue;
            }
            if (start < 0)
                start = i;
            if (c == '{')
                depth++;
            else if (c == '}' && depth > 0)
                depth--;
        }
        return items;
    }
}
