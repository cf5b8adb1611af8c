using System.Numerics;
using System.Text;

namespace MuttSharp.Core.HeaderCache;

/// <summary>
/// The unique names of a cache's records, kept as the UTF-8 bytes the file holds rather than one
/// string each: a warm open of 100k messages never needs them as strings, only to compare with
/// the names a scan lists. Records are written in mailbox order and a scan lists in that order,
/// so a lookup first tries the record after the last one found; only a lookup that misses there
/// (a folder that changed since the cache was written) builds a hash index over all the names.
/// </summary>
internal sealed class CacheNames
{
    private readonly byte[] bytes;
    private readonly int[] ends; // ends[i] is where name i stops in bytes; name i starts at ends[i - 1], or 0
    private int next; // the record after the last one found: where a lookup in mailbox order hits
    private int[]? index; // open addressing over record number + 1, built at the first lookup out of order

    public CacheNames(byte[] bytes, int[] ends)
    {
        this.bytes = bytes;
        this.ends = ends;
    }

    public static CacheNames Empty { get; } = new([], []);

    public int Count => ends.Length;

    /// <summary>The record whose name is <paramref name="unique"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> unique)
    {
        int maxBytes = Encoding.UTF8.GetMaxByteCount(unique.Length);
        Span<byte> name = maxBytes <= 512 ? stackalloc byte[maxBytes] : new byte[maxBytes];
        name = name[..Encoding.UTF8.GetBytes(unique, name)];
        int hint = next;
        if (hint < ends.Length && Name(hint).SequenceEqual(name))
        {
            next = hint + 1;
            return hint;
        }
        int[] table = index ??= BuildIndex();
        int mask = table.Length - 1;
        for (int slot = Hash(name) & mask; table[slot] != 0; slot = (slot + 1) & mask)
        {
            int record = table[slot] - 1;
            if (Name(record).SequenceEqual(name))
            {
                next = record + 1;
                return record;
            }
        }
        return -1;
    }

    private ReadOnlySpan<byte> Name(int record)
    {
        int start = record == 0 ? 0 : ends[record - 1];
        return bytes.AsSpan(start, ends[record] - start);
    }

    private int[] BuildIndex()
    {
        // At most half full, so that a probe for a missing name ends quickly.
        var table = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)ends.Length * 2))];
        int mask = table.Length - 1;
        for (int record = 0; record < ends.Length; record++)
        {
            int slot = Hash(Name(record)) & mask;
            while (table[slot] != 0)
                slot = (slot + 1) & mask;
            table[slot] = record + 1;
        }
        return table;
    }

    private static int Hash(ReadOnlySpan<byte> name)
    {
        var hash = default(HashCode);
        hash.AddBytes(name);
        return hash.ToHashCode();
    }
}
