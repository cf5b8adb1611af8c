using System.Collections.Concurrent;
using MuttSharp.Core.IO;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// Empty files kept ready in <c>active/</c>, each under a fresh queue id, so that committing a message
/// takes one flush: its content and END record are written into a file whose name is already on disk,
/// and an fdatasync makes both durable at once, with no rename and no directory sync before 250.
/// The files are made in batches off the sessions' path (a spare renamed in, else a new file), and
/// one fsync of <c>active/</c> makes a whole batch's names durable before any of them is handed out.
/// A crash leaves the unused ones empty, which no committed message ever is: startup removes them.
/// </summary>
internal sealed class BlankFilePool
{
    private readonly QueueStore store;
    private readonly int size;
    private readonly ConcurrentQueue<string> ready = new();
    private readonly ConcurrentDictionary<string, byte> taken = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private bool refilling;
    private bool closed;

    /// <summary>A pool of <paramref name="size"/> blank files in <paramref name="store"/>'s <c>active/</c>; empty until <see cref="Refill"/>.</summary>
    public BlankFilePool(QueueStore store, int size)
    {
        this.store = store;
        this.size = size;
    }

    /// <summary>How many blank files are ready to be handed out.</summary>
    public int Ready => ready.Count;

    /// <summary>Hands out a blank file's queue id; false when none is ready. A refill starts when half are gone.</summary>
    public bool TryTake(out string id)
    {
        bool took = ready.TryDequeue(out id!);
        if (took)
            taken[id] = 0;
        if (ready.Count <= size / 2)
            RequestRefill();
        return took;
    }

    /// <summary>True while <paramref name="id"/> names a blank file handed out and neither written nor given back.</summary>
    public bool IsTaken(string id) => taken.ContainsKey(id);

    /// <summary>Takes <paramref name="id"/> off the handed-out list; true when it was a blank file handed out.</summary>
    public bool Release(string id) => taken.TryRemove(id, out _);

    /// <summary>Makes blank files until <see cref="Ready"/> reaches the pool's size, then syncs <c>active/</c> once and hands them out.</summary>
    public void Refill()
    {
        var made = new List<string>();
        try
        {
            while (ready.Count + made.Count < size)
            {
                string id = store.NewQueueId();
                if (store.TryMakeBlank(id))
                    made.Add(id);
            }
            // Only now are the names durable: a blank handed out before would need a directory sync at commit.
            Posix.FsyncDirectory(store.AreaPath(QueueArea.Active));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The disk refused (full, failing): the sessions write new files as they did without a pool.
            Discard(made);
            return;
        }
        lock (gate)
        {
            if (!closed)
            {
                foreach (string id in made)
                    ready.Enqueue(id);
                return;
            }
        }
        Discard(made);
    }

    /// <summary>Stops refilling and takes the blank files that are ready out of <c>active/</c>.</summary>
    public void Close()
    {
        lock (gate)
            closed = true;
        var left = new List<string>();
        while (ready.TryDequeue(out string? id))
            left.Add(id);
        Discard(left);
    }

    private void RequestRefill()
    {
        lock (gate)
        {
            if (refilling || closed)
                return;
            refilling = true;
        }
        SyncThreads.Shared.Post(() =>
        {
            try
            {
                Refill();
            }
            finally
            {
                lock (gate)
                    refilling = false;
            }
        });
    }

    private void Discard(List<string> ids)
    {
        foreach (string id in ids)
        {
            try
            {
                store.Remove(id, QueueArea.Active);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left empty in active/: the next startup removes it.
            }
        }
    }
}
