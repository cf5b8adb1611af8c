using System.Buffers;
using MuttSharp.Mta.Smtp;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// Where the engine's SMTP sessions put what they accept. A message up to
/// <see cref="BufferLimit"/> bytes is held in pooled memory until the end of DATA; a larger one is
/// streamed into its queue file as it arrives.
/// <para>
/// The one rule: a transaction that is the only one in progress when its queue id is made gets a
/// blank queue file (<see cref="QueueStore.KeepBlankFiles"/>); at the end of DATA the message is
/// written into it with one flush, answered, and delivered from memory while the client goes on, as
/// Postfix does. Every other message is delivered straight into its Maildirs before the reply when
/// every recipient is local (tmp/, fsync, rename into new/, directory sync), and queued before the
/// reply otherwise or when a delivery fails. Why: a lone session would wait for the Maildir file's
/// flush and then the directory's, one after the other; with several sessions those flushes are
/// shared (group commit, concurrent flushes) and the direct delivery costs one flush per message
/// fewer in all, which is what the disk then runs out of first (measured in the benchmark results).
/// </para>
/// A crash at any instant leaves the message delivered, queued, or not acknowledged.
/// </summary>
public sealed class DirectDeliverySink : IMessageSink
{
    private readonly QueueStore store;
    private readonly QueueManager manager;
    private int transactions;

    /// <summary>A sink over <paramref name="store"/>, delivering through <paramref name="manager"/>.</summary>
    public DirectDeliverySink(QueueStore store, QueueManager manager)
    {
        this.store = store;
        this.manager = manager;
    }

    /// <summary>
    /// How many bytes of one message are held in memory before it is streamed into a queue file
    /// instead (and delivered after 250). Bounds the memory a session can hold, not what it may send.
    /// </summary>
    public int BufferLimit { get; init; } = 1 << 20;

    /// <inheritdoc/>
    public string NewQueueId() => Interlocked.Increment(ref transactions) == 1 ? store.TakeQueueId() : store.NewQueueId();

    /// <inheritdoc/>
    public void Discard(string queueId)
    {
        Interlocked.Decrement(ref transactions);
        store.Discard(queueId);
    }

    /// <inheritdoc/>
    public ValueTask<IQueueWriter> CreateAsync(string queueId, Envelope envelope, CancellationToken cancellationToken)
    {
        if (!QueueStore.IsQueueId(queueId))
            throw new ArgumentException($"not a queue id: {queueId}", nameof(queueId));
        return ValueTask.FromResult<IQueueWriter>(new Writer(this, queueId, envelope));
    }

    private sealed class Writer(DirectDeliverySink sink, string queueId, Envelope envelope) : IQueueWriter
    {
        private readonly SpillStream content = new(sink.BufferLimit, () => sink.store.Create(queueId, envelope, QueueArea.Active));

        public string QueueId => queueId;

        public Stream Content => content;

        public async ValueTask CommitAsync(CancellationToken cancellationToken)
        {
            if (content.Spilled is { } spilled)
            {
                await spilled.CommitAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            if (sink.store.HasBlankFile(queueId))
            {
                QueueThenDeliver();
                return;
            }
            var message = new QueuedMessage(queueId, "", envelope, content.Buffered);
            if (await sink.manager.TryDeliverBeforeQueueingAsync(message, cancellationToken).ConfigureAwait(false))
                return;
            // The queue file keeps each recipient's state: those delivered above are written as done.
            await using var writer = sink.store.Create(queueId, envelope, QueueArea.Active);
            await writer.Content.WriteAsync(content.Buffered, cancellationToken).ConfigureAwait(false);
            await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        public ValueTask DisposeAsync() => content.DisposeAsync();

        /// <summary>
        /// Commits into the blank file, handing the content in memory to the delivery that follows the
        /// commit (on a sync thread). The commit itself blocks the session's own thread for its one
        /// flush: the transaction is alone, so no other waits behind it, and the hand-over to a sync
        /// thread and back cost a lone session more than the flush (19% more messages per second
        /// without it, in runs alternating the two).
        /// </summary>
        private void QueueThenDeliver()
        {
            var held = new QueuedMessage(queueId, sink.store.PathOf(queueId, QueueArea.Active), envelope, content.Buffered);
            sink.manager.Hold(held, content.DetachBuffer());
            try
            {
                sink.store.CommitIntoBlank(queueId, envelope, held.Content.Span);
            }
            catch
            {
                sink.manager.Release(queueId);
                throw;
            }
        }
    }

    /// <summary>
    /// A write-only stream into a pooled buffer that, once the message outgrows it, moves what it
    /// holds into a queue file and writes through to that file from then on.
    /// </summary>
    private sealed class SpillStream(int limit, Func<IQueueWriter> spill) : Stream
    {
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(16384);
        private int length;

        public IQueueWriter? Spilled { get; private set; }

        public ReadOnlyMemory<byte> Buffered => buffer.AsMemory(0, length);

        /// <summary>Gives up the pooled buffer (to whoever returns it to the shared pool); the stream holds nothing after.</summary>
        public byte[] DetachBuffer()
        {
            byte[] detached = buffer;
            buffer = [];
            length = 0;
            return detached;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Spilled?.Content.Length ?? length;

        public override long Position
        {
            get => Length;
            set => throw new NotSupportedException();
        }

        public override void Write(ReadOnlySpan<byte> data)
        {
            if (Spilled is null && length + data.Length > limit)
                Spill();
            if (Spilled is not null)
            {
                Spilled.Content.Write(data);
                return;
            }
            if (length + data.Length > buffer.Length)
            {
                byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + data.Length));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            data.CopyTo(buffer.AsSpan(length));
            length += data.Length;
        }

        public override void Write(byte[] data, int offset, int count) => Write(data.AsSpan(offset, count));

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
        {
            if (Spilled is null && length + data.Length <= limit)
            {
                Write(data.Span);
                return ValueTask.CompletedTask;
            }
            if (Spilled is null)
                Spill();
            return Spilled!.Content.WriteAsync(data, cancellationToken);
        }

        public override Task WriteAsync(byte[] data, int offset, int count, CancellationToken cancellationToken)
            => WriteAsync(data.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => Spilled?.Content.Flush();

        public override int Read(byte[] data, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            ReleaseBuffer();
            if (Spilled is not null)
                await Spilled.DisposeAsync().ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }

        protected override void Dispose(bool disposing)
        {
            ReleaseBuffer();
            base.Dispose(disposing);
        }

        private void Spill()
        {
            Spilled = spill();
            Spilled.Content.Write(buffer.AsSpan(0, length));
            ReleaseBuffer();
        }

        private void ReleaseBuffer()
        {
            if (buffer.Length > 0)
                ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
            length = 0;
        }
    }
}
