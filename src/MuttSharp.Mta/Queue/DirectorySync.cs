using System.Runtime.ExceptionServices;
using MuttSharp.Core.IO;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// Group commit for a directory's fsync: sessions that renamed a file into the directory ask for a
/// sync. With none running, the caller's own sync starts at once. Requests made while one runs join
/// one round, the next fsync, which begins when the running one ends: nobody returns before a sync
/// that began after their request ended, and many sessions share one fsync instead of queueing one
/// each. The caller that started a sync goes on when it ends; the round that others joined runs on
/// the next free sync thread, so nobody waits for more than two fsyncs.
/// </summary>
internal sealed class DirectorySync(Action fsync)
{
    private readonly Lock gate = new();
    private bool running;
    private TaskCompletionSource? nextRound;

    /// <summary>Group commit for the fsync of the directory at <paramref name="path"/>.</summary>
    public DirectorySync(string path)
        : this(() => Posix.FsyncDirectory(path))
    {
    }

    /// <summary>Returns once a directory fsync that began after this call has completed.</summary>
    public Task SyncAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (running)
            {
                // Completed on the sync thread that ran the round: its waiters carry on from there.
                nextRound ??= new TaskCompletionSource();
                return nextRound.Task.WaitAsync(cancellationToken);
            }
            running = true;
        }
        return SyncThreads.Shared.RunAsync(() => Round(null));
    }

    /// <summary>One fsync for the caller that started it and the round <paramref name="joined"/>, then hands on the round that formed meanwhile.</summary>
    private void Round(TaskCompletionSource? joined)
    {
        Exception? failure = null;
        try
        {
            fsync();
        }
        catch (Exception e)
        {
            failure = e;
        }
        TaskCompletionSource? next;
        lock (gate)
        {
            next = nextRound;
            nextRound = null;
            running = next is not null;
        }
        if (next is not null)
            SyncThreads.Shared.Post(() => Round(next));
        if (failure is null)
        {
            joined?.SetResult();
            return;
        }
        joined?.SetException(failure);
        if (joined is null)
            ExceptionDispatchInfo.Throw(failure);
    }
}
