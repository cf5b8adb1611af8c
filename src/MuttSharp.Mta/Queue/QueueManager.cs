using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Delivery;
using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Outbound;
using MuttSharp.Mta.Routing;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// Postfix's qmgr with local(8) behind it: delivers each committed message at once, keeps what could
/// not be delivered in <c>deferred/</c> with exponential backoff between minimal_backoff_time and
/// maximal_backoff_time, and returns it to the sender (RFC 3464) after maximal_queue_lifetime
/// (bounce_queue_lifetime for a bounce). A recipient is marked done in its queue file after its copy
/// is safely in place; the file is removed when none is left. After a restart every Maildir copy is
/// looked for before it is written, so a crash between the two never delivers twice.
/// </summary>
public sealed class QueueManager
{
    private readonly QueueStore store;
    private readonly MtaSettings settings;
    private readonly IRecipientResolver resolver;
    private readonly LocalDelivery local;
    private readonly IOutboundTransport? outbound;
    private readonly MailLog log;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, Entry> entries = new();
    private readonly Channel<string> due = Channel.CreateUnbounded<string>();
    private readonly SemaphoreSlim wake = new(0);
    private readonly ConcurrentDictionary<string, bool> triedBeforeQueueing = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (QueuedMessage Message, byte[] Buffer)> held = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource answeredStop = new();
    private readonly Lock answeredGate = new();
    private int answeredInFlight;
    private TaskCompletionSource? answeredIdle;

    private sealed class Entry
    {
        public QueueArea Area;
        public DateTimeOffset DueAt;
        public int Attempts;
        public bool Recovered;
        public bool Busy;
        public bool Announced;
    }

    /// <summary>A manager over <paramref name="store"/>; without <paramref name="outbound"/>, remote recipients stay deferred.</summary>
    public QueueManager(QueueStore store, MtaSettings settings, IRecipientResolver resolver, LocalDelivery local, IOutboundTransport? outbound, MailLog log, TimeProvider time)
    {
        this.store = store;
        this.settings = settings;
        this.resolver = resolver;
        this.local = local;
        this.outbound = outbound;
        this.log = log;
        this.time = time;
        store.Committed = id => Schedule(id, QueueArea.Active, recovered: false);
    }

    /// <summary>Messages the manager knows (active and deferred).</summary>
    public int Count => entries.Count;

    /// <summary>
    /// At startup: sets torn files aside, then takes over everything in active/ and deferred/ (due at
    /// the time their file says) and picks up maildrop/.
    /// </summary>
    public void LoadQueue()
    {
        foreach (var (id, reason) in store.Recover())
            log.Write("qmgr", $"warning: {id}: moved to corrupt: {reason}");
        foreach (string id in store.List(QueueArea.Active))
            Schedule(id, QueueArea.Active, recovered: true);
        foreach (string id in store.List(QueueArea.Deferred))
        {
            var dueAt = new DateTimeOffset(File.GetLastWriteTimeUtc(store.PathOf(id, QueueArea.Deferred)), TimeSpan.Zero);
            entries[id] = new Entry { Area = QueueArea.Deferred, DueAt = dueAt, Recovered = true, Announced = true, Attempts = 1 };
        }
        PickUp();
        wake.Release();
    }

    /// <summary>Moves local submissions from maildrop/ into the queue (Postfix's pickup).</summary>
    public int PickUp()
    {
        int n = 0;
        foreach (string id in store.List(QueueArea.Maildrop))
        {
            if (!QueueFile.TryRead(store.PathOf(id, QueueArea.Maildrop), out var message, out _))
                continue; // still being written
            try
            {
                store.Move(id, QueueArea.Maildrop, QueueArea.Active);
            }
            catch (IOException)
            {
                continue; // another pickup took it
            }
            log.Write("pickup", $"{id}: uid={message!.Envelope.ClientAddress} from=<{message.Envelope.Sender}>");
            Schedule(id, QueueArea.Active, recovered: false);
            n++;
        }
        return n;
    }

    /// <summary>Makes every deferred message due now (<c>postqueue -f</c>).</summary>
    public void Flush()
    {
        foreach (var (id, entry) in entries)
        {
            entry.DueAt = time.GetUtcNow();
            due.Writer.TryWrite(id);
        }
        wake.Release();
    }

