using System.Buffers.Binary;
using System.Text;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.HeaderCache;

/// <summary>
/// Reads the layout of <see cref="CacheFormat"/> from a stream through one small window, so that a
/// cache of 100k summaries is never held whole in memory beside the summaries built from it. Never
/// throws on a damaged file: every read is bounds-checked against the stream's length, counts are
/// checked against the bytes left, and the first inconsistency sets <see cref="Failed"/>.
/// </summary>
internal sealed class CacheReader
{
    private const int WindowSize = 64 * 1024;

    private readonly Stream stream;
    private readonly long length;
    private byte[] data = new byte[WindowSize];
    private long windowStart; // stream offset of data[0]
    private int position;
    private int filled;
    private string[] strings = [];
    private MailAddress[] addresses = [];
    private MailAddress[]?[] alone = []; // the one-address list of each address, shared by every record that has it

    /// <param name="stream">The cache file, read from its start to <paramref name="length"/>.</param>
    /// <param name="length">The file's length.</param>
    public CacheReader(Stream stream, long length)
    {
        this.stream = stream;
        this.length = length;
    }

    /// <summary>Set at the first read past the end or reference out of range.</summary>
    public bool Failed { get; private set; }

    private long Left => length - windowStart - position;

    /// <summary>
    /// Reads the whole file; the status says whether <paramref name="entries"/> and their
    /// <paramref name="names"/> (record <c>i</c> is the file named <c>names</c>' <c>i</c>th) can be used.
    /// </summary>
    public HeaderCacheStatus TryRead(string folder, out CacheEntry[] entries, out CacheNames names)
    {
        entries = [];
        names = CacheNames.Empty;
        if (!Ensure(8) || !data.AsSpan(0, 4).SequenceEqual(CacheFormat.Magic))
            return HeaderCacheStatus.Foreign;
        if (BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(4)) != CacheFormat.Version)
            return HeaderCacheStatus.OldVersion;
        position = 8;
        if (String() != folder)
            return Failed ? HeaderCacheStatus.Damaged : HeaderCacheStatus.Foreign;

