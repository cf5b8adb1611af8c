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
        var sync = new DirectorySync(fsync.Run, TimeProvider.System);

        await sync.SyncAsync(default);
        await sync.SyncAsync(default);

        Assert.Equal(2, fsync.Count);
    }

    [Fact]
    public async Task RequestsMadeWhileASyncRunsShareTheNextOne()
    {
        var fsync = new GatedSync(held: true);
        var sync = new DirectorySync(fsync.Run, TimeProvider.System);
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
        var sync = new DirectorySync(fsync.Run, TimeProvider.System);
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
        var sync = new DirectorySync(fsync.Run, TimeProvider.System);
        var first = sync.SyncAsync(default);
        Assert.True(await fsync.Started.WaitAsync(TimeSpan.FromSeconds(30)));
        var joined = sync.SyncAsync(default);
        fsync.Let(0);
        fsync.Let(1);

        Assert.Equal("fsync failed (errno 5)", (await Assert.ThrowsAsync<IOException>(() => first)).Message);
        Assert.Equal("fsync failed (errno 5)", (await Assert.ThrowsAsync<IOException>(() => joined)).Message);
    }

    [Fact]
    public async Task RequestsNobodyWaitsOnLingerAndShareOneSyncWhenTheTimerEnds()
    {
        var fsync = new GatedSync(held: false);
        var timers = new OneTimer();
        var sync = new DirectorySync(fsync.Run, timers);

        var lingering = Enumerable.Range(0, 10).Select(_ => sync.SyncAsync(default, urgent: false)).ToArray();
        Assert.Equal(0, fsync.Count);
        Assert.Equal(DirectorySync.Linger, timers.Due);

        timers.Fire();
        await Task.WhenAll(lingering);
        Assert.Equal(1, fsync.Count);
    }

    [Fact]
    public async Task AnUrgentRequestTakesTheLingeringOnesAlongAtOnce()
    {
        var fsync = new GatedSync(held: false);
        var timers = new OneTimer();
        var sync = new DirectorySync(fsync.Run, timers);
        var lingering = Enumerable.Range(0, 3).Select(_ => sync.SyncAsync(default, urgent: false)).ToArray();

        await sync.SyncAsync(default);
        await Task.WhenAll(lingering);
        Assert.Equal(1, fsync.Count);

        // The timer that was set for them finds nothing left to sync.
        timers.Fire();
        Assert.Equal(1, fsync.Count);
    }

    [Fact]
    public async Task LingeringRequestsMadeWhileASyncRunsWaitForTheTimerUnlessAnUrgentOneJoins()
    {
        var fsync = new GatedSync(held: true);
        var timers = new OneTimer();
        var sync = new DirectorySync(fsync.Run, timers);
        var first = sync.SyncAsync(default);
        Assert.True(await fsync.Started.WaitAsync(TimeSpan.FromSeconds(30)));
        var lingering = sync.SyncAsync(default, urgent: false);
        fsync.Let(0);
        await first;
        await OffSyncThreadsAsync();
        Assert.Equal(1, fsync.Count);
        Assert.False(lingering.IsCompleted);

        var urgent = sync.SyncAsync(default);
        Assert.True(await fsync.Started.WaitAsync(TimeSpan.FromSeconds(30)));
        fsync.Let(1);
        await Task.WhenAll(lingering, urgent);
        Assert.Equal(2, fsync.Count);
    }

    /// <summary>
    /// Moves the test off the engine's sync threads: after awaiting a sync, a test may go on on the sync thread that
    /// completed it, where a sync it asks for next runs at once, so a held one would block the test itself.
    /// </summary>
    private static async Task OffSyncThreadsAsync()
    {
        while (SyncThreads.OnSyncThread)
            await Task.Yield();
    }

    /// <summary>A clock with one timer, which fires only when the test says so.</summary>
    private sealed class OneTimer : TimeProvider
    {
        private TimerCallback? callback;

        public TimeSpan? Due { get; private set; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            this.callback = callback;
            return new Timer(this);
        }

        public void Fire()
        {
            Due = null;
            callback!(null);
        }

        private sealed class Timer(OneTimer clock) : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                clock.Due = dueTime == Timeout.InfiniteTimeSpan ? null : dueTime;
                return true;
            }

            public void Dispose() => clock.Due = null;

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
