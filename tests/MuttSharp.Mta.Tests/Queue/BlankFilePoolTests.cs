using System.Diagnostics;
using System.Text;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Queue;

public sealed class BlankFilePoolTests
{
    private static string[] FilesIn(QueueStore store, QueueArea area)
        => Directory.GetFiles(store.AreaPath(area)).Select(f => Path.GetFileName(f)!).Order().ToArray();

    /// <summary>Waits (up to a generous deadline, never asserting on how long it took) for the background refill.</summary>
    private static async Task<bool> RefilledAsync(BlankFilePool pool, int size)
    {
        var deadline = Stopwatch.StartNew();
        while (pool.Ready < size && deadline.Elapsed < TimeSpan.FromSeconds(20))
            await Task.Delay(10);
        return pool.Ready == size;
    }

    [Fact]
    public void ARefillMakesEmptyFilesInActiveUnderTheIdsItHandsOut()
    {
        using var directory = new TempDirectory();
        var store = new QueueStore(directory.Path);
        var pool = new BlankFilePool(store, 4);

        pool.Refill();

        Assert.Equal(4, pool.Ready);
        Assert.All(Directory.GetFiles(store.AreaPath(QueueArea.Active)), f => Assert.Equal(0, new FileInfo(f).Length));
        Assert.True(pool.TryTake(out string id));
        Assert.True(QueueStore.IsQueueId(id));
        Assert.Contains(id, FilesIn(store, QueueArea.Active));
        Assert.True(pool.IsTaken(id));
        Assert.True(pool.Release(id));
        Assert.False(pool.IsTaken(id));
    }

    [Fact]
    public async Task TakingHalfThePoolRefillsItInTheBackground()
    {
        using var directory = new TempDirectory();
        var store = new QueueStore(directory.Path);
        var pool = new BlankFilePool(store, 8);
        pool.Refill();
        var taken = new List<string>();

        for (int i = 0; i < 4; i++)
        {
            Assert.True(pool.TryTake(out string id));
            taken.Add(id);
        }

        Assert.True(await RefilledAsync(pool, 8), $"{pool.Ready} of 8 blank files ready");
        Assert.Equal(12, FilesIn(store, QueueArea.Active).Length);
        var handedOut = new HashSet<string>(taken);
        for (int i = 0; i < 8; i++)
        {
            Assert.True(pool.TryTake(out string id));
            Assert.True(handedOut.Add(id), $"{id} handed out twice");
        }
    }

    [Fact]
    public async Task AFinishedQueueFileIsEmptiedAndReusedAsABlankFile()
    {
        using var directory = new TempDirectory();
        var store = new QueueStore(directory.Path);
        string done = await store.EnqueueAsync(QueueStoreTests.EnvelopeTo("a@example.com"), Encoding.UTF8.GetBytes("Subject: done\n\nbody\n"), QueueArea.Active, default);
        store.Remove(done, QueueArea.Active);
        Assert.Equal([done], FilesIn(store, QueueArea.Spare));
        var pool = new BlankFilePool(store, 1);

        pool.Refill();

        Assert.Empty(FilesIn(store, QueueArea.Spare));
        string blank = Assert.Single(FilesIn(store, QueueArea.Active));
        Assert.NotEqual(done, blank);
        Assert.Equal(0, new FileInfo(store.PathOf(blank, QueueArea.Active)).Length);
    }

    [Fact]
    public void ClosingTakesTheReadyFilesOutOfActiveAndStopsTheRefills()
    {
        using var directory = new TempDirectory();
        var store = new QueueStore(directory.Path);
        var pool = new BlankFilePool(store, 2);
        pool.Refill();

        pool.Close();

        Assert.Equal(0, pool.Ready);
        Assert.Empty(FilesIn(store, QueueArea.Active));
        Assert.False(pool.TryTake(out _));
        pool.Refill();
        Assert.Empty(FilesIn(store, QueueArea.Active));
    }
}
