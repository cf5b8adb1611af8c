using System.Runtime.CompilerServices;
using MuttSharp.Core.IO;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// Runs the engine's disk work on a few threads of their own. An fsync holds its thread for a disk
/// round trip; on the thread pool that starves the sessions' socket work and makes the pool inject
/// more threads, each of which then spins whenever it runs out of work. Here a delivery moves onto a
/// sync thread once (<see cref="SwitchTo"/>) and does its whole file work there with blocking calls:
/// create, write, fsync, rename, directory sync, then the reply, up to its next socket read. A
/// message costs one hand-over between threads, and an idle sync thread sleeps on its monitor
/// without spinning.
/// <para>
/// Work that no client waits for (a message's delivery after its 250) goes to
/// <see cref="Background"/>, whose threads run at a lower CPU priority: on a busy machine they then
/// give way to the sessions, which otherwise they interrupt at every message.
/// </para>
/// </summary>
internal sealed class SyncThreads
{
    /// <summary>
    /// The niceness of <see cref="Background"/>'s threads: ten steps below the sessions', so that they
    /// get about a tenth of a contended core, and all of an idle one.
    /// </summary>
    internal const int BackgroundNice = 10;

    [ThreadStatic]
    private static bool onSyncThread;

    private readonly Queue<Action> work = new();
    private readonly int nice;

    private SyncThreads(int threads, string name, int nice)
    {
        this.nice = nice;
        for (int i = 0; i < threads; i++)
            new Thread(Run) { IsBackground = true, Name = name }.Start();
    }

    /// <summary>The sync threads of work a client is waiting for: enough to keep the disk's queue busy.</summary>
    public static SyncThreads Shared { get; } = new(8, "fsync", 0);

    /// <summary>The sync threads of work nobody waits for, at <see cref="BackgroundNice"/>.</summary>
    public static SyncThreads Background { get; } = new(4, "fsync-bg", BackgroundNice);

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
        if (nice != 0)
            Posix.TrySetThreadNice(nice); // best effort: where it cannot, the work runs as the rest

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