        strings = new string[Count(1)];
        for (int i = 0; i < strings.Length && !Failed; i++)
            strings[i] = String();
        addresses = new MailAddress[Count(2)];
        for (int i = 0; i < addresses.Length && !Failed; i++)
            addresses[i] = new MailAddress(Ref() ?? "", Ref() ?? "");
        alone = new MailAddress[]?[addresses.Length];
        int records = Count(20);
        entries = new CacheEntry[records];
        var ends = new int[records];
        // Sized for typical Maildir names (about 45 bytes) so that it rarely grows.
        var nameBytes = new byte[Math.Max(256, (int)Math.Min(records * 64L, Left))];
        int nameEnd = 0;
        for (int i = 0; i < records && !Failed; i++)
        {
            nameEnd = Name(ref nameBytes, nameEnd);
            ends[i] = nameEnd;
            entries[i] = Record();
        }
        bool complete = !Failed
            && Left == 8
            && Ensure(8)
            && data.AsSpan(position, 4).SequenceEqual(CacheFormat.EndMagic)
            && BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(position + 4)) == (uint)records;
        if (!complete)
        {
            entries = [];
            return HeaderCacheStatus.Damaged;
        }
        names = new CacheNames(nameBytes, ends);
        return HeaderCacheStatus.Loaded;
    }

    /// <summary>A record's unique name, copied as the UTF-8 bytes it is stored as; an empty one is damage.</summary>
    private int Name(ref byte[] into, int at)
    {
        int count = Count(1);
        if (count == 0 || Failed || !Ensure(count))
        {
            Failed = true;
            return at;
        }
        if (into.Length - at < count)
            Array.Resize(ref into, Math.Max(into.Length * 2, at + count));
        data.AsSpan(position, count).CopyTo(into.AsSpan(at));
        position += count;
        return at + count;
    }

    private CacheEntry Record()
    {
        long size = (long)VarInt();
        long mtime = Int64();
        var from = Addresses();
        var to = Addresses();
        var cc = Addresses();
        var sender = Addresses();
        var replyTo = Addresses();
        var followup = Addresses();
        string subject = Ref() ?? "";
        long dateTicks = Int64();
        short offsetMinutes = Int16();
        string? messageId = Ref();
        string? inReplyTo = Ref();
        int refCount = Count(1);
        IReadOnlyList<string> references = MessageSummary.NoReferences;
        if (refCount > 0)
        {
            var ids = new string[refCount];
            for (int i = 0; i < refCount; i++)
                ids[i] = Ref() ?? "";
            references = ids;
        }
        string? listId = Ref(), listPost = Ref(), xLabel = Ref(), organization = Ref();
        string contentType = Ref() ?? "text/plain";
        bool attachments = Byte() != 0;
        int lines = (int)Math.Min(VarInt(), int.MaxValue);
        int headerLength = (int)Math.Min(VarInt(), int.MaxValue);
        if (Failed || mtime < DateTimeOffset.MinValue.UtcTicks || mtime > DateTimeOffset.MaxValue.UtcTicks)
        {
            Failed = true;
            return default;
        }
        var received = new DateTimeOffset(mtime, TimeSpan.Zero);
        var summary = new MessageSummary
        {
            From = from,
            To = to,
            Cc = cc,
            Sender = sender,
            ReplyTo = replyTo,
            MailFollowupTo = followup,
            Subject = subject,
            Date = Date(dateTicks, offsetMinutes),
            Received = received,
            MessageId = messageId,
            InReplyTo = inReplyTo,
            References = references,
            ListId = listId,
            ListPost = listPost,
            XLabel = xLabel,
            Organization = organization,
            ContentType = contentType,
            HasAttachments = attachments,
            Lines = lines,
            Size = size,
            HeaderLength = headerLength,
        };
        return new CacheEntry(size, mtime, summary);
    }

    private DateTimeOffset Date(long ticks, short offsetMinutes)
    {
        if (ticks == DateTimeOffset.MinValue.Ticks && offsetMinutes == 0)
            return DateTimeOffset.MinValue;
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        // The offset must be in range and the UTC instant representable, or the file is damaged.
        if (offset.Duration() > TimeSpan.FromHours(14) || ticks - offset.Ticks < DateTime.MinValue.Ticks
            || ticks - offset.Ticks > DateTime.MaxValue.Ticks || ticks < 0 || ticks > DateTime.MaxValue.Ticks)
        {
            Failed = true;
            return DateTimeOffset.MinValue;
        }
        return new DateTimeOffset(ticks, offset);
    }

    /// <summary>
    /// An address list. Most are one address (a sender, a list), and the lists are never changed,
    /// so each address's one-address list is made once and shared: 100k From lists of a few thousand senders.
    /// </summary>
    private IReadOnlyList<MailAddress> Addresses()
    {
        int count = Count(1);
        if (count == 0)
            return MessageSummary.NoAddresses;
        var list = count == 1 ? null : new MailAddress[count];
        for (int i = 0; i < count; i++)
        {
            ulong index = VarInt();
            if (index >= (ulong)addresses.Length)
            {
                Failed = true;
                return MessageSummary.NoAddresses;
            }
            if (list is null)
                return alone[index] ??= [addresses[index]];
            list[i] = addresses[index];
        }
        return list!;
    }

    private string? Ref()
    {
        ulong index = VarInt();
        if (index == 0)
            return null;
        if (index > (ulong)strings.Length)
        {
            Failed = true;
            return null;
        }
        return strings[index - 1];
    }

    /// <summary>A count of items each at least <paramref name="minBytes"/> long; more than the bytes left is damage.</summary>
    private int Count(int minBytes)
    {
        ulong n = VarInt();
        if (n > (ulong)(Left / minBytes))
        {
            Failed = true;
            return 0;
        }
        return (int)n;
    }

    private string String()
    {
        int count = Count(1);
        if (Failed || !Ensure(count))
            return "";
        string s = Encoding.UTF8.GetString(data, position, count);
        position += count;
        return s;
    }

    private ulong VarInt()
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            if (position >= filled && !Ensure(1))
                return 0;
            byte b = data[position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
                return value;
        }
        Failed = true;
        return 0;
    }

    private long Int64()
    {
        if (!Ensure(8))
            return 0;
        long value = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(position));
        position += 8;
        return value;
    }

    private short Int16()
    {
        if (!Ensure(2))
            return 0;
        short value = BinaryPrimitives.ReadInt16LittleEndian(data.AsSpan(position));
        position += 2;
        return value;
    }

    private byte Byte()
    {
        if (position >= filled && !Ensure(1))
            return 0;
        return data[position++];
    }

    /// <summary>
    /// Makes the next <paramref name="count"/> bytes available at <see cref="position"/>, sliding the
    /// window and reading on; false (and <see cref="Failed"/>) when the file has fewer bytes left.
    /// </summary>
    private bool Ensure(int count)
    {
        if (filled - position >= count)
            return true;
        if (count > Left)
        {
            Failed = true;
            return false;
        }
        int kept = filled - position;
        if (count > data.Length)
        {
            // A string longer than the window (a hostile or huge header): the window grows to hold it.
            var larger = new byte[Math.Max(count, data.Length * 2)];
            data.AsSpan(position, kept).CopyTo(larger);
            data = larger;
        }
        else
        {
            data.AsSpan(position, kept).CopyTo(data);
        }
        windowStart += position;
        position = 0;
        filled = kept + stream.ReadAtLeast(data.AsSpan(kept, (int)Math.Min(data.Length - kept, Left - kept)), count - kept, throwOnEndOfStream: false);
        if (filled < count)
        {
            Failed = true;
            return false;
        }
        return true;
    }
}
