using Microsoft.Win32.SafeHandles;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Summaries;

/// <summary>
/// Reads the <see cref="MessageSummary"/> of a message from its top-level header block only; the
/// body is never read beyond the first block that holds the end of the headers. Never throws on
/// hostile content: junk, NULs, a header line of megabytes or no headers at all still give a
/// summary; only an unreadable file gives an error. Thread-safe; one instance serves a whole scan.
/// </summary>
public sealed class SummaryReader
{
    // One page: headers are typically 0.5-4 KB; a longer block costs one more read, while a larger
    // first read copies body bytes that are never looked at, 100k times on a cold open.
    private const int FirstRead = 4 * 1024;

    [ThreadStatic]
    private static byte[]? threadBuffer;

    [ThreadStatic]
    private static SummaryBuilder? threadBuilder;

    private readonly SummaryOptions options;
    private readonly StringPool pool;

    /// <summary>A reader with its own string pool: equal strings of the summaries it reads are shared.</summary>
    public SummaryReader(SummaryOptions? options = null)
        : this(options ?? SummaryOptions.Default, new StringPool())
    {
    }

    internal SummaryReader(SummaryOptions options, StringPool pool)
    {
        this.options = options;
        this.pool = pool;
    }

    /// <summary>The limits and leniency this reader applies.</summary>
    public SummaryOptions Options => options;

    internal StringPool Pool => pool;

    /// <summary>
    /// Reads the summary of the message file at <paramref name="path"/>; its size and modification
    /// time come from the file. On failure <paramref name="error"/> says why and the result is false.
    /// </summary>
    public bool TryReadFile(string path, out MessageSummary summary, out string error)
    {
        try
        {
            var received = new DateTimeOffset(File.GetLastWriteTimeUtc(path));
            return TryReadFile(path, received, out summary, out error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            summary = new MessageSummary();
            error = e.Message;
            return false;
        }
    }

    /// <summary>As <see cref="TryReadFile(string, out MessageSummary, out string)"/>, with the received time already known from a directory scan.</summary>
    public bool TryReadFile(string path, DateTimeOffset received, out MessageSummary summary, out string error)
    {
        try
        {
            using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            summary = Read(new Source(handle, -1), RandomAccess.GetLength(handle), received);
            error = "";
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            summary = new MessageSummary();
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// As <see cref="TryReadFile(string, DateTimeOffset, out MessageSummary, out string)"/>, with the
    /// size also known from a directory scan: on Linux the file is then only opened, read and closed.
    /// </summary>
    internal bool TryReadFile(string path, long size, DateTimeOffset received, out MessageSummary summary, out string error)
    {
        if (!LinuxFile.IsSupported)
            return TryReadFile(path, received, out summary, out error);
        int fd = LinuxFile.Open(path, out error);
        if (fd < 0)
        {
            summary = new MessageSummary();
            return false;
        }
        try
        {
            summary = Read(new Source(null, fd), size, received);
            return true;
        }
        catch (IOException e)
        {
            summary = new MessageSummary();
            error = e.Message;
            return false;
        }
        finally
        {
            LinuxFile.Close(fd);
        }
    }

    /// <summary>
    /// Builds a summary from bytes that start with the header block (a whole message, or its first
    /// bytes). <paramref name="size"/> is the message's full size; when the bytes are fewer, a field
    /// running into their end is treated as cut off and dropped.
    /// </summary>
    public MessageSummary Parse(ReadOnlySpan<byte> message, long size, DateTimeOffset received)
    {
        bool truncated = message.Length > options.HeaderSizeLimit || message.Length < size;
        if (message.Length > options.HeaderSizeLimit)
            message = message[..options.HeaderSizeLimit];
        return Build(message, truncated, size, received);
    }

    private MessageSummary Read(Source file, long size, DateTimeOffset received)
    {
        byte[] buffer = threadBuffer ??= new byte[FirstRead];
        int limit = options.HeaderSizeLimit;
        int filled = 0;
        while (true)
        {
            int want = (int)Math.Min(Math.Min(buffer.Length, limit), size);
            while (filled < want)
            {
                int n = file.Read(buffer.AsSpan(filled, want - filled), filled);
                if (n == 0)
                    break;
                filled += n;
            }
            // Stop at end of file, at the limit, or once the block's end is in hand.
            if (filled < want || filled >= size || filled >= limit || HeaderBlock.ContainsEnd(buffer.AsSpan(0, filled)))
                break;
            Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 4, limit));
            threadBuffer = buffer;
        }
        bool truncated = filled >= limit && size > limit;
        return Build(buffer.AsSpan(0, filled), truncated, size, received);
    }

    private MessageSummary Build(ReadOnlySpan<byte> block, bool truncated, long size, DateTimeOffset received)
    {
        var builder = threadBuilder ??= new SummaryBuilder();
        builder.Begin(options.ParserOptions, pool);
        int headerLength = HeaderBlock.Parse(block, truncated, builder.AddField);
        return builder.Build(size, received, headerLength);
    }

    /// <summary>An open message file: a .NET handle, or a Linux file descriptor (<see cref="LinuxFile"/>).</summary>
    private readonly record struct Source(SafeFileHandle? Handle, int Fd)
    {
        public int Read(Span<byte> buffer, long offset)
            => Handle is not null ? RandomAccess.Read(Handle, buffer, offset) : LinuxFile.Read(Fd, buffer, offset);
    }
}
