using System.Text;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Queue;

public sealed class QueueStoreTests
{
    private static Envelope EnvelopeTo(string recipient)
    {
        var envelope = new Envelope { Sender = "s@example.net", ArrivalTime = DateTimeOffset.UnixEpoch };
        envelope.Recipients.Add(new EnvelopeRecipient(recipient));
        return envelope;
    }

    [Fact]
    public async Task AFinishedFileIsKeptAsASpareAndRewrittenForTheNextMessage()
    {
        using var directory = new TempDirectory();
        var store = new QueueStore(directory.Path);
        string first = await store.EnqueueAsync(EnvelopeTo("a@example.com"), Encoding.UTF8.GetBytes("Subject: first\n\na much longer body than the next one\n"), QueueArea.Active, default);

        store.Remove(first, QueueArea.Active);

        Assert.Empty(store.List(QueueArea.Active));
        Assert.Equal([first], Directory.GetFiles(store.AreaPath(QueueArea.Spare)).Select(Path.GetFileName));
        string second = await store.EnqueueAsync(EnvelopeTo("b@example.com"), Encoding.UTF8.GetBytes("Subject: second\n\nshort\n"), QueueArea.Active, default);
        Assert.Empty(Directory.GetFiles(store.AreaPath(QueueArea.Spare)));
        Assert.True(QueueFile.TryRead(store.PathOf(second, QueueArea.Active), out var message, out string error), error);
        Assert.Equal("b@example.com", Assert.Single(message!.Envelope.Recipients).Address);
        Assert.Equal("Subject: second\n\nshort\n", Encoding.UTF8.GetString(message.Content.Span));
    }

    [Fact]
    public async Task SparesLeftByAnEarlierRunAreReused()
    {
        using var directory = new TempDirectory();
        var before = new QueueStore(directory.Path);
        string old = await before.EnqueueAsync(EnvelopeTo("a@example.com"), Encoding.UTF8.GetBytes("x\n"), QueueArea.Active, default);
        before.Remove(old, QueueArea.Active);

        var store = new QueueStore(directory.Path);
        await store.EnqueueAsync(EnvelopeTo("b@example.com"), Encoding.UTF8.GetBytes("y\n"), QueueArea.Active, default);

        Assert.Empty(Directory.GetFiles(store.AreaPath(QueueArea.Spare)));
    }

    [Fact]
    public async Task AMessageLeftUncommittedLeavesNoFileBehind()
    {
        using var directory = new TempDirectory();
        var store = new QueueStore(directory.Path);
        await using (var writer = store.Create("ABCDEF123456", EnvelopeTo("a@example.com"), QueueArea.Active))
            await writer.Content.WriteAsync(Encoding.UTF8.GetBytes("half a mess"));

        Assert.Empty(Directory.GetFiles(store.AreaPath(QueueArea.Active)));
    }
}
