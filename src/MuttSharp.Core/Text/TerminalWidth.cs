using System.Buffers;
using System.Globalization;
using System.Text;
using Wcwidth;

namespace MuttSharp.Core.Text;

/// <summary>
/// Widths of text in terminal cells: CJK wide characters and emoji take 2 cells, combining marks
/// and zero-width characters 0. Measures whole grapheme clusters, so that truncation never splits
/// a base character from its marks or an emoji sequence, and never cuts a wide character in half.
/// Per-code-point widths come from the Wcwidth tables, the same ones the terminal UI uses.
/// </summary>
public static class TerminalWidth
{
    private const int ZeroWidthJoiner = 0x200D;
    private const int EmojiPresentationSelector = 0xFE0F;

    /// <summary>The number of cells <paramref name="text"/> occupies on a terminal.</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        int width = 0;
        int i = 0;
        while (i < text.Length)
        {
            i += NextCluster(text[i..], out int w);
            width += w;
        }

        return width;
    }

    /// <summary>The number of cells one code point occupies: 0, 1 or 2 (control characters count 0).</summary>
    public static int Of(Rune rune)
    {
        int value = rune.Value;
        if (value >= 0x20 && value < 0x7F)
        {
            return 1;
        }

        if (value < 0x10000)
        {
            return BmpWidths.Value[value];
        }

        int w = UnicodeCalculator.GetWidth(rune);
        return w < 0 ? 0 : w;
    }

    // The Basic Multilingual Plane's widths, looked up once: 64 KiB buys a table lookup per character.
    private static readonly Lazy<byte[]> BmpWidths = new(() =>
    {
        var widths = new byte[0x10000];
        for (int c = 0; c < widths.Length; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            int w = UnicodeCalculator.GetWidth(c);
            widths[c] = (byte)(w < 0 ? 0 : w);
        }

        return widths;
    });

    // Characters that never join the cluster before them (letters of the scripts mail is mostly
    // written in, CJK and kana, punctuation): after one of these a cluster is a single character.
    private static bool NeverExtends(char c) =>
        c < 0x300
        || c is (>= '\u0370' and <= '\u0482') or (>= '\u048A' and <= '\u0590')
        || c is (>= '\u2000' and <= '\u200A') or (>= '\u2010' and <= '\u2027')
        || c is (>= '\u3000' and <= '\u3029') or (>= '\u3030' and <= '\u3098') or (>= '\u309B' and <= '\u30FF')
        || c is (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3')
        || c is (>= '\uFF01' and <= '\uFF9D');

    /// <summary>
    /// How many UTF-16 units of <paramref name="text"/> fit in <paramref name="maxCells"/> cells
    /// without splitting a grapheme cluster; <paramref name="cells"/> receives their width.
    /// </summary>
    public static int Fit(ReadOnlySpan<char> text, int maxCells, out int cells)
    {
        cells = 0;
        int i = 0;
        while (i < text.Length)
        {
            int length = NextCluster(text[i..], out int w);
            if (cells + w > maxCells)
            {
                break;
            }

            cells += w;
            i += length;
        }

        return i;
    }

    /// <summary>
    /// The length in UTF-16 units of the grapheme cluster that starts <paramref name="text"/>, and
    /// its width in cells (<paramref name="cells"/>).
    /// </summary>
    public static int NextCluster(ReadOnlySpan<char> text, out int cells)
    {
        if (text.IsEmpty)
        {
            cells = 0;
            return 0;
        }

        char c = text[0];

        // Printable ASCII followed by a character that cannot extend a cluster: the common case.
        if (c >= 0x20 && c < 0x7F && (text.Length == 1 || text[1] < 0x300))
        {
            cells = 1;
            return 1;
        }

        // A lone BMP character followed by one that cannot extend it: no need for the full rules.
        // (A Hangul leading jamo may combine with a following syllable-forming jamo; it is excluded.)
        if (!char.IsSurrogate(c) && c is < '\u1100' or > '\u115F' && (text.Length == 1 || NeverExtends(text[1])))
        {
            cells = BmpWidths.Value[c];
            return 1;
        }

        int length = StringInfo.GetNextTextElementLength(text);
        if (length <= 0)
        {
            length = 1;
        }

        cells = ClusterWidth(text[..length]);
        return length;
    }

    private static int ClusterWidth(ReadOnlySpan<char> cluster)
    {
        int width = -1;
        bool emojiPresentation = false;
        int regionalIndicators = 0;
        int i = 0;
        while (i < cluster.Length)
        {
            if (Rune.DecodeFromUtf16(cluster[i..], out Rune rune, out int used) != OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                used = 1;
            }

            i += used;
            int value = rune.Value;
            if (value == EmojiPresentationSelector)
            {
                emojiPresentation = true;
            }
            else if (value is >= 0x1F1E6 and <= 0x1F1FF)
            {
                regionalIndicators++;
            }

            // The cluster is as wide as its base; marks, joiners and the joined parts of an emoji
            // sequence draw inside the base's cells.
            if (width < 0 && value != ZeroWidthJoiner)
            {
                int w = Of(rune);
                if (w > 0)
                {
                    width = w;
                }
            }
        }

        if (width < 0)
        {
            return 0;
        }

        if (width == 1 && (emojiPresentation || regionalIndicators == 2))
        {
            return 2;
        }

        return width;
    }
}
