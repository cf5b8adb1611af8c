using System.Collections.Concurrent;
using MuttSharp.Core.Config;

namespace MuttSharp.Core.Mailboxes.Watching;

/// <summary>
/// Notices when mail arrives in, or is changed in, a set of folders: a
/// <see cref="FileSystemWatcher"/> on each Maildir's <c>new/</c> and <c>cur/</c> (or on an mbox
/// file's directory), and, as the fallback where file system events are missing (NFS, a full
/// inotify table), a check every <c>$mail_check</c> seconds of each folder's directory times.
/// A burst of events (a delivery of a thousand messages) is reported once per folder after it
/// settles. <see cref="MailboxChanged"/> is raised on a background thread; the UI hops to its own.
/// </summary>
public sealed class MailboxWatcher : IDisposable
{
    private readonly TimeProvider time;
    private readonly TimeSpan settle;
    private readonly ConcurrentDictionary<string, Watched> watched = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);
    private readonly ITimer poller;
    private readonly ITimer settler;
    private int disposed;

    /// <param name="pollInterval">How often folders are checked without events: Mutt's <c>$mail_check</c>.</param>
    /// <param name="timeProvider">The clock driving the checks.</param>
    /// <param name="settleDelay">How long a burst of file system events is gathered before it is reported.</param>
    public MailboxWatcher(TimeSpan pollInterval, TimeProvider? timeProvider = null, TimeSpan? settleDelay = null)
    {
        time = timeProvider ?? TimeProvider.System;
        settle = settleDelay ?? TimeSpan.FromMilliseconds(200);
        var interval = pollInterval > TimeSpan.Zero ? pollInterval : TimeSpan.FromSeconds(5);
        poller = time.CreateTimer(_ => CheckNow(), null, interval, interval);
        settler = time.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>A watcher that checks every <c>$mail_check</c> seconds of <paramref name="config"/>.</summary>
    public static MailboxWatcher FromConfig(MuttConfig config, TimeProvider? timeProvider = null) =>
        new(TimeSpan.FromSeconds(Math.Max(1, config.GetNumber("mail_check"))), timeProvider);

    /// <summary>Raised with a folder's path when something in it changed.</summary>
    public event EventHandler<string>? MailboxChanged;

    /// <summary>The folders being watched.</summary>
    public IReadOnlyCollection<string> Paths => [.. watched.Keys];

    /// <summary>Starts watching <paramref name="path"/> (a Maildir or an mbox file); watching it twice is watching it once, and once disposed, not at all.</summary>
    public void Watch(string path)
    {
        if (Volatile.Read(ref disposed) != 0)
            return;
        path = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
        watched.GetOrAdd(path, p => new Watched(p, Stamp(p), Listen(p)));
    }

    /// <summary>Stops watching <paramref name="path"/>.</summary>
    public void Unwatch(string path)
    {
        path = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
        if (watched.TryRemove(path, out var w))
            w.Dispose();
    }

    /// <summary>
    /// Checks every folder now, as the <c>$mail_check</c> timer does (and as Mutt does on a key press
    /// once the interval has passed): a folder whose directory times changed is reported. Costs one
    /// stat per directory, never a listing.
    /// </summary>
    public void CheckNow()
    {
        foreach (var w in watched.Values)
        {
            if (w.Update(Stamp(w.Path)))
                Raise(w.Path);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
            return;
        poller.Dispose();
        settler.Dispose();
        foreach (var w in watched.Values)
            w.Dispose();
        watched.Clear();
    }

    private List<FileSystemWatcher> Listen(string path)
    {
        var listeners = new List<FileSystemWatcher>();
        var directories = Directory.Exists(path)
            ? new[] { "new", "cur" }.Select(sub => System.IO.Path.Combine(path, sub)).Where(Directory.Exists)
            : [System.IO.Path.GetDirectoryName(path)!];
        foreach (string dir in directories)
        {
            try
            {
                var fsw = new FileSystemWatcher(dir)
                {
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    IncludeSubdirectories = false,
                };
                if (!Directory.Exists(path))
                    fsw.Filter = System.IO.Path.GetFileName(path);
                fsw.Created += (_, _) => Noticed(path);
                fsw.Deleted += (_, _) => Noticed(path);
                fsw.Renamed += (_, _) => Noticed(path);
                fsw.Changed += (_, _) => Noticed(path);
                fsw.EnableRaisingEvents = true;
                listeners.Add(fsw);
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                // No events for this directory (e.g. the inotify limit is reached): polling still covers it.
            }
        }
        return listeners;
    }

    private void Noticed(string path)
    {
        pending[path] = 0;
        if (Volatile.Read(ref disposed) == 0)
            settler.Change(settle, Timeout.InfiniteTimeSpan);
    }

    private void Flush()
    {
        foreach (string path in pending.Keys)
        {
            pending.TryRemove(path, out _);
            // An mbox whose time and size did not change was only touched: its atime put back after a
            // count (which raises an attribute event) must not start another count.
            if (watched.TryGetValue(path, out var w) && (w.Update(Stamp(path)) || Directory.Exists(path)))
                Raise(path);
        }
    }

    private void Raise(string path)
    {
        if (Volatile.Read(ref disposed) == 0)
            MailboxChanged?.Invoke(this, path);
    }

    /// <summary>What the poll compares: the times of <c>new/</c> and <c>cur/</c>, or an mbox file's time and size.</summary>
    private static (long, long) Stamp(string path)
    {
        try
        {
            if (Directory.Exists(path))
                return (Ticks(System.IO.Path.Combine(path, "new")), Ticks(System.IO.Path.Combine(path, "cur")));
            var file = new FileInfo(path);
            return file.Exists ? (file.LastWriteTimeUtc.Ticks, file.Length) : (0, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (0, 0);
        }
    }

    private static long Ticks(string directory) => Directory.Exists(directory) ? Directory.GetLastWriteTimeUtc(directory).Ticks : 0;

    private sealed class Watched(string path, (long, long) stamp, List<FileSystemWatcher> listeners) : IDisposable
    {
        private readonly Lock gate = new();
        private (long, long) stamp = stamp;

        public string Path { get; } = path;

        /// <summary>Records the folder's latest stamp; true when it differs from the one before (the poll and the events race).</summary>
        public bool Update((long, long) now)
        {
            lock (gate)
            {
                bool differs = now != stamp;
                stamp = now;
                return differs;
            }
        }

        public void Dispose()
        {
            foreach (var fsw in listeners)
                fsw.Dispose();
        }
    }
}
