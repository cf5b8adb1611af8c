namespace MuttSharp.Mta.Queue;

/// <summary>
/// Runs fsyncs on a few threads of their own. An fsync holds its thread for a disk round trip; on
/// the thread pool that starves the sessions' socket work and makes the pool inject more threads,
/// each of which then spins whenever it runs out of work. Here the sessions await the sync instead,
/// and an idle sync thread sleeps on its monitor without spinning. The awaiting session carries on
/// on the sync thread (its rename, the directory sync, the reply) up to its next socket read, so a
/// message costs one hand-over between threads, not one there and one back for each sync.
/// </summary>
internal sealed class SyncThreads
{
    /// <summary>How many fsyncs may be in flight at once: enough to keep the disk's queue busy.</summary>
    private const int Threads = 8;

    [ThreadStatic]
    private static bool onSyncThread;

    private readonly Queue<(Action Sync, TaskCompletionSource Done)> work = new();

    private SyncThreads()
    {
        for (int i = 0; i < Threads; i++)
            new Thread(Run) { IsBackground = true, Name = "fsync" }.Start();
    }

    /// <summary>The engine's one set of sync threads.</summary>
    public static SyncThreads Shared { get; } = new();

    /// <summary>Runs <paramref name="sync"/> on a sync thread (at once when called on one); completes (or fails) when it has.</summary>
    public Task RunAsync(Action sync)
    {
        if (onSyncThread)
        {
            try
            {
                sync();
                return Task.CompletedTask;
            }
            catch (Exception e)
            {
                return Task.FromException(e);
            }
        }
        var done = new TaskCompletionSource();
        lock (work)
        {
            work.Enqueue((sync, done));
            Monitor.Pulse(work);
        }
        return done.Task;
    }

    /// <summary>Flushes a file's written bytes and metadata to disk on a sync thread.</summary>
    public Task FlushToDiskAsync(FileStream file, CancellationToken cancellationToken)
        => RunAsync(() => file.Flush(flushToDisk: true));

    private void Run()
    {
        onSyncThread = true;
        while (true)
        {
            (Action Sync, TaskCompletionSource Done) next;
            lock (work)
            {
                while (work.Count == 0)
                    Monitor.Wait(work);
                next = work.Dequeue();
            }
            var (sync, done) = next;
            try
            {
                sync();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }
    }
}
