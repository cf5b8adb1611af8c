using System.Buffers.Binary;
using System.Text;

namespace MuttSharp.Mta.Tables;

/// <summary>
/// The index <c>postmap</c> and <c>newaliases</c> build for a <c>hash:</c> table, next to its source
/// as <c>file.db</c>: a small binary file of lower-cased keys in ordinal order with their values
/// (magic <c>MSDB1</c>, entry count, then length-prefixed UTF-8 key/value pairs). It is written to a
/// temporary file, fsynced and renamed, so a lookup never sees half an index.
/// </summary>
public static class TableIndex
{
    private static readonly byte[] Magic = "MSDB1\n"u8.ToArray();

    /// <summary>The index path for a source file: <c>/etc/aliases</c> gives <c>/etc/aliases.db</c>.</summary>
    public static string PathFor(string sourcePath) => sourcePath + ".db";

    /// <summary>Writes the index of <paramref name="entries"/> atomically (later duplicates of a key are ignored, as postmap warns and keeps the first).</summary>
    public static async Task WriteAsync(string indexPath, IEnumerable<KeyValuePair<string, string>> entries, CancellationToken cancellationToken)
    {
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
            sorted.TryAdd(key.ToLowerInvariant(), value);
        var buffer = new MemoryStream();
        buffer.Write(Magic);
        WriteInt32(buffer, sorted.Count);
        foreach (var (key, value) in sorted)
        {
            WriteString(buffer, key);
            WriteString(buffer, value);
        }
        string temporary = $"{indexPath}.{Environment.ProcessId}.tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, indexPath, overwrite: true);
    }

    /// <summary>Reads an index; false with a reason when the file is not one.</summary>
    public static async Task<(bool Ok, IReadOnlyDictionary<string, string> Entries, string Error)> ReadAsync(string indexPath, CancellationToken cancellationToken)
    {
        byte[] bytes = await File.ReadAllBytesAsync(indexPath, cancellationToken).ConfigureAwait(false);
        var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        int pos = Magic.Length;
        if (bytes.Length < Magic.Length + 4 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            return (false, entries, $"{indexPath}: not a MuttSharp table index (rebuild it with postmap)");
        int count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(pos));
        pos += 4;
        for (int i = 0; i < count; i++)
        {
            if (!TryReadString(bytes, ref pos, out string key) || !TryReadString(bytes, ref pos, out string value))
                return (false, entries, $"{indexPath}: truncated at entry {i + 1} of {count} (rebuild it with postmap)");
            entries[key] = value;
        }
        return (true, entries, "");
    }

    private static bool TryReadString(byte[] bytes, ref int pos, out string text)
    {
        text = "";
        if (pos + 4 > bytes.Length)
            return false;
        int length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(pos));
        pos += 4;
        if (length < 0 || pos + length > bytes.Length)
            return false;
        text = Encoding.UTF8.GetString(bytes, pos, length);
        pos += length;
        return true;
    }

    private static void WriteInt32(Stream stream, int value)
    {
        Span<byte> span = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(span, value);
        stream.Write(span);
    }

    private static void WriteString(Stream stream, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        WriteInt32(stream, bytes.Length);
        stream.Write(bytes);
    }
}
