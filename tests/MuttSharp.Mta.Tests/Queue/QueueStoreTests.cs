using System.Text;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Queue;

public sealed class QueueStoreTests
{
    internal static Envelope EnvelopeTo(string recipient)
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

    [Fact]
    public async Task ABlankFileIsFilledInPlaceByItsCommitWithoutANewName()
    {
        using var directory = new TempDirectory();
        var store = new QueueStore(directory.Path);
        store.KeepBlankFiles(4);
        string id = store.TakeQueueId();
        Assert.True(store.HasBlankFile(id));
        // Opened before the commit: a file put in its place by a rename would leave this one empty.
        using var before = new FileStream(store.PathOf(id, QueueArea.Active), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        await using (var writer = store.Create(id, EnvelopeTo("a@example.com"), QueueArea.Active))
        {
            await writer.Content.WriteAsync(Encoding.UTF8.GetBytes("Subject: blank\n\nbody\n"));
            await writer.CommitAsync(default);
        }

        Assert.False(store.HasBlankFile(id));
        Assert.True(QueueFile.TryRead(store.PathOf(id, QueueArea.Active), out var message, out string error), error);
        Assert.Equal("Subject: blank\n\nbody\n", Encoding.UTF8.GetString(message!.Content.Span));
        Assert.Equal(File.ReadAllBytes(store.PathOf(id, QueueArea.Active)), ReadToEnd(before));
    }

    [Fact]
    public void WithoutBlankFilesAQueueIdIsANewNameWithNoFile()
    {
        using var directory = new TempDirectory();
        var store = new QueueStore(directory.Path);

        string id = store.TakeQueueId();

        Assert.True(QueueStore.IsQueueId(id));
        Assert.False(store.HasBlankFile(id));
        Assert.Empty(store.List(QueueArea.Active));
    }

    [Fact]
    public async Task AnAbortedTransactionsBlankFileLeavesActiveAndACommittedMessageStays()
    {
        using var directory = new TempDirectory();
        var store = new QueueStore(directory.Path);
        store.KeepBlankFiles(4);
        string aborted = store.TakeQueueId();
        string committed = store.TakeQueueId();
        await using (var writer = store.Create(committed, EnvelopeTo("a@example.com"), QueueArea.Active))
        {
            await writer.Content.WriteAsync(Encoding.UTF8.GetBytes("x\n"));
            await writer.CommitAsync(default);
        }

        store.Discard(aborted);
        store.Discard(committed);

        Assert.False(File.Exists(store.PathOf(aborted, QueueArea.Active)));
        Assert.False(store.HasBlankFile(aborted));
        Assert.True(QueueFile.TryRead(store.PathOf(committed, QueueArea.Active), out _, out string error), error);
    }

    [Fact]
    public async Task ABlankFileLeftUncommittedHalfWrittenIsDeleted()
    {
        using var directory = new TempDirectory();
        var store = new QueueStore(directory.Path);
        store.KeepBlankFiles(4);
        string id = store.TakeQueueId();

        await using (var writer = store.Create(id, EnvelopeTo("a@example.com"), QueueArea.Active))
            await writer.Content.WriteAsync(Encoding.UTF8.GetBytes("half a mess"));
        store.Discard(id);

        Assert.False(File.Exists(store.PathOf(id, QueueArea.Active)));
    }

    [Fact]
    public async Task StartupRemovesBlankFilesSilentlyAndStillSetsTornFilesAside()
    {
        using var directory = new TempDirectory();
        var crashed = new QueueStore(directory.Path);
        crashed.KeepBlankFiles(3);
        string id = crashed.TakeQueueId();
        await using (var writer = crashed.Create(id, EnvelopeTo("a@example.com"), QueueArea.Active))
        {
            await writer.Content.WriteAsync(Encoding.UTF8.GetBytes("Subject: kept\n\nbody\n"));
            await writer.CommitAsync(default);
        }
        byte[] whole = File.ReadAllBytes(crashed.PathOf(id, QueueArea.Active));
        File.WriteAllBytes(crashed.PathOf("ABCDEF654321", QueueArea.Active), whole[..^3]);

        var moved = new QueueStore(directory.Path).Recover();

        Assert.Equal("ABCDEF654321", Assert.Single(moved).Id);
        Assert.Equal([id], crashed.List(QueueArea.Active));
        Assert.Equal(["ABCDEF654321"], Directory.GetFiles(crashed.AreaPath(QueueArea.Corrupt)).Select(Path.GetFileName));
    }

    private static byte[] ReadToEnd(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