    /// <summary>
    /// Runs the queue until cancelled: <paramref name="workers"/> deliveries at once, immediate for new
    /// mail, deferred mail when its time comes (checked at least every queue_run_delay).
    /// </summary>
    public async Task RunAsync(int workers, CancellationToken cancellationToken)
    {
        var tasks = Enumerable.Range(0, Math.Max(1, workers)).Select(_ => WorkerAsync(cancellationToken)).ToList();
        tasks.Add(SchedulerAsync(cancellationToken));
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: whatever was not done stays in the queue for the next start.
        }
        // A delivery already under way for an answered message is let finish (a local copy takes milliseconds), so
        // that a clean stop leaves it delivered, logged and out of the queue rather than for recovery to find; one
        // still running after StopGrace (a slow remote server) is cancelled and stays queued for the next start.
        var ended = AnsweredDeliveriesEndedAsync();
        if (await Task.WhenAny(ended, Task.Delay(StopGrace, time, CancellationToken.None)).ConfigureAwait(false) != ended)
        {
            await answeredStop.CancelAsync().ConfigureAwait(false);
            await ended.ConfigureAwait(false);
        }
    }

    /// <summary>How long a stopping engine lets the deliveries of answered messages run on before cancelling them.</summary>
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Delivers everything due at the clock's current time, one after another; returns how many were tried.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        int n = 0;
        PickUp();
        while (due.Reader.TryRead(out _))
        {
            // Drained: the scan below finds everything due, without duplicates.
        }
        var now = time.GetUtcNow();
        foreach (var (id, entry) in entries.ToArray())
        {
            if (entry.DueAt > now || entry.Busy)
                continue;
            await AttemptAsync(id, cancellationToken).ConfigureAwait(false);
            n++;
        }
        return n;
    }

    /// <summary>
    /// Delivers a message that is not yet acknowledged nor queued, when every recipient resolves to
    /// Maildirs only: each copy is written to <c>tmp/</c>, fsynced and renamed into <c>new/</c> whose
    /// directory is synced, so a true result may be answered with 250 and no queue file is needed.
    /// False when the message must be queued instead: nothing was tried (a remote, command or mbox
    /// target, an unknown recipient), or a copy failed; then each recipient whose copies are all in
    /// place is marked <see cref="RecipientStatus.Done"/> in the envelope, and the queued retry looks
    /// for copies already there before writing any, so none is made twice.
    /// </summary>
    public async Task<bool> TryDeliverBeforeQueueingAsync(QueuedMessage message, CancellationToken cancellationToken)
    {
        var plan = new List<(EnvelopeRecipient Recipient, IReadOnlyList<DeliveryTarget> Targets)>();
        foreach (var recipient in message.Pending)
        {
            var resolution = await resolver.ResolveAsync(recipient.Address, cancellationToken).ConfigureAwait(false);
            if (resolution.Failures.Count > 0 || resolution.Targets.Count == 0 || resolution.Targets.Any(t => t.Kind != DeliveryTargetKind.Maildir))
                return false;
            plan.Add((recipient, resolution.Targets));
        }
        var envelope = message.Envelope;
        log.Write("qmgr", $"{message.Id}: from=<{envelope.Sender}>, size={message.Content.Length}, nrcpt={envelope.Recipients.Count} (queue active)");
        var started = time.GetUtcNow();
        bool all = true;
        foreach (var (recipient, targets) in plan)
        {
            DeliveryResult? result = null;
            foreach (var target in targets)
            {
                var copy = await local.DeliverAsync(message, target, mayBeThereAlready: false, queued: false, cancellationToken).ConfigureAwait(false);
                result = result is null ? copy : Worse(result, copy);
            }
            if (result!.Status != DeliveryStatus.Sent)
            {
                // Left pending: the queued attempt tries it again and logs what becomes of it.
                all = false;
                continue;
            }
            recipient.Status = RecipientStatus.Done;
            LogResult(message, recipient, result, started);
        }
        if (all)
        {
            log.Write("qmgr", $"{message.Id}: removed");
            return true;
        }
        triedBeforeQueueing[message.Id] = true;
        return false;
    }

    /// <summary>
    /// Keeps a message that is about to be committed in memory for its first delivery attempt, which then
    /// does not read its queue file back; <paramref name="buffer"/> (holding the content) goes back to the
    /// shared array pool after that attempt. Call before the commit, since the attempt may start at once.
    /// </summary>
    internal void Hold(QueuedMessage message, byte[] buffer) => held[message.Id] = (message, buffer);

    /// <summary>Forgets a message held by <see cref="Hold"/> whose commit failed.</summary>
    internal void Release(string id)
    {
        if (held.TryRemove(id, out var h))
            ArrayPool<byte>.Shared.Return(h.Buffer);
    }

    private void Schedule(string id, QueueArea area, bool recovered)
    {
        // A message whose delivery was tried before it was queued may have some copies in place already.
        bool tried = triedBeforeQueueing.TryRemove(id, out _);
        entries[id] = new Entry { Area = area, DueAt = time.GetUtcNow(), Recovered = recovered || tried, Announced = tried };
        // A message held in memory was just committed and answered: its delivery is file work that nobody waits
        // for, started on a background sync thread, one hand-over instead of two through a worker.
        if (held.ContainsKey(id))
        {
            lock (answeredGate)
                answeredInFlight++;
            SyncThreads.Background.Post(() => AttemptAsync(id, answeredStop.Token).ContinueWith(_ => AnsweredEnded(), TaskContinuationOptions.ExecuteSynchronously));
        }
        else
            due.Writer.TryWrite(id);
    }

    private void AnsweredEnded()
    {
        TaskCompletionSource? idle;
        lock (answeredGate)
        {
            if (--answeredInFlight > 0)
                return;
            (idle, answeredIdle) = (answeredIdle, null);
        }
        idle?.TrySetResult();
    }

    /// <summary>Completes once the deliveries started for messages held in memory (already answered) have ended.</summary>
    private Task AnsweredDeliveriesEndedAsync()
    {
        lock (answeredGate)
        {
            if (answeredInFlight == 0)
                return Task.CompletedTask;
            answeredIdle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return answeredIdle.Task;
        }
    }

    private async Task WorkerAsync(CancellationToken cancellationToken)
    {
        await foreach (string id in due.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            await AttemptAsync(id, cancellationToken).ConfigureAwait(false);
    }

    private async Task SchedulerAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            PickUp();
            var now = time.GetUtcNow();
            var next = now + settings.QueueRunDelay;
            foreach (var (id, entry) in entries)
            {
                if (entry.Busy)
                    continue;
                if (entry.DueAt <= now && entry.Area == QueueArea.Deferred)
                    due.Writer.TryWrite(id);
                else if (entry.DueAt > now && entry.DueAt < next)
                    next = entry.DueAt;
            }
            var wait = next - now;
            if (wait < TimeSpan.FromSeconds(1))
                wait = TimeSpan.FromSeconds(1);
            await wake.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One delivery attempt for one message; never throws for a bad file or a failed delivery.</summary>
    public async Task AttemptAsync(string id, CancellationToken cancellationToken)
    {
        if (!entries.TryGetValue(id, out var entry))
            return;
        lock (entry)
        {
            if (entry.Busy || entry.DueAt > time.GetUtcNow())
                return;
            entry.Busy = true;
        }
        try
        {
            await AttemptCoreAsync(id, entry, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Release(id);
            entry.Busy = false;
        }
    }

    private async Task AttemptCoreAsync(string id, Entry entry, CancellationToken cancellationToken)
    {
        string path = store.PathOf(id, entry.Area);
        QueuedMessage? message = held.TryGetValue(id, out var inMemory) ? inMemory.Message : null;
        if (message is null && !QueueFile.TryRead(path, out message, out string error))
        {
            entries.TryRemove(id, out _);
            if (File.Exists(path))
            {
                File.Move(path, store.PathOf(id, QueueArea.Corrupt), overwrite: true);
                log.Write("qmgr", $"warning: {id}: moved to corrupt: {error}");
            }
            return;
        }
        var envelope = message!.Envelope;
        if (!entry.Announced)
        {
            log.Write("qmgr", $"{id}: from=<{envelope.Sender}>, size={message.Content.Length}, nrcpt={envelope.Recipients.Count} (queue active)");
            entry.Announced = true;
        }
        var started = time.GetUtcNow();
        var results = await DeliverPendingAsync(message, entry.Recovered || entry.Attempts > 0, cancellationToken).ConfigureAwait(false);
        var sent = new List<EnvelopeRecipient>();
        var failed = new List<(EnvelopeRecipient, DeliveryResult)>();
        var deferred = new List<(string, string)>();
        foreach (var (recipient, result) in results)
        {
            LogResult(message, recipient, result, started);
            switch (result.Status)
            {
                case DeliveryStatus.Sent:
                    sent.Add(recipient);
                    break;
                case DeliveryStatus.Bounced:
                    failed.Add((recipient, result));
                    break;
                default:
                    deferred.Add((recipient.Address, result.Text));
                    break;
            }
        }

        var lifetime = envelope.IsBounce ? settings.BounceQueueLifetime : settings.MaximalQueueLifetime;
        var now = time.GetUtcNow();
        if (deferred.Count > 0 && now - envelope.ArrivalTime >= lifetime)
        {
            foreach (var (recipient, result) in results.Where(r => r.Result.Status == DeliveryStatus.Deferred))
            {
                var expired = new DeliveryResult(DeliveryStatus.Bounced, result.Dsn.Length > 0 && result.Dsn[0] == '4' ? "5" + result.Dsn[1..] : result.Dsn, $"{result.Text} (message expired)", result.Relay);
                log.Write("qmgr", $"{id}: from=<{envelope.Sender}>, status=expired, returned to sender");
                failed.Add((recipient, expired));
            }
            deferred.Clear();
        }
        if (failed.Count > 0)
            await ReturnToSenderAsync(message, failed, cancellationToken).ConfigureAwait(false);

        if (deferred.Count == 0)
        {
            // Nothing is left to do: the file goes, so marking its recipients first would be wasted writes.
            store.Remove(id, entry.Area);
            entries.TryRemove(id, out _);
            log.Write("qmgr", $"{id}: removed");
            return;
        }
        foreach (var recipient in sent)
            QueueFile.MarkRecipient(path, recipient, RecipientStatus.Done, flushToDisk: false);
        foreach (var (recipient, _) in failed)
            QueueFile.MarkRecipient(path, recipient, RecipientStatus.Failed, flushToDisk: false);
        entry.Attempts++;
        var backoff = Backoff(entry.Attempts);
        entry.DueAt = now + backoff;
        store.Defer(id, entry.Area, entry.DueAt, deferred);
        entry.Area = QueueArea.Deferred;
        entry.Recovered = true;
    }

    /// <summary>minimal_backoff_time doubled per attempt, at most maximal_backoff_time.</summary>
    internal TimeSpan Backoff(int attempts)
    {
        var min = settings.MinimalBackoffTime;
        var max = settings.MaximalBackoffTime < min ? min : settings.MaximalBackoffTime;
        double factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var backoff = TimeSpan.FromSeconds(Math.Min(min.TotalSeconds * factor, max.TotalSeconds));
        return backoff < min ? min : backoff;
    }

    private async Task<List<(EnvelopeRecipient Recipient, DeliveryResult Result)>> DeliverPendingAsync(QueuedMessage message, bool mayBeThereAlready, CancellationToken cancellationToken)
    {
        // One combined result per queue recipient, whatever its alias expansion made of it.
        var combined = new Dictionary<EnvelopeRecipient, DeliveryResult>(ReferenceEqualityComparer.Instance);
        var remote = new Dictionary<string, List<(EnvelopeRecipient Owner, EnvelopeRecipient Address)>>(StringComparer.OrdinalIgnoreCase);
        void Add(EnvelopeRecipient owner, DeliveryResult result)
            => combined[owner] = combined.TryGetValue(owner, out var before) ? Worse(before, result) : result;

        foreach (var recipient in message.Pending.ToArray())
        {
            var resolution = await resolver.ResolveAsync(recipient.Address, cancellationToken).ConfigureAwait(false);
            foreach (var failure in resolution.Failures)
                Add(recipient, failure.Temporary ? DeliveryResult.Defer(failure.Status, failure.Reason) : DeliveryResult.Bounce(failure.Status, failure.Reason));
            if (resolution.Targets.Count == 0 && resolution.Failures.Count == 0)
                Add(recipient, DeliveryResult.Bounce("5.1.1", $"unknown user: \"{recipient.Address}\""));
            foreach (var target in resolution.Targets)
            {
                if (target.Kind == DeliveryTargetKind.Remote)
                {
                    string to = target.RemoteAddress!;
                    string domain = to[(to.LastIndexOf('@') + 1)..];
                    if (!remote.TryGetValue(domain, out var list))
                        remote[domain] = list = [];
                    var address = to == recipient.Address ? recipient : new EnvelopeRecipient(to, recipient.Notify, recipient.Orcpt);
                    list.Add((recipient, address));
                    continue;
                }
                Add(recipient, await local.DeliverAsync(message, target, mayBeThereAlready, queued: true, cancellationToken).ConfigureAwait(false));
            }
        }
        foreach (var (domain, pairs) in remote)
        {
            var addresses = pairs.Select(p => p.Address).ToArray();
            IReadOnlyList<DeliveryResult> sent = outbound is null
                ? addresses.Select(_ => DeliveryResult.Defer("4.4.1", "delivery temporarily suspended: no outbound transport", "none")).ToArray()
                : await outbound.SendAsync(message, domain, addresses, cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < pairs.Count; i++)
                Add(pairs[i].Owner, sent[i]);
        }
        return combined.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    /// <summary>A deferred copy makes the recipient wait (retrying), else a bounce wins over success.</summary>
    private static DeliveryResult Worse(DeliveryResult a, DeliveryResult b)
    {
        static int Rank(DeliveryStatus s) => s switch { DeliveryStatus.Deferred => 2, DeliveryStatus.Bounced => 1, _ => 0 };
        return Rank(b.Status) > Rank(a.Status) ? b : a;
    }

    private async Task ReturnToSenderAsync(QueuedMessage message, List<(EnvelopeRecipient Recipient, DeliveryResult Result)> failed, CancellationToken cancellationToken)
    {
        var envelope = message.Envelope;
        var notify = failed.Where(f => f.Recipient.Notify is null || f.Recipient.Notify.Contains("FAILURE", StringComparison.Ordinal)).ToList();
        // Never bounce a bounce, never to the null sender (RFC 5321 §4.5.5).
        if (envelope.Sender.Length == 0 || envelope.IsBounce || notify.Count == 0)
            return;
        byte[] content;
        try
        {
            content = BounceBuilder.Build(message, notify, settings.MyHostname, settings.MailName, time.GetUtcNow());
        }
        catch (FormatException)
        {
            log.Write("bounce", $"warning: {message.Id}: cannot parse sender <{envelope.Sender}> for a notification");
            return;
        }
        var bounce = new Envelope
        {
            Sender = "",
            ArrivalTime = time.GetUtcNow(),
            Protocol = "local",
            ClientName = "localhost",
            IsBounce = true,
        };
        bounce.Recipients.Add(new EnvelopeRecipient(envelope.Sender));
        string bounceId = await store.EnqueueAsync(bounce, content, QueueArea.Active, cancellationToken).ConfigureAwait(false);
        log.Write("bounce", $"{message.Id}: sender non-delivery notification: {bounceId}");
    }

    private void LogResult(QueuedMessage message, EnvelopeRecipient recipient, DeliveryResult result, DateTimeOffset started)
    {
        var now = time.GetUtcNow();
        double delay = Math.Max(0, (now - message.Envelope.ArrivalTime).TotalSeconds);
        double before = Math.Max(0, (started - message.Envelope.ArrivalTime).TotalSeconds);
        double during = Math.Max(0, (now - started).TotalSeconds);
        string status = result.Status.ToString().ToLowerInvariant();
        string program = result.Relay == "local" ? "local" : "smtp";
        log.Write(program, string.Create(CultureInfo.InvariantCulture,
            $"{message.Id}: to=<{recipient.Address}>, relay={result.Relay}, delay={Seconds(delay)}, delays={Seconds(before)}/0/0/{Seconds(during)}, dsn={result.Dsn}, status={status} ({result.Text})"));
    }

    private static string Seconds(double s) => s >= 10 ? Math.Round(s).ToString(CultureInfo.InvariantCulture)
        : s >= 0.1 ? s.ToString("0.#", CultureInfo.InvariantCulture) : s.ToString("0.##", CultureInfo.InvariantCulture);
}
