using System.Runtime.ExceptionServices;
using MuttSharp.Core.IO;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// Group commit for a directory's fsync: sessions that renamed a file into the directory ask for a
/// sync. With none running, an urgent caller's own sync starts at once. Requests made while one runs
/// join one round, the next fsync, which begins when the running one ends: nobody returns before a
/// sync that began after their request ended, and many sessions share one fsync instead of queueing
/// one each. The caller that started a sync goes on when it ends; the round that others joined runs on
/// the next free sync thread, so nobody waits for more than two fsyncs.
/// <para>
/// A request nobody is waiting on (a copy of a message already answered with 250) lingers instead:
/// its round starts <see cref="Linger"/> later, or at once when an urgent request comes meanwhile. A
/// lone session's copies then share a directory flush rather than taking one each from the disk that
/// its next message's commit is waiting for.
/// </para>
/// </summary>
internal sealed class DirectorySync
{
    /// <summary>How long a round that nobody waits for gathers requests before its fsync.</summary>
    public static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(20);

    private readonly Action fsync;
    private readonly ITimer lingering;
    private readonly Lock gate = new();
    private bool running;
    private bool armed;
    private TaskCompletionSource? nextRound;
    private bool nextRoundUrgent;

    /// <summary>Group commit for <paramref name="fsync"/>; lingering rounds are timed by <paramref name="time"/>.</summary>
    public DirectorySync(Action fsync, TimeProvider time)
    {
        this.fsync = fsync;
        lingering = time.CreateTimer(_ => LingerEnded(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Group commit for the fsync of the directory at <paramref name="path"/>.</summary>
    public DirectorySync(string path)
        : this(() => Posix.FsyncDirectory(path), TimeProvider.System)
    {
    }

    /// <summary>
    /// Returns once a directory fsync that began after this call has completed. Unless
    /// <paramref name="urgent"/>, that fsync may wait up to <see cref="Linger"/> for others to join it.
    /// </summary>
    public Task SyncAsync(CancellationToken cancellationToken, bool urgent = true)
    {
        TaskCompletionSource? joined;
        lock (gate)
        {
            if (running || !urgent)
            {
                // Completed on the sync thread that ran the round: its waiters carry on from there.
                nextRound ??= new TaskCompletionSource();
                nextRoundUrgent |= urgent;
                if (!running)
                    ArmLinger();
                return nextRound.Task.WaitAsync(cancellationToken);
            }
            // An urgent sync with none running takes along the round that was lingering, if any.
            running = true;
            joined = TakeNextRound();
        }
        return SyncThreads.Shared.RunAsync(() => Round(joined));
    }

    private void LingerEnded()
    {
        TaskCompletionSource? joined;
        lock (gate)
        {
            armed = false;
            if (running || nextRound is null)
                return;
            running = true;
            joined = TakeNextRound();
        }
        // Only copies already answered wait for a lingering round.
        SyncThreads.Background.Post(() => Round(joined));
    }

    /// <summary>Starts the timer that ends the lingering round, unless it runs already (under the gate).</summary>
    private void ArmLinger()
    {
        if (armed)
            return;
        armed = true;
        lingering.Change(Linger, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Hands out the round that formed meanwhile (under the gate).</summary>
    private TaskCompletionSource? TakeNextRound()
    {
        var round = nextRound;
        nextRound = null;
        nextRoundUrgent = false;
        return round;
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
        TaskCompletionSource? next = null;
        lock (gate)
        {
            if (nextRoundUrgent)
                next = TakeNextRound();
            else if (nextRound is not null)
                ArmLinger(); // only lingering requests came meanwhile: they wait for the timer, or for an urgent one
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
