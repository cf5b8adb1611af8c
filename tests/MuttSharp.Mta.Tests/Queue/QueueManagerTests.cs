using System.Text;
using MuttSharp.Mta.Delivery;
using MuttSharp.Mta.Outbound;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tests.Engine;

namespace MuttSharp.Mta.Tests.Queue;

public sealed class QueueManagerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 21, 16, 25, TimeSpan.Zero);

    private static Envelope EnvelopeFor(string sender, DateTimeOffset arrival, params string[] recipients)
    {
        var envelope = new Envelope { Sender = sender, ArrivalTime = arrival, Protocol = "ESMTP", ClientName = "localhost", ClientAddress = "127.0.0.1", Helo = "client.example.net" };
        foreach (string r in recipients)
            envelope.Recipients.Add(new EnvelopeRecipient(r));
        return envelope;
    }

    private static byte[] Message(string id = "X") => Encoding.UTF8.GetBytes($"Received: from x\n\tby mail.example.com (MuttSharp) with ESMTP id {id}; date\nSubject: test\n\nbody\n");

    [Fact]
    public async Task LocalRecipientsAreDeliveredAtOnceAndTheQueueFileRemoved()
    {
        using var fixture = new EngineFixture();
        var clock = new ManualClock(Start);
        var (store, manager) = fixture.CreateManager(clock);
        string id = await store.EnqueueAsync(EnvelopeFor("sender@example.net", Start, "alice@example.com", "root"), Message(), QueueArea.Active, default);

        Assert.Equal(1, await manager.RunDueAsync(default));

        string alice = Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.StartsWith("Return-Path: <sender@example.net>\nX-Original-To: alice@example.com\nDelivered-To: alice@example.com\nReceived: from x\n", alice);
        string carol = Assert.Single(EngineFixture.Delivered(fixture.CarolMaildir));
        Assert.StartsWith("Return-Path: <sender@example.net>\nX-Original-To: root\nDelivered-To: root@mail.example.com\n", carol);
        Assert.Empty(store.List(QueueArea.Active));
        string log = fixture.LogText.ToString();
        Assert.Contains($"{id}: from=<sender@example.net>, size={Message().Length}, nrcpt=2 (queue active)", log);
        Assert.Contains($"{id}: to=<alice@example.com>, relay=local, delay=0, delays=0/0/0/0, dsn=2.0.0, status=sent (delivered to maildir)", log);
        Assert.Contains($"{id}: removed", log);
    }

    [Fact]
    public async Task ADeferredRecipientIsRetriedWithBackoffThenReturnedToTheSenderWhenItExpires()
    {
        using var fixture = new EngineFixture(new() { ["maximal_queue_lifetime"] = "1h" });
        var clock = new ManualClock(Start);
        var outbound = new OutboundStub(DeliveryResult.Defer("4.4.1", "connect to mx.remote.test[192.0.2.1]:25: Connection refused", "none"));
        var (store, manager) = fixture.CreateManager(clock, outbound);
        string id = await store.EnqueueAsync(EnvelopeFor("alice@example.com", Start, "bob@remote.test"), Message(), QueueArea.Active, default);

        await manager.RunDueAsync(default);
        Assert.Equal([id], store.List(QueueArea.Deferred));
        Assert.Equal("connect to mx.remote.test[192.0.2.1]:25: Connection refused", store.DeferReasons(id)["bob@remote.test"]);
        Assert.Equal(1, outbound.Calls);

        clock.Advance(TimeSpan.FromSeconds(299));
        Assert.Equal(0, await manager.RunDueAsync(default)); // minimal_backoff_time not yet over
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await manager.RunDueAsync(default));
        Assert.Equal(2, outbound.Calls);

        clock.Advance(TimeSpan.FromSeconds(599));
        Assert.Equal(0, await manager.RunDueAsync(default)); // the second wait is twice as long
        clock.Advance(TimeSpan.FromHours(1));
        await manager.RunDueAsync(default); // expired: bounced, and the bounce queued
        await manager.RunDueAsync(default); // the bounce is delivered to alice
        Assert.Equal(3, outbound.Calls);
        Assert.Empty(store.List(QueueArea.Deferred));
        Assert.Empty(store.List(QueueArea.Active));

        string bounce = Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.StartsWith("Return-Path: <>\nX-Original-To: alice@example.com\nDelivered-To: alice@example.com\n", bounce);
        Assert.Contains("From: Mail Delivery System <MAILER-DAEMON@mail.example.com>", bounce);
        Assert.Contains("Subject: Undelivered Mail Returned to Sender", bounce);
        Assert.Contains("Content-Type: multipart/report;", bounce);
        Assert.Contains("report-type=delivery-status", bounce);
        Assert.Contains("Final-Recipient: rfc822; bob@remote.test", bounce);
        Assert.Contains("Action: failed", bounce);
        Assert.True(bounce.Contains("Status: 5.4.1"), bounce);
        Assert.Contains("Subject: test", bounce); // the returned message
        Assert.Contains($"{id}: sender non-delivery notification:", fixture.LogText.ToString());
    }

    [Fact]
    public async Task ABounceThatCannotBeDeliveredIsNeverBouncedAgain()
    {
        using var fixture = new EngineFixture();
        var clock = new ManualClock(Start);
        var (store, manager) = fixture.CreateManager(clock);
        var envelope = EnvelopeFor("", Start, "nobody@example.com");
        await store.EnqueueAsync(envelope, Message(), QueueArea.Active, default);

        await manager.RunDueAsync(default);
        await manager.RunDueAsync(default);

        Assert.Empty(store.List(QueueArea.Active));
        Assert.Empty(store.List(QueueArea.Deferred));
        Assert.DoesNotContain("non-delivery notification", fixture.LogText.ToString());
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(fixture.LogText.ToString(), "to=<nobody@example.com>, relay=local, .* dsn=5.1.1, status=bounced"), fixture.LogText.ToString());
    }

    [Fact]
    public async Task AMessageThatAlreadyCarriesOurDeliveredToIsALoopAndBounces()
    {
        using var fixture = new EngineFixture();
        var (store, manager) = fixture.CreateManager(new ManualClock(Start));
        byte[] looped = Encoding.UTF8.GetBytes("Delivered-To: alice@example.com\nSubject: again\n\nx\n");
        await store.EnqueueAsync(EnvelopeFor("bob@example.com", Start, "alice@example.com"), looped, QueueArea.Active, default);

        await manager.RunDueAsync(default);
        await manager.RunDueAsync(default);

        Assert.Contains("dsn=5.4.6, status=bounced (mail forwarding loop for alice@example.com)", fixture.LogText.ToString());
        string bounce = Assert.Single(EngineFixture.Delivered(Path.Combine(fixture.Root, "vmail", "bob")));
        Assert.Contains("Undelivered Mail Returned to Sender", bounce);
        Assert.Empty(EngineFixture.Delivered(fixture.AliceMaildir));
    }

    [Fact]
    public async Task ATornFileIsSetAsideAndACommittedOneIsDeliveredOnceAfterARestart()
    {
        using var fixture = new EngineFixture();
        var clock = new ManualClock(Start);
        var (store, _) = fixture.CreateManager(clock);
        string id = await store.EnqueueAsync(EnvelopeFor("s@example.net", Start, "alice@example.com"), Message(), QueueArea.Active, default);
        // A crash while a session was writing: the file in incoming/ has no END record.
        byte[] whole = File.ReadAllBytes(store.PathOf(id, QueueArea.Active));
        File.WriteAllBytes(store.PathOf("ABCDEF123456", QueueArea.Incoming), whole[..(whole.Length / 2)]);
        File.WriteAllBytes(store.PathOf("ABCDEF654321", QueueArea.Active), whole[..(whole.Length - 3)]);

        var (_, restarted) = fixture.CreateManager(clock);
        restarted.LoadQueue();
        await restarted.RunDueAsync(default);

        Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.Equal(["ABCDEF123456", "ABCDEF654321"], Directory.GetFiles(store.AreaPath(QueueArea.Corrupt)).Select(f => Path.GetFileName(f)!).Order().ToArray());
        Assert.Matches("ABCDEF654321: moved to corrupt: .*torn file", fixture.LogText.ToString());
    }

    [Fact]
    public async Task ACrashBetweenTheMaildirRenameAndTheDoneMarkDoesNotDeliverTwice()
    {
        using var fixture = new EngineFixture();
        var clock = new ManualClock(Start);
        var (store, _) = fixture.CreateManager(clock);
        const string id = "ABCDEF000001";
        await using (var writer = store.Create(id, EnvelopeFor("s@example.net", Start, "alice@example.com", "bob@example.com"), QueueArea.Active))
        {
            await writer.Content.WriteAsync(Message(id));
            await writer.CommitAsync(default);
        }
        // The first run put alice's copy in place, then the process died before marking her done.
        Assert.True(QueueFile.TryRead(store.PathOf(id, QueueArea.Active), out var queued, out _));
        await new LocalDelivery("mail.example.com", 0, clock).DeliverAsync(queued!,
            new DeliveryTarget(DeliveryTargetKind.Maildir, "alice@example.com", "alice@example.com", fixture.AliceMaildir), false, false, default);

        var (_, restarted) = fixture.CreateManager(clock);
        restarted.LoadQueue();
        await restarted.RunDueAsync(default);

        Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir));
        Assert.Single(EngineFixture.Delivered(Path.Combine(fixture.Root, "vmail", "bob")));
        Assert.Empty(store.List(QueueArea.Active));
    }

    [Fact]
    public async Task AMessageCommittedIntoABlankFileIsDeliveredOnceAfterACrashThatCameBeforeItsDelivery()
    {
        using var fixture = new EngineFixture();
        var clock = new ManualClock(Start);
        var (store, _) = fixture.CreateManager(clock);
        store.KeepBlankFiles(3);
        string id = store.TakeQueueId();
        // Acknowledged (its commit returned), then the process died: nothing ran the queue.
        await using (var writer = store.Create(id, EnvelopeFor("s@example.net", Start, "alice@example.com"), QueueArea.Active))
        {
            await writer.Content.WriteAsync(Message(id));
            await writer.CommitAsync(default);
        }
        Assert.Equal(3, store.List(QueueArea.Active).Count);

        var (_, restarted) = fixture.CreateManager(clock);
        restarted.LoadQueue();
        await restarted.RunDueAsync(default);
        await restarted.RunDueAsync(default);

        Assert.Contains($" id {id}; ", Assert.Single(EngineFixture.Delivered(fixture.AliceMaildir)));
        Assert.Empty(store.List(QueueArea.Active));
        Assert.Empty(Directory.GetFiles(store.AreaPath(QueueArea.Corrupt)));
        Assert.DoesNotContain("corrupt", fixture.LogText.ToString());
    }

    [Fact]
    public async Task BackoffDoublesFromTheMinimumUpToTheMaximum()
    {
        using var fixture = new EngineFixture(new() { ["minimal_backoff_time"] = "300s", ["maximal_backoff_time"] = "4000s" });
        var (_, manager) = fixture.CreateManager(new ManualClock(Start));
        Assert.Equal(
            [300, 600, 1200, 2400, 4000, 4000],
            Enumerable.Range(1, 6).Select(n => (int)manager.Backoff(n).TotalSeconds).ToArray());
    }

    private sealed class OutboundStub(DeliveryResult result) : IOutboundTransport
    {
        public int Calls { get; private set; }

        public Task<IReadOnlyList<DeliveryResult>> SendAsync(QueuedMessage message, string domain, IReadOnlyList<EnvelopeRecipient> recipients, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult<IReadOnlyList<DeliveryResult>>(recipients.Select(_ => result).ToArray());
        }
    }
}
