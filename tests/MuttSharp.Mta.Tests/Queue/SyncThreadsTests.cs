using MuttSharp.Mta.Queue;

namespace MuttSharp.Mta.Tests.Queue;

public sealed class SyncThreadsTests
{
    [Fact]
    public async Task ASyncRunsOffTheCallersThreadAndItsFailureReachesTheAwaiter()
    {
        int caller = Environment.CurrentManagedThreadId;
        int ranOn = caller;
        await SyncThreads.Shared.RunAsync(() => ranOn = Environment.CurrentManagedThreadId);
        Assert.NotEqual(caller, ranOn);

        var failure = await Assert.ThrowsAsync<IOException>(() => SyncThreads.Shared.RunAsync(() => throw new IOException("fsync failed (errno 5)")));
        Assert.Equal("fsync failed (errno 5)", failure.Message);
    }

    [Fact]
    public async Task ManySyncsWaitedOnAtOnceAllComplete()
    {
        int done = 0;
        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => SyncThreads.Shared.RunAsync(() => Interlocked.Increment(ref done))));
        Assert.Equal(100, done);
    }

    [Fact]
    public async Task AfterSwitchingTheMethodGoesOnOnASyncThreadWhereSyncsRunAtOnce()
    {
        Assert.False(SyncThreads.OnSyncThread);

        await SyncThreads.Shared.SwitchTo();

        Assert.True(SyncThreads.OnSyncThread);
        int here = Environment.CurrentManagedThreadId;
        int ranOn = 0;
        var sync = SyncThreads.Shared.RunAsync(() => ranOn = Environment.CurrentManagedThreadId);
        Assert.True(sync.IsCompleted);
        Assert.Equal(here, ranOn);
    }

    [Fact]
    public async Task WorkPostedFromASyncThreadIsQueuedNotRunInsidePost()
    {
        await SyncThreads.Shared.SwitchTo();
        using var letGo = new ManualResetEventSlim();
        var sawLetGo = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        // Run inside Post, the work would wait for a signal only given after Post returns.
        SyncThreads.Shared.Post(() => sawLetGo.SetResult(letGo.Wait(TimeSpan.FromSeconds(10))));
        letGo.Set();

        Assert.True(await sawLetGo.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task BackgroundWorkRunsAtALowerPriorityThanTheSessionsSyncs()
    {
        int shared = 0, background = 0;
        await SyncThreads.Shared.RunAsync(() => shared = ThreadNice());
        var done = new TaskCompletionSource();
        SyncThreads.Background.Post(() =>
        {
            background = ThreadNice();
            done.SetResult();
        });
        await done.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(SyncThreads.BackgroundNice, background - shared);
    }

    /// <summary>The calling thread's niceness: field 19 of its stat line, counted after the command name's closing parenthesis.</summary>
    private static int ThreadNice()
    {
        string stat = File.ReadAllText("/proc/thread-self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16]);
    }
}
