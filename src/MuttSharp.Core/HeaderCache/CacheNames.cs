using System.Numerics;
using System.Text;
using MuttSharp.Core.Maildir;

namespace MuttSharp.Core.HeaderCache;

/// <summary>
/// The names of a cache's records (each file's name in the folder: <c>cur/</c> or <c>new/</c>, then
/// the file name), kept as the UTF-8 bytes the file holds rather than one string each: a warm open
/// of 100k messages never needs them as strings, only to compare with the names a scan lists.
/// Records are found by the unique part of the name, which a flag change leaves as it is.
/// Records are written in mailbox order and a scan lists in that order,
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

    /// <summary>How many bytes the names take.</summary>
    public int ByteCount => ends.Length == 0 ? 0 : ends[^1];

    /// <summary>
    /// The record of the file named <paramref name="name"/> in the folder (<c>cur/</c> or <c>new/</c>
    /// and the file name, or the file name alone), found by its unique part, or -1;
    /// <paramref name="sameName"/> says whether the record names it exactly so (no flag or directory changed).
    /// </summary>
    public int Find(ReadOnlySpan<char> name, out bool sameName)
    {
        int maxBytes = Encoding.UTF8.GetMaxByteCount(name.Length);
        Span<byte> encoded = maxBytes <= 512 ? stackalloc byte[maxBytes] : new byte[maxBytes];
        return Find(encoded[..Encoding.UTF8.GetBytes(name, encoded)], out sameName);
    }

    /// <summary>The record of the file named <paramref name="name"/> (UTF-8) in the folder; see the other overload.</summary>
    public int Find(ReadOnlySpan<byte> name, out bool sameName)
    {
        int record = FindUnique(UniqueOf(name));
        sameName = record >= 0 && Name(record).SequenceEqual(name);
        return record;
    }

    /// <summary>
    /// The names as a listing of the folder would give them, if each is in <c>cur/</c> or <c>new/</c>;
    /// a name elsewhere counts as no file, so that the set matches no listing.
    /// </summary>
    public MaildirNameSet AsListed()
    {
        var set = new MaildirNameSet();
        for (int record = 0; record < ends.Length; record++)
        {
            var name = Name(record);
            bool inNew = name.StartsWith("new/"u8);
            if (!inNew && !name.StartsWith("cur/"u8))
                return new MaildirNameSet(-1, 0);
            set = set.Add(inNew, name[4..]);
        }
        return set;
    }

    private int FindUnique(ReadOnlySpan<byte> unique)
    {
        int hint = next;
        if (hint < ends.Length && Unique(hint).SequenceEqual(unique))
        {
            next = hint + 1;
            return hint;
        }
        int[] table = index ??= BuildIndex();
        int mask = table.Length - 1;
        for (int slot = Hash(unique) & mask; table[slot] != 0; slot = (slot + 1) & mask)
        {
            int record = table[slot] - 1;
            if (Unique(record).SequenceEqual(unique))
            {
                next = record + 1;
                return record;
            }
        }
        return -1;
    }

    /// <summary>The file's name in the folder, as stored.</summary>
    public ReadOnlySpan<byte> Name(int record)
    {
        int start = record == 0 ? 0 : ends[record - 1];
        return bytes.AsSpan(start, ends[record] - start);
    }

    private ReadOnlySpan<byte> Unique(int record) => UniqueOf(Name(record));

    /// <summary>The unique part of a name: after the directory, before the info.</summary>
    private static ReadOnlySpan<byte> UniqueOf(ReadOnlySpan<byte> name)
    {
        name = name[(name.IndexOf((byte)'/') + 1)..];
        int info = name.IndexOf((byte)Maildir.MaildirNames.InfoSeparator);
        return info < 0 ? name : name[..info];
    }

    private int[] BuildIndex()
    {
        // At most half full, so that a probe for a missing name ends quickly.
        var table = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)ends.Length * 2))];
        int mask = table.Length - 1;
        for (int record = 0; record < ends.Length; record++)
        {
            int slot = Hash(Unique(record)) & mask;
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
