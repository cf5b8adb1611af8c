using System.Runtime.CompilerServices;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// Runs the engine's disk work on a few threads of their own. An fsync holds its thread for a disk
/// round trip; on the thread pool that starves the sessions' socket work and makes the pool inject
/// more threads, each of which then spins whenever it runs out of work. Here a delivery moves onto a
/// sync thread once (<see cref="SwitchTo"/>) and does its whole file work there with blocking calls:
/// create, write, fsync, rename, directory sync, then the reply, up to its next socket read. A
/// message costs one hand-over between threads, and an idle sync thread sleeps on its monitor
/// without spinning.
/// </summary>
internal sealed class SyncThreads
{
    /// <summary>How many deliveries may be at the disk at once: enough to keep the disk's queue busy.</summary>
    private const int Threads = 8;

    [ThreadStatic]
    private static bool onSyncThread;

    private readonly Queue<Action> work = new();

    private SyncThreads()
    {
        for (int i = 0; i < Threads; i++)
            new Thread(Run) { IsBackground = true, Name = "fsync" }.Start();
    }

    /// <summary>The engine's one set of sync threads.</summary>
    public static SyncThreads Shared { get; } = new();

    /// <summary>True on one of the sync threads, where blocking file calls belong.</summary>
    public static bool OnSyncThread => onSyncThread;

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
        Post(() =>
        {
            try
            {
                sync();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        return done.Task;
    }

    /// <summary>Flushes a file's written bytes and metadata to disk on a sync thread.</summary>
    public Task FlushToDiskAsync(FileStream file, CancellationToken cancellationToken)
        => RunAsync(() => file.Flush(flushToDisk: true));

    /// <summary>
    /// <c>await SyncThreads.Shared.SwitchTo()</c>: the rest of the method runs on a sync thread (it
    /// goes on at once when already on one).
    /// </summary>
    public SwitchAwaitable SwitchTo() => new(this);

    /// <summary>Queues <paramref name="item"/> for the next free sync thread, even from a sync thread.</summary>
    public void Post(Action item)
    {
        lock (work)
        {
            work.Enqueue(item);
            Monitor.Pulse(work);
        }
    }

    private void Run()
    {
        onSyncThread = true;
        while (true)
        {
            Action next;
            lock (work)
            {
                while (work.Count == 0)
                    Monitor.Wait(work);
                next = work.Dequeue();
            }
            next();
        }
    }

    /// <summary>The awaitable of <see cref="SwitchTo"/>.</summary>
    public readonly struct SwitchAwaitable(SyncThreads threads) : ICriticalNotifyCompletion
    {
        /// <summary>The awaiter: this.</summary>
        public SwitchAwaitable GetAwaiter() => this;

        /// <summary>Already on a sync thread: nothing to switch.</summary>
        public bool IsCompleted => onSyncThread;

        /// <summary>Nothing to return.</summary>
        public void GetResult()
        {
        }

        /// <summary>Continues on a sync thread.</summary>
        public void OnCompleted(Action continuation) => threads.Post(continuation);

        /// <summary>Continues on a sync thread.</summary>
        public void UnsafeOnCompleted(Action continuation) => threads.Post(continuation);
    }
}
