using System.Diagnostics;
using System.Text;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Smtp;
using MuttSharp.Mta.Tests.Engine;

namespace MuttSharp.Mta.Tests.Queue;

public sealed class DirectDeliverySinkTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 5, 0, 0, TimeSpan.Zero);

    private static Envelope EnvelopeFor(params string[] recipients)
    {
        var envelope = new Envelope { Sender = "s@example.net", ArrivalTime = Start, Protocol = "ESMTP", ClientName = "localhost", ClientAddress = "127.0.0.1", Helo = "client.example.net" };
        foreach (string r in recipients)
            envelope.Recipients.Add(new EnvelopeRecipient(r));
        return envelope;
    }

    private static byte[] Message(string id) => Encoding.UTF8.GetBytes($"Received: from x\n\tby mail.example.com (MuttSharp) with ESMTP id {id}; date\nSubject: direct\n\nbody\n");

    /// <summary>Writes one message through the sink and commits it, as an SMTP session does before its 250, then ends the transaction.</summary>
    private static async Task<string> AcceptAsync(IMessageSink sink, Envelope envelope)
    {
        string id = sink.NewQueueId();
        await using (var writer = await sink.CreateAsync(id, envelope, default))
        {
            await writer.Content.WriteAsync(Message(id));
            await writer.CommitAsync(default);
        }
        sink.Discard(id);
        return id;
    }

    /// <summary>Waits (up to a generous deadline, never asserting on how long it took) for a delivery that follows the commit.</summary>
    private static async Task<bool> EventuallyAsync(Func<bool> done)
    {
        var deadline = Stopwatch.StartNew();
        while (!done() && deadline.Elapsed < TimeSpan.FromSeconds(20))
            await Task.Delay(10);
        return done();
    }

    /// <summary>A file sync that records where each file was when it was synced, failing for paths under <paramref name="failUnder"/>.</summary>
    private sealed class SyncRecorder(string? failUnder = null, int failures = int.MaxValue)
    {
        private int failed;

        public List<string> Synced { get; } = [];

        public Task SyncAsync(FileStream file, CancellationToken cancellationToken)
        {
            if (failUnder is not null && file.Name.StartsWith(failUnder, StringComparison.Ordinal) && failed++ < failures)
                throw new IOException("No space left on device");
            file.Flush(flushToDisk: true);
            lock (Synced)
                Synced.Add(file.Name);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task LocalMailIsInNewAndSyncedFromTmpBeforeCommitReturnsWithNoQueueFile()
    {
        using var fixture = new EngineFixture();
        var sync = new SyncRecorder();
        var (store, manager) = fixture.CreateManager(new ManualClock(Start), syncFile: sync.SyncAsync);
        var sink = new DirectDeliverySink(store, manager);

        string id = await AcceptAsync(sink, EnvelopeFor("alice@example.com", "carol@mail.example.com"));

        Assert.StartsWith("Return-Path: <s@example.net>\nX-Original-To: alice@example.com\nDelivered-To: alice@example.com\nReceived: from x\n", Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir)));
        Assert.Contains($" id {id}; ", Assert.Single(EngineFixture.Delivered(fixture.CarolMaildir)));
        // Each copy was flushed while it was still in tmp/, so new/ never held an unsynced file.
        Assert.Equal(2, sync.Synced.Count);
        Assert.All(sync.Synced, path => Assert.Equal("tmp", Path.GetFileName(Path.GetDirectoryName(path))));
        Assert.All(sync.Synced, path => Assert.False(File.Exists(path)));
        Assert.Empty(store.List(QueueArea.Active));
        Assert.Empty(Directory.GetFiles(store.AreaPath(QueueArea.Incoming)));
        Assert.Equal(0, manager.Count);
        string log = fixture.LogText.ToString();
        Assert.Contains($"{id}: from=<s@example.net>, size={Message(id).Length}, nrcpt=2 (queue active)", log);
        Assert.Contains($"{id}: to=<alice@example.com>, relay=local, delay=0, delays=0/0/0/0, dsn=2.0.0, status=sent (delivered to maildir)", log);
        Assert.Contains($"{id}: removed", log);
    }

    [Fact]
    public async Task ACopyThatCannotBeSyncedLeavesTheMessageQueuedAndTheMaildirUntouched()
    {
        using var fixture = new EngineFixture();
        var sync = new SyncRecorder(failUnder: fixture.AliceMaildir);
        var (store, manager) = fixture.CreateManager(new ManualClock(Start), syncFile: sync.SyncAsync);

        string id = await AcceptAsync(new DirectDeliverySink(store, manager), EnvelopeFor("alice@example.com"));

        Assert.Empty(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.Empty(Directory.GetFiles(Path.Combine(fixture.AliceMaildir, "tmp")));
        Assert.Equal([id], store.List(QueueArea.Active));
        Assert.True(QueueFile.TryRead(store.PathOf(id, QueueArea.Active), out var queued, out string error), error);
        Assert.Equal(RecipientStatus.Pending, Assert.Single(queued!.Envelope.Recipients).Status);
        Assert.Equal(Message(id), queued.Content.ToArray());
        Assert.DoesNotContain("status=", fixture.LogText.ToString());
    }

    [Fact]
    public async Task WhenOneOfTwoLocalRecipientsFailsTheOtherIsDeliveredOnceAndOnlyTheFailedOneIsRetried()
    {
        using var fixture = new EngineFixture();
        var sync = new SyncRecorder(failUnder: fixture.CarolMaildir, failures: 1);
        var (store, manager) = fixture.CreateManager(new ManualClock(Start), syncFile: sync.SyncAsync);

        string id = await AcceptAsync(new DirectDeliverySink(store, manager), EnvelopeFor("alice@example.com", "carol@mail.example.com"));

        Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.Empty(EngineFixture.Delivered(fixture.CarolMaildir));
        Assert.True(QueueFile.TryRead(store.PathOf(id, QueueArea.Active), out var queued, out string error), error);
        Assert.Equal([RecipientStatus.Done, RecipientStatus.Pending], queued!.Envelope.Recipients.Select(r => r.Status));

        Assert.Equal(1, await manager.RunDueAsync(default));

        Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.Single(EngineFixture.Delivered(fixture.CarolMaildir));
        Assert.Empty(store.List(QueueArea.Active));
        Assert.Empty(store.List(QueueArea.Deferred));
        string log = fixture.LogText.ToString();
        Assert.Single(log.Split('\n'), line => line.Contains($"{id}: from=<s@example.net>", StringComparison.Ordinal));
        Assert.Single(log.Split('\n'), line => line.Contains($"{id}: to=<carol@mail.example.com>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARetryAfterAPartialDeliveryFindsTheCopyAlreadyInPlaceForAnAliasWithTwoTargets()
    {
        // team expands to alice@example.com and carol: carol's copy fails, alice's is made; team stays pending.
        using var fixture = new EngineFixture();
        var sync = new SyncRecorder(failUnder: fixture.CarolMaildir, failures: 1);
        var (store, manager) = fixture.CreateManager(new ManualClock(Start), syncFile: sync.SyncAsync);

        string id = await AcceptAsync(new DirectDeliverySink(store, manager), EnvelopeFor("team@mail.example.com"));
        Assert.Equal([id], store.List(QueueArea.Active));
        await manager.RunDueAsync(default);

        Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.Single(EngineFixture.Delivered(fixture.CarolMaildir));
        Assert.Empty(store.List(QueueArea.Active));
    }

    [Fact]
    public async Task MailForARemoteRecipientIsQueuedWithoutAnyDeliveryBeforeTheReply()
    {
        using var fixture = new EngineFixture();
        var sync = new SyncRecorder();
        var (store, manager) = fixture.CreateManager(new ManualClock(Start), syncFile: sync.SyncAsync);

        string id = await AcceptAsync(new DirectDeliverySink(store, manager), EnvelopeFor("alice@example.com", "bob@remote.test"));

        Assert.Empty(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.Empty(sync.Synced);
        Assert.Equal([id], store.List(QueueArea.Active));
        Assert.Equal(1, manager.Count);
    }

    [Fact]
    public async Task AMessageLargerThanTheBufferIsStreamedIntoTheQueueAndDeliveredAfterwards()
    {
        using var fixture = new EngineFixture();
        var (store, manager) = fixture.CreateManager(new ManualClock(Start));
        var sink = new DirectDeliverySink(store, manager) { BufferLimit = 40 };

        string id = await AcceptAsync(sink, EnvelopeFor("alice@example.com"));

        Assert.Empty(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.True(QueueFile.TryRead(store.PathOf(id, QueueArea.Active), out var queued, out string error), error);
        Assert.Equal(Message(id), queued!.Content.ToArray());
        await manager.RunDueAsync(default);
        Assert.EndsWith("Subject: direct\n\nbody\n", Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir)));
    }

    [Fact]
    public async Task AMessageNeverCommittedLeavesNoTrace()
    {
        using var fixture = new EngineFixture();
        var (store, manager) = fixture.CreateManager(new ManualClock(Start));
        var sink = new DirectDeliverySink(store, manager) { BufferLimit = 40 };
        foreach (int size in (int[])[10, 100])
        {
            await using var writer = await sink.CreateAsync(sink.NewQueueId(), EnvelopeFor("alice@example.com"), default);
            await writer.Content.WriteAsync(new byte[size]);
        }

        Assert.Empty(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.Empty(store.List(QueueArea.Active));
        Assert.Equal(0, manager.Count);
    }

    [Fact]
    public async Task ALoneTransactionIsCommittedIntoItsBlankFileAndDeliveredAfterTheCommit()
    {
        using var fixture = new EngineFixture();
        var (store, manager) = fixture.CreateManager(new ManualClock(Start));

        string id = await AcceptAloneAsync(store, manager);

        // The manager forgets the message once its file is gone, so this waits for both.
        Assert.True(await EventuallyAsync(() => manager.Count == 0), "the message is still queued");
        Assert.False(File.Exists(store.PathOf(id, QueueArea.Active)));
        string delivered = Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.EndsWith($"with ESMTP id {id}; date\nSubject: direct\n\nbody\n", delivered);
        Assert.Contains($"{id}: to=<alice@example.com>, relay=local", fixture.LogText.ToString());
        Assert.All(store.List(QueueArea.Active), blank => Assert.Equal(0, new FileInfo(store.PathOf(blank, QueueArea.Active)).Length));
    }

    [Fact]
    public async Task ATransactionBegunWhileAnotherIsOpenIsDeliveredBeforeItsCommitReturns()
    {
        using var fixture = new EngineFixture();
        var (store, manager) = fixture.CreateManager(new ManualClock(Start));
        store.KeepBlankFiles(4);
        var sink = new DirectDeliverySink(store, manager);
        string first = sink.NewQueueId();

        string second = await AcceptAsync(sink, EnvelopeFor("alice@example.com"));

        Assert.False(store.HasBlankFile(second));
        Assert.Contains($" id {second}; ", Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir)));
        Assert.True(store.HasBlankFile(first));
        sink.Discard(first);
        Assert.False(File.Exists(store.PathOf(first, QueueArea.Active)));
        Assert.True(store.HasBlankFile(sink.NewQueueId()));
    }

    /// <summary>A file sync that waits, each time, until the test lets it go or the delivery is cancelled.</summary>
    private sealed class HeldSync
    {
        private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => release.TrySetResult();

        public async Task SyncAsync(FileStream file, CancellationToken cancellationToken)
        {
            file.Flush(flushToDisk: true);
            Entered.TrySetResult();
            await release.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Accepts a lone transaction (a blank file, delivered after the commit) while <paramref name="manager"/> runs.</summary>
    private static async Task<string> AcceptAloneAsync(QueueStore store, QueueManager manager)
    {
        store.KeepBlankFiles(4);
        var sink = new DirectDeliverySink(store, manager);
        string id = sink.NewQueueId();
        Assert.True(store.HasBlankFile(id));
        await using (var writer = await sink.CreateAsync(id, EnvelopeFor("alice@example.com"), default))
        {
            await writer.Content.WriteAsync(Message(id));
            await writer.CommitAsync(default);
        }
        sink.Discard(id);
        return id;
    }

    [Fact]
    public async Task AStoppingQueueRunLetsTheDeliveryOfAnAnsweredMessageFinish()
    {
        using var fixture = new EngineFixture();
        var sync = new HeldSync();
        var (store, manager) = fixture.CreateManager(new ManualClock(Start), syncFile: sync.SyncAsync);
        using var stop = new CancellationTokenSource();
        var run = manager.RunAsync(1, stop.Token);
        string id = await AcceptAloneAsync(store, manager);
        await sync.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await stop.CancelAsync();

        // The run cannot end while the delivery it started is held, however long this waits.
        Assert.NotSame(run, await Task.WhenAny(run, Task.Delay(200)));
        sync.Release();
        await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains($" id {id}; ", Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir)));
        Assert.Contains($"{id}: to=<alice@example.com>, relay=local", fixture.LogText.ToString());
        Assert.Contains($"{id}: removed", fixture.LogText.ToString());
        Assert.False(File.Exists(store.PathOf(id, QueueArea.Active)));
    }

    [Fact]
    public async Task ADeliveryStillRunningAfterTheStopGraceIsCancelledAndTheMessageStaysQueued()
    {
        using var fixture = new EngineFixture();
        var sync = new HeldSync();
        var (store, manager) = fixture.CreateManager(TimeProvider.System, syncFile: sync.SyncAsync);
        manager.StopGrace = TimeSpan.FromMilliseconds(50);
        using var stop = new CancellationTokenSource();
        var run = manager.RunAsync(1, stop.Token);
        string id = await AcceptAloneAsync(store, manager);
        await sync.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.True(File.Exists(store.PathOf(id, QueueArea.Active)));
        Assert.DoesNotContain("status=sent", fixture.LogText.ToString());
    }
}
