using MuttSharp.Core.IO;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// Group commit for a directory's fsync: sessions that renamed a file into the directory ask for a
/// sync; one sync that starts after a request was made covers it, so many sessions committing at
/// once share one fsync instead of queueing one each. Nobody returns before a covering sync ended.
/// </summary>
internal sealed class DirectorySync(string path)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private long requested;
    private long covered;

    /// <summary>Returns once a directory fsync that began after this call has completed.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        long ticket = Interlocked.Increment(ref requested);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref covered) >= ticket)
                return;
            // Every request numbered up to here renamed its file before taking its number.
            long upTo = Volatile.Read(ref requested);
            await SyncThreads.Shared.RunAsync(() => Posix.FsyncDirectory(path)).ConfigureAwait(false);
            Volatile.Write(ref covered, upTo);
        }
        finally
        {
            gate.Release();
        }
    }
}
