using System.Globalization;

namespace MuttSharp.Core.Sorting;

/// <summary>String comparisons the way Mutt's sort functions make them.</summary>
internal static class MuttText
{
    /// <summary>Mutt compares at most this many characters of a name (its SHORT_STRING buffer).</summary>
    public const int NameCompareLength = 127;

    /// <summary>Ordinal comparison that folds only ASCII letters (Mutt's <c>mutt_strcasecmp</c>).</summary>
    public static int CompareIgnoreAsciiCase(string a, string b, int maxLength = int.MaxValue)
    {
        int n = Math.Min(Math.Min(a.Length, b.Length), maxLength);
        for (int i = 0; i < n; i++)
        {
            int ca = ToLowerAscii(a[i]), cb = ToLowerAscii(b[i]);
            if (ca != cb)
                return ca - cb;
        }
        return Math.Min(a.Length, maxLength).CompareTo(Math.Min(b.Length, maxLength));
    }

    private static int ToLowerAscii(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;

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
