using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.HeaderCache;

/// <summary>
/// Serialises summaries into the cache layout of <see cref="CacheFormat"/>. A record is: the file's
/// name in the folder (a string in place, not a reference: each is used once), size, mtime ticks (i64),
/// From/To/Cc/Sender/Reply-To/Mail-Followup-To as address lists, subject, date ticks (i64) and
/// offset minutes (i16), Message-ID, In-Reply-To, References, List-Id, List-Post, X-Label,
/// Organization, Content-Type, attachment flag (byte), Lines, header length. The records are
/// written into <paramref name="scratch"/> as they are added, and copied after the tables.
/// </summary>
/// <param name="scratch">A readable, writable, seekable stream for the records meanwhile.</param>
internal sealed class CacheWriter(Stream scratch)
{
    // Strings keyed by reference: the summaries of one open share one string per distinct text (the cache reader
    // and the string pool see to it), so no text is hashed; an equal text held in another string only takes one more
    // entry. Addresses by value, so that a sender read back is one shared list however the summaries held it.
    private readonly Dictionary<string, int> strings = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> stringList = [];
    private readonly Dictionary<MailAddress, int> addresses = [];
    private readonly List<MailAddress> addressList = [];
    private readonly SpillBuffer records = new(scratch);
    private int count;

    /// <summary>Adds the record of the message file at <paramref name="path"/>, keyed by its name in the folder.</summary>
    public void Add(string path, long size, DateTimeOffset modified, MessageSummary s)
    {
        String(records, Maildir.MaildirNames.NameInFolder(path));
        VarInt(records, (ulong)size);
        Int64(records, modified.UtcTicks);
        Addresses(s.From);
        Addresses(s.To);
        Addresses(s.Cc);
        Addresses(s.Sender);
        Addresses(s.ReplyTo);
        Addresses(s.MailFollowupTo);
        Ref(records, s.Subject);
        Int64(records, s.Date.Ticks);
        Int16(records, (short)s.Date.Offset.TotalMinutes);
        Ref(records, s.MessageId);
        Ref(records, s.InReplyTo);
        VarInt(records, (ulong)s.References.Count);
        for (int i = 0; i < s.References.Count; i++)
            Ref(records, s.References[i]);
        Ref(records, s.ListId);
        Ref(records, s.ListPost);
        Ref(records, s.XLabel);
        Ref(records, s.Organization);
        Ref(records, s.ContentType);
        records.Write([s.HasAttachments ? (byte)1 : (byte)0]);
        VarInt(records, (ulong)s.Lines);
        VarInt(records, (ulong)s.HeaderLength);
        count++;
    }

    // Indexed rather than enumerated: a foreach over the interface boxes an enumerator, six a message.
    private void Addresses(IReadOnlyList<MailAddress> list)
    {
        VarInt(records, (ulong)list.Count);
        for (int i = 0; i < list.Count; i++)
            VarInt(records, (ulong)AddressIndex(list[i]));
    }

    /// <summary>
    /// Writes the file to <paramref name="stream"/> through a small buffer: the cache of a large
    /// folder is never built whole in memory beside the records it is made of.
    /// </summary>
    public void WriteTo(Stream stream, string folder)
    {
        const int FlushAt = 64 * 1024;
        var output = new ArrayBufferWriter<byte>(2 * FlushAt);
        void Flush(bool always = false)
        {
            if (always || output.WrittenCount >= FlushAt)
            {
                stream.Write(output.WrittenSpan);
                output.ResetWrittenCount();
            }
        }

        output.Write(CacheFormat.Magic);
        Span<byte> version = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(version, CacheFormat.Version);
        output.Write(version);
        String(output, folder);
        // The address table refers to strings, so every string is known only once it is built.
        var addressTable = new ArrayBufferWriter<byte>(addressList.Count * 4 + 16);
        VarInt(addressTable, (ulong)addressList.Count);
        foreach (var a in addressList)
        {
            Ref(addressTable, a.Name);
            Ref(addressTable, a.Address);
        }
        VarInt(output, (ulong)stringList.Count);
        foreach (string s in stringList)
        {
            String(output, s);
            Flush();
        }
        Flush(always: true);
        stream.Write(addressTable.WrittenSpan);
        VarInt(output, (ulong)count);
        Flush(always: true);
        records.WriteTo(stream);
        output.Write(CacheFormat.EndMagic);
        Span<byte> end = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(end, (uint)count);
        output.Write(end);
        Flush(always: true);
    }

    private int AddressIndex(MailAddress a)
    {
        if (!addresses.TryGetValue(a, out int index))
        {
            index = addressList.Count;
            addresses.Add(a, index);
            addressList.Add(a);
            StringIndex(a.Name);
            StringIndex(a.Address);
        }
        return index;
    }

    private int StringIndex(string s)
    {
        if (!strings.TryGetValue(s, out int index))
        {
            index = stringList.Count;
            strings.Add(s, index);
            stringList.Add(s);
        }
        return index;
    }

    private void Ref(IBufferWriter<byte> output, string? s) => VarInt(output, s is null ? 0 : (ulong)StringIndex(s) + 1);

    private static void String(IBufferWriter<byte> output, ReadOnlySpan<char> s)
    {
        int length = Encoding.UTF8.GetByteCount(s);
        VarInt(output, (ulong)length);
        Encoding.UTF8.GetBytes(s, output.GetSpan(length));
        output.Advance(length);
    }

    private static void VarInt(IBufferWriter<byte> output, ulong value)
    {
        var span = output.GetSpan(10);
        int n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[n++] = (byte)value;
        output.Advance(n);
    }

    private static void Int64(IBufferWriter<byte> output, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(output.GetSpan(8), value);
        output.Advance(8);
    }

    private static void Int16(IBufferWriter<byte> output, short value)
    {
        BinaryPrimitives.WriteInt16LittleEndian(output.GetSpan(2), value);
        output.Advance(2);
    }
}
