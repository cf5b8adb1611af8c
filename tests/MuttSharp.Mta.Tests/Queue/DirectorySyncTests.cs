using MuttSharp.Mta.Queue;

namespace MuttSharp.Mta.Tests.Queue;

public sealed class DirectorySyncTests
{
    /// <summary>A directory fsync that counts itself; the n-th one waits until <see cref="Let"/>(n) when held.</summary>
    private sealed class GatedSync(bool held)
    {
        private readonly ManualResetEventSlim[] gates = Enumerable.Range(0, 8).Select(_ => new ManualResetEventSlim(!held)).ToArray();
        private int started;

        public SemaphoreSlim Started { get; } = new(0);

        public int Count => Volatile.Read(ref started);

        public Exception? Failure { get; set; }

        public void Let(int n) => gates[n].Set();

        public void Run()
        {
            int n = Interlocked.Increment(ref started) - 1;
            Started.Release();
            gates[n].Wait(TimeSpan.FromSeconds(30));
            if (Failure is not null)
                throw Failure;
        }
    }

    [Fact]
    public async Task ASyncAskedForWithNoneRunningIsTheCallersOwn()
    {
        var fsync = new GatedSync(held: false);
        var sync = new DirectorySync(fsync.Run);

        await sync.SyncAsync(default);
        await sync.SyncAsync(default);

        Assert.Equal(2, fsync.Count);
    }

    [Fact]
    public async Task RequestsMadeWhileASyncRunsShareTheNextOne()
    {
        var fsync = new GatedSync(held: true);
        var sync = new DirectorySync(fsync.Run);
        var first = sync.SyncAsync(default);
        Assert.True(await fsync.Started.WaitAsync(TimeSpan.FromSeconds(30)));

        // These renamed their files after the running sync began: it does not cover them.
        var joined = Enumerable.Range(0, 10).Select(_ => sync.SyncAsync(default)).ToArray();
        fsync.Let(0);
        fsync.Let(1);
        await first;
        await Task.WhenAll(joined);

        Assert.Equal(2, fsync.Count);
    }

    [Fact]
    public async Task TheCallerThatStartedASyncGoesOnWhenItEndsAndThoseWhoJoinedWaitForTheirOwn()
    {
        var fsync = new GatedSync(held: true);
        var sync = new DirectorySync(fsync.Run);
        var first = sync.SyncAsync(default);
        Assert.True(await fsync.Started.WaitAsync(TimeSpan.FromSeconds(30)));
        var joined = sync.SyncAsync(default);

        fsync.Let(0);
        await first;
        Assert.True(await fsync.Started.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(joined.IsCompleted);

        fsync.Let(1);
        await joined;
        Assert.Equal(2, fsync.Count);
    }

    [Fact]
    public async Task AFailingSyncFailsEveryCallerItWasFor()
    {
        var fsync = new GatedSync(held: true) { Failure = new IOException("fsync failed (errno 5)") };
        var sync = new DirectorySync(fsync.Run);
        var first = sync.SyncAsync(default);
        Assert.True(await fsync.Started.WaitAsync(TimeSpan.FromSeconds(30)));
        var joined = sync.SyncAsync(default);
        fsync.Let(0);
        fsync.Let(1);

        Assert.Equal("fsync failed (errno 5)", (await Assert.ThrowsAsync<IOException>(() => first)).Message);
        Assert.Equal("fsync failed (errno 5)", (await Assert.ThrowsAsync<IOException>(() => joined)).Message);
    }
}
