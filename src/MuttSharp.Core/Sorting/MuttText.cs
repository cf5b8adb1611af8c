using System.Globalization;

namespace MuttSharp.Core.Sorting;

/// <summary>String comparisons the way Mutt's sort functions make them.</summary>
internal static class MuttText
{
    /// <summary>Mutt compares at most this many characters of a name (its SHORT_STRING buffer).</summary>
    public const int NameCompareLength = 127;

    /// <summary>
    /// The key Mutt's <c>mutt_strcasecmp</c> effectively compares: ASCII letters lowered, nothing
    /// else changed, cut to <paramref name="maxLength"/>. Folding once per message lets sorting
    /// compare keys ordinally.
    /// </summary>
    public static string FoldAscii(string text, int maxLength = int.MaxValue)
    {
        if (text.Length > maxLength)
            text = text[..maxLength];
        int first = text.AsSpan().IndexOfAnyInRange('A', 'Z');
        if (first < 0)
            return text;
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (int i = state.first; i < span.Length; i++)
            {
                if (span[i] is >= 'A' and <= 'Z')
                    span[i] = (char)(span[i] + 32);
            }
        });
    }

    /// <summary>
    /// Splits a spam tag into its leading number (as C's <c>strtod</c> reads it) and the rest;
    /// <paramref name="number"/> is null when the tag does not start with one.
    /// </summary>
    public static void SplitLeadingNumber(string tag, out double? number, out string rest)
    {
        int i = 0;
        while (i < tag.Length && char.IsWhiteSpace(tag[i]))
            i++;
        int start = i;
        if (i < tag.Length && tag[i] is '+' or '-')
            i++;
        int digits = 0;
        while (i < tag.Length && char.IsAsciiDigit(tag[i]))
        {
            i++;
            digits++;
        }
        if (i < tag.Length && tag[i] == '.')
        {
            i++;
            while (i < tag.Length && char.IsAsciiDigit(tag[i]))
            {
                i++;
                digits++;
            }
        }
        if (digits > 0 && double.TryParse(tag.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            number = value;
            rest = tag[i..];
        }
        else
        {
            number = null;
            rest = tag;
        }
    }
}
