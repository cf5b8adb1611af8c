using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Threading;

/// <summary>
/// A folder's threads kept beside its header cache (<c>CACHEFILE.threads</c>, <see cref="Mailbox.ThreadCacheFile"/>):
/// the same messages in the same order thread the same way, so an open reads the links back instead of
/// threading 100k messages again. The messages are told by a digest of each one's unique file name,
/// size and modification time, in mailbox order, which is what the header cache trusts a summary by;
/// flags and moves from <c>new/</c> to <c>cur/</c> change none of it, so reading mail does not make the
/// kept threads stale. The file also names the threading settings it was made under; with other
/// messages or settings, or damaged, it is ignored and the threads are built and kept anew.
/// <para>
/// Layout, little-endian: <c>MSTH</c>, version (u16), 2 spare bytes, the digest (SHA-256, 32 bytes),
/// the settings (i32 length, UTF-8), the message and node counts (i32 each), then per node its parent,
/// first child and next sibling (i32 arrays) and flags (bytes), and <c>HTSM</c>.
/// </para>
/// </summary>
internal static class ThreadCache
{
    private const ushort Version = 1;
    private const int MaxSettingsLength = 64 * 1024;
    private static ReadOnlySpan<byte> Magic => "MSTH"u8;
    private static ReadOnlySpan<byte> EndMagic => "HTSM"u8;

    /// <summary>The threads of <paramref name="mailbox"/>: read from its thread cache when that holds them, else built (and kept, in the background).</summary>
    public static ThreadTree Threads(Mailbox mailbox, ThreadOptions options)
    {
        // The arrays are stored as the machine holds them; every platform .NET runs this on is little-endian.
        if (mailbox.ThreadCacheFile is not { } file || !BitConverter.IsLittleEndian)
            return ThreadTree.Build(mailbox.Messages, options);
        byte[] digest = Digest(mailbox.Messages);
        if (TryLoad(file, digest, mailbox.Messages, options) is { } kept)
            return kept;
        var tree = ThreadTree.Build(mailbox.Messages, options);
        _ = Task.Run(() => Save(file, digest, options, tree));
        return tree;
    }

    /// <summary>The thread cache file that goes with a header cache file.</summary>
    public static string FileFor(string headerCacheFile) => headerCacheFile + ".threads";

