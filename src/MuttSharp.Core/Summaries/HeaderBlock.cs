namespace MuttSharp.Core.Summaries;

/// <summary>
/// Splits the top-level header block of a message (RFC 5322 §2.2) into fields without parsing the
/// body. Lenient as mail readers are: LF or CRLF line ends, a leading mbox <c>From </c> line skipped,
/// and the first line that is not a field (binary junk, a missing blank line) ends the block.
/// </summary>
internal static class HeaderBlock
{
    /// <summary>Receives one field: its name and its raw, still folded value (after the colon).</summary>
    public delegate void FieldHandler(ReadOnlySpan<byte> name, ReadOnlySpan<byte> rawValue);

    /// <summary>Whether <paramref name="data"/> holds the end of the header block (a blank line or a non-field line).</summary>
    public static bool ContainsEnd(ReadOnlySpan<byte> data) => FindEnd(data) >= 0;

    /// <summary>
    /// Walks the fields of <paramref name="data"/>. When <paramref name="truncated"/> is true the data
    /// was cut by the header size limit, so a field running into the cut is dropped rather than guessed.
    /// Returns the length of the header block including its blank line.
    /// </summary>
    public static int Parse(ReadOnlySpan<byte> data, bool truncated, FieldHandler onField)
    {
        int p = 0;
        if (data.StartsWith("From "u8))
            p = NextLine(data, 0);
        while (p < data.Length)
        {
            int lineEnd = NextLine(data, p);
            if (IsBlank(data[p..lineEnd]))
                return lineEnd;
            // RFC 5322 §3.6.8: field-name is printable ASCII except ':'; obsolete syntax allows WSP before ':'.
            int colon = TryParseFieldName(data[p..lineEnd]);
            if (colon <= 0)
                return p;
            int end = lineEnd;
            while (end < data.Length && data[end] is (byte)' ' or (byte)'\t')
                end = NextLine(data, end);
            bool cut = end == data.Length && (data.Length == 0 || data[^1] != (byte)'\n');
            if (cut && truncated)
                return p;
            var name = data.Slice(p, colon).TrimEnd(" \t"u8);
            onField(name, data[(p + colon + 1)..end]);
            p = end;
        }
        return p;
    }

    /// <summary>Index just past the end of the header block, or -1 when the data holds no end yet.</summary>
    private static int FindEnd(ReadOnlySpan<byte> data)
    {
        int p = data.StartsWith("From "u8) ? NextLine(data, 0) : 0;
        while (p < data.Length)
        {
            int lineEnd = NextLine(data, p);
            if (lineEnd == data.Length && data[^1] != (byte)'\n')
                return -1;
            if (IsBlank(data[p..lineEnd]) || (TryParseFieldName(data[p..lineEnd]) <= 0 && data[p] is not ((byte)' ' or (byte)'\t')))
                return lineEnd;
            p = lineEnd;
        }
        return -1;
    }

    /// <summary>The index of the colon ending a valid field name at the start of the line, or -1.</summary>
    private static int TryParseFieldName(ReadOnlySpan<byte> line)
    {
        int i = 0;
        while (i < line.Length && line[i] is >= 33 and <= 126 and not (byte)':')
            i++;
        if (i == 0)
            return -1;
        int nameEnd = i;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t')
            i++;
        return i < line.Length && line[i] == (byte)':' && nameEnd > 0 ? i : -1;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
        => line.Length == 0 || line.SequenceEqual("\n"u8) || line.SequenceEqual("\r\n"u8);

    internal static int NextLine(ReadOnlySpan<byte> data, int from)
    {
        int nl = data[from..].IndexOf((byte)'\n');
        return nl < 0 ? data.Length : from + nl + 1;
    }
}
