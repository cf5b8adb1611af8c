using System.Buffers;

namespace MuttSharp.Mta.Smtp;

/// <summary>
/// The bounded input side of an SMTP connection: a fixed buffer over the client's stream that hands
/// out whole command lines (never more than the line limit is held) and raw chunks for DATA and BDAT.
/// A lone CR or LF is never taken for a line end unless the policy is <see cref="BareNewline.Normalize"/>,
/// and then only outside DATA's end marker.
/// </summary>
internal sealed class SmtpInput
{
    /// <summary>The buffer a message's content is read through: one read takes what a fast client has sent.</summary>
    private const int ContentBufferSize = 65536;

    private Stream stream;
    private readonly TimeProvider time;
    private readonly byte[] commandBuffer;
    private byte[] buffer;
    private int start;
    private int end;

    // bufferSize: At least the command line limit plus the CRLF.
    public SmtpInput(Stream stream, TimeProvider time, int bufferSize)
    {
        this.stream = stream;
        this.time = time;
        commandBuffer = buffer = new byte[Math.Max(bufferSize, 1024)];
    }

    /// <summary>Polls the socket before each read that would wait (null: no polling).</summary>
    public BusyRead? BusyRead { get; set; }

    /// <summary>True when a whole line is already buffered: the reply can wait (RFC 2920 pipelining).</summary>
    public bool HasBufferedLine => buffer.AsSpan(start, end - start).IndexOf((byte)'\n') >= 0;

    /// <summary>True when any byte is buffered.</summary>
    public bool HasBufferedBytes => end > start;

    /// <summary>Drops everything buffered: what a client sent after STARTTLS or before the greeting.</summary>
    public void Purge() => start = end = 0;

    /// <summary>Reads from <paramref name="next"/> from now on (the TLS layer after STARTTLS), with nothing buffered.</summary>
    public void Replace(Stream next)
    {
        stream = next;
        Purge();
    }

    /// <summary>
    /// Reads one command line of at most <paramref name="maxLength"/> bytes before its CRLF. The whole
    /// line must arrive within <paramref name="deadline"/> (a trickling client cannot hold it open).
    /// </summary>
    public async ValueTask<LineResult> ReadLineAsync(int maxLength, TimeSpan deadline, BareNewline bareNewline, CancellationToken cancellationToken)
    {
        using var clock = new CancellationTokenSource(deadline, time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, clock.Token);
        bool discarding = false;
        while (true)
        {
            int lf = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (lf >= 0)
            {
                int lineEnd = start + lf;
                int next = lineEnd + 1;
                if (discarding)
                {
                    start = next;
                    return new LineResult(LineStatus.TooLong, []);
                }
                bool bare = lf == 0 || buffer[lineEnd - 1] != '\r';
                int contentEnd = bare ? lineEnd : lineEnd - 1;
                var line = buffer.AsSpan(start, contentEnd - start);
                start = next;
                if (bare && bareNewline == BareNewline.Reject)
                    return new LineResult(LineStatus.BareLf, []);
                if (line.IndexOf((byte)'\r') >= 0 && bareNewline == BareNewline.Reject)
                    return new LineResult(LineStatus.BareCr, []);
                if (line.Length > maxLength)
                    return new LineResult(LineStatus.TooLong, []);
                return new LineResult(LineStatus.Line, line.ToArray());
            }
            if (end - start > maxLength + 1)
            {
                // Over the limit with no end in sight: keep nothing, skip to the next LF.
                discarding = true;
                start = end = 0;
            }
            if (!await FillAsync(timeout.Token, cancellationToken).ConfigureAwait(false))
                return new LineResult(timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested ? LineStatus.TimedOut : LineStatus.Closed, []);
        }
    }

    /// <summary>
    /// Returns buffered bytes (reading more first if none are buffered); the caller consumes with
    /// <see cref="Consume"/>. Empty means the client closed or <paramref name="timeout"/> passed.
    /// </summary>
    public async ValueTask<ReadOnlyMemory<byte>> ReadChunkAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (end == start)
        {
            // Content comes in bulk: from the first read of one on, a larger pooled buffer (an idle or
            // command-only connection keeps only the small one).
            if (ReferenceEquals(buffer, commandBuffer))
            {
                buffer = ArrayPool<byte>.Shared.Rent(ContentBufferSize);
                start = end = 0;
            }
            using var clock = new CancellationTokenSource(timeout, time);
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, clock.Token);
            if (!await FillAsync(cts.Token, cancellationToken).ConfigureAwait(false))
                return ReadOnlyMemory<byte>.Empty;
        }
        return buffer.AsMemory(start, end - start);
    }

    /// <summary>Gives back the content buffer, if one was taken; the connection is over.</summary>
    public void Release()
    {
        if (ReferenceEquals(buffer, commandBuffer))
            return;
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = commandBuffer;
        start = end = 0;
    }

    /// <summary>Marks <paramref name="count"/> bytes from <see cref="ReadChunkAsync"/> as used.</summary>
    public void Consume(int count) => start += count;

    private async ValueTask<bool> FillAsync(CancellationToken timeout, CancellationToken outer)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
            return false;
        try
        {
            BusyRead?.Poll();
            int n = await stream.ReadAsync(buffer.AsMemory(end), timeout).ConfigureAwait(false);
            BusyRead?.ReadEnded();
            if (n == 0)
                return false;
            end += n;
            return true;
        }
        catch (OperationCanceledException) when (!outer.IsCancellationRequested)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