    /// <summary>
    /// What tells these messages apart from any others, in this order: SHA-256 over each one's unique file name
    /// (without directory and flags), size and modification time (for a Maildir, the received time).
    /// </summary>
    public static byte[] Digest(IReadOnlyList<Message> messages)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> count = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(count, messages.Count);
        hash.AppendData(count);
        // Gathered in a buffer and hashed in large pieces: 100k small appends would cost more than the hashing.
        var buffer = new byte[64 * 1024];
        int used = 0;
        foreach (var message in messages)
        {
            var unique = MaildirNames.UniquePart(Path.GetFileName(message.Path.AsSpan()));
            int need = 4 + unique.Length * 2 + 16;
            if (buffer.Length - used < need)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
                if (buffer.Length < need)
                    buffer = new byte[need];
            }
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(used), unique.Length);
            MemoryMarshal.AsBytes(unique).CopyTo(buffer.AsSpan(used + 4));
            used += 4 + unique.Length * 2;
            BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(used), message.Summary.Size);
            BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(used + 8), message.Summary.Received.UtcTicks);
            used += 16;
        }
        hash.AppendData(buffer, 0, used);
        return hash.GetHashAndReset();
    }

    /// <summary>The threads kept in <paramref name="file"/> for exactly these messages and settings; null otherwise. Never throws.</summary>
    public static ThreadTree? TryLoad(string file, byte[] digest, IReadOnlyList<Message> messages, ThreadOptions options)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            return Read(stream, digest, messages, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="tree"/> in <paramref name="file"/> (a temporary file renamed into place); best effort, never throws.</summary>
    public static void Save(string file, byte[] digest, ThreadOptions options, ThreadTree tree)
    {
        string temp = $"{file}.{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024))
                Write(stream, digest, options, tree);
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // A stray temporary file is harmless and replaced next time.
            }
        }
    }

    private static void Write(Stream stream, byte[] digest, ThreadOptions options, ThreadTree tree)
    {
        byte[] settings = Encoding.UTF8.GetBytes(SettingsKey(options));
        int nodes = tree.NodeCount;
        Span<byte> header = stackalloc byte[8 + 32 + 4];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
        header[6] = header[7] = 0;
        digest.CopyTo(header[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[40..], settings.Length);
        stream.Write(header);
        stream.Write(settings);
        Span<byte> counts = stackalloc byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(counts, tree.MessageCount);
        BinaryPrimitives.WriteInt32LittleEndian(counts[4..], nodes);
        stream.Write(counts);
        var (parent, firstChild, nextSibling, flags) = tree.Links;
        stream.Write(MemoryMarshal.AsBytes(parent.AsSpan(0, nodes)));
        stream.Write(MemoryMarshal.AsBytes(firstChild.AsSpan(0, nodes)));
        stream.Write(MemoryMarshal.AsBytes(nextSibling.AsSpan(0, nodes)));
        stream.Write(MemoryMarshal.AsBytes(flags.AsSpan(0, nodes)));
        stream.Write(EndMagic);
    }

    private static ThreadTree? Read(Stream stream, byte[] digest, IReadOnlyList<Message> messages, ThreadOptions options)
    {
        long length = stream.Length;
        Span<byte> header = stackalloc byte[8 + 32 + 4];
        if (length < header.Length || stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
            return null;
        int settingsLength = BinaryPrimitives.ReadInt32LittleEndian(header[40..]);
        if (!header[..4].SequenceEqual(Magic) || BinaryPrimitives.ReadUInt16LittleEndian(header[4..]) != Version
            || !header[8..40].SequenceEqual(digest) || settingsLength is < 0 or > MaxSettingsLength)
            return null;
        var settings = new byte[settingsLength];
        Span<byte> counts = stackalloc byte[8];
        if (stream.ReadAtLeast(settings, settingsLength, throwOnEndOfStream: false) < settingsLength
            || !settings.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(SettingsKey(options)))
            || stream.ReadAtLeast(counts, 8, throwOnEndOfStream: false) < 8)
            return null;
        int messageCount = BinaryPrimitives.ReadInt32LittleEndian(counts);
        int nodes = BinaryPrimitives.ReadInt32LittleEndian(counts[4..]);
        // The file must be exactly as long as its counts say: a torn or padded file is not read any further.
        long rest = length - header.Length - settingsLength - counts.Length;
        if (messageCount != messages.Count || nodes < messageCount || rest != 13L * nodes + EndMagic.Length)
            return null;
        var parent = new int[nodes];
        var firstChild = new int[nodes];
        var nextSibling = new int[nodes];
        var flags = new ThreadNodeFlags[nodes];
        Span<byte> end = stackalloc byte[4];
        if (!Fill(stream, MemoryMarshal.AsBytes(parent.AsSpan())) || !Fill(stream, MemoryMarshal.AsBytes(firstChild.AsSpan()))
            || !Fill(stream, MemoryMarshal.AsBytes(nextSibling.AsSpan())) || !Fill(stream, MemoryMarshal.AsBytes(flags.AsSpan()))
            || !Fill(stream, end) || !end.SequenceEqual(EndMagic) || !IsForest(messageCount, parent, firstChild, nextSibling, flags))
            return null;
        return ThreadTree.FromLinks(messages, options, nodes, parent, firstChild, nextSibling, flags);
    }

    private static bool Fill(Stream stream, Span<byte> into) => stream.ReadAtLeast(into, into.Length, throwOnEndOfStream: false) == into.Length;

    /// <summary>
    /// True when the links describe a forest that walking it cannot loop in: every child list names
    /// nodes whose parent is that list's owner, each node is in at most one list, every node with a
    /// parent is in its parent's list, every node is reached from a root, and every missing message (a
    /// node past the messages) has a child, as the builder makes them.
    /// </summary>
    private static bool IsForest(int messageCount, int[] parent, int[] firstChild, int[] nextSibling, ThreadNodeFlags[] flags)
    {
        int n = parent.Length;
        const ThreadNodeFlags known = ThreadNodeFlags.Pseudo | ThreadNodeFlags.Duplicate | ThreadNodeFlags.SubjectChanged;
        var listed = new bool[n];
        for (int node = 0; node < n; node++)
        {
            if ((uint)(parent[node] + 1) > (uint)n || parent[node] == node || (flags[node] & ~known) != 0
                || node >= messageCount && firstChild[node] == -1)
                return false;
            for (int child = firstChild[node]; child != -1; child = nextSibling[child])
            {
                if ((uint)child >= (uint)n || listed[child] || parent[child] != node)
                    return false;
                listed[child] = true;
            }
        }
        var stack = new Stack<int>();
        int reached = 0;
        for (int node = 0; node < n; node++)
        {
            if (parent[node] >= 0 && !listed[node])
                return false;
            if (parent[node] >= 0)
                continue;
            stack.Push(node);
            while (stack.Count > 0)
            {
                int at = stack.Pop();
                reached++;
                for (int child = firstChild[at]; child != -1; child = nextSibling[child])
                    stack.Push(child);
            }
        }
        return reached == n;
    }

    /// <summary>The settings that shape the forest (the rest only change how it is shown).</summary>
    private static string SettingsKey(ThreadOptions options) =>
        $"strict_threads={options.StrictThreads} sort_re={options.SortRe} duplicate_threads={options.DuplicateThreads} "
        + $"thread_received={options.ThreadReceived} reply_regexp={options.ReplyRegexp}";
}
