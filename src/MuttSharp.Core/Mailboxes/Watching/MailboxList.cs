using System.Collections.Concurrent;
using MuttSharp.Core.Config;

namespace MuttSharp.Core.Mailboxes.Watching;

/// <summary>
/// The folders named by <c>mailboxes</c>, each with its latest <see cref="MailboxStats"/>: what the
/// sidebar draws, what <c>y</c> lists, and Mutt's <c>%b</c> (folders with new mail). Counts are
/// refreshed for a folder when a <see cref="MailboxWatcher"/> reports it, and for all of them on
/// <see cref="RefreshAsync(CancellationToken)"/> (at start, and every
/// <c>$mail_check_stats_interval</c> seconds with <c>$mail_check_stats</c>).
/// </summary>
public sealed class MailboxList
{
    private readonly MuttConfig? config;
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, MailboxStats> stats = new(StringComparer.Ordinal);
    private string[] paths = [];
    private string[] followed = [];
    private MailboxWatcher? watcher;

    /// <param name="paths">The folders, expanded, in the order the sidebar shows them.</param>
    public MailboxList(IEnumerable<string> paths) => Replace([.. paths], out _);

    private MailboxList(MuttConfig config)
    {
        this.config = config;
        // Counted by the first refresh, as a list given at start is.
        followed = Snapshot(config.Mailboxes);
        Replace(followed, out _);
    }

    /// <summary>
    /// The <c>mailboxes</c> of <paramref name="config"/>, followed as they change: a <c>mailboxes</c> or
    /// <c>unmailboxes</c> given at the <c>:</c> prompt (or by a hook) adds or drops folders the next
    /// time the list is read, and a folder added is watched and counted in the background.
    /// </summary>
    public static MailboxList FromConfig(MuttConfig config) => new(config);

    /// <summary>Raised (on a background thread) with a folder's path when its counts changed, or when it joined or left the list.</summary>
    public event EventHandler<string>? Updated;

    /// <summary>The folders in <c>mailboxes</c> order.</summary>
    public IReadOnlyList<string> Paths => Follow();

    /// <summary>Each folder's latest counts, in <c>mailboxes</c> order.</summary>
    public IReadOnlyList<MailboxStats> All => [.. Follow().Select(Stats)];

    /// <summary>The latest counts of <paramref name="path"/>, or null when it is not one of the <c>mailboxes</c>.</summary>
    public MailboxStats? Find(string path)
    {
        Follow();
        return stats.GetValueOrDefault(Normal(path));
    }

    /// <summary>Mutt's <c>%b</c>: how many folders other than <paramref name="open"/> have new mail.</summary>
    public int WithNewMail(string? open = null)
    {
        string? skip = open is null ? null : Normal(open);
        return Follow().Count(p => p != skip && Stats(p).HasNewMail);
    }

    /// <summary>Recounts every folder.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        foreach (string path in Follow())
            await RefreshAsync(path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Recounts one folder (a name-only scan of a Maildir) and reports it when the counts changed.</summary>
    public async Task<MailboxStats?> RefreshAsync(string path, CancellationToken cancellationToken = default)
    {
        path = Normal(path);
        if (!stats.ContainsKey(path))
            return null;
        var now = await Task.Run(() => MailboxStats.Count(path, cancellationToken), cancellationToken).ConfigureAwait(false);
        // Dropped by unmailboxes while it was counted: it stays dropped.
        if (!stats.TryGetValue(path, out var before) || !stats.TryUpdate(path, now, before))
            return null;
        if (now != before)
            Updated?.Invoke(this, path);
        return now;
    }

    /// <summary>
    /// Watches every folder with <paramref name="watcher"/> and recounts each one it reports; folders
    /// added later to <c>mailboxes</c> are watched by the watcher attached last (one per open folder).
    /// </summary>
    public void Attach(MailboxWatcher watcher)
    {
        lock (gate)
            this.watcher = watcher;
        foreach (string path in Follow())
            watcher.Watch(path);
        watcher.MailboxChanged += async (_, path) =>
        {
            try
            {
                await RefreshAsync(path).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
            {
                // The next change or poll counts it again.
            }
        };
    }

    /// <summary>
    /// With <c>$mail_check_stats</c> set, recounts every folder each <c>$mail_check_stats_interval</c>
    /// seconds (as Mutt does, since file system events can be missed); both are read at each tick,
    /// so a <c>:set</c> takes effect. Dispose the result to stop.
    /// </summary>
    public ITimer ScheduleStats(MuttConfig config, TimeProvider? timeProvider = null)
    {
        var time = timeProvider ?? TimeProvider.System;
        ITimer? timer = null;
        TimeSpan Interval() => TimeSpan.FromSeconds(Math.Max(1, config.GetNumber("mail_check_stats_interval")));
        timer = time.CreateTimer(async _ =>
        {
            timer?.Change(Interval(), Interval());
            if (!config.GetBool("mail_check_stats"))
                return;
            try
            {
                await RefreshAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Counted again at the next tick.
            }
        }, null, Interval(), Interval());
        return timer;
    }

    private MailboxStats Stats(string path) => stats.GetValueOrDefault(path) ?? Empty(path);

    private static MailboxStats Empty(string path) => new(path, 0, 0, 0, 0);

    /// <summary>
    /// The folders now: when the muttrc's <c>mailboxes</c> changed since the last look, the list takes
    /// the new ones (watched, and counted in the background) and forgets the dropped ones. Comparing
    /// the two short lists on every read is what lets a live <c>:mailboxes</c> reach every reader of it.
    /// </summary>
    private string[] Follow()
    {
        if (config is null)
            return paths;
        string[] added, dropped;
        lock (gate)
        {
            if (Same(config.Mailboxes, followed))
                return paths;
            followed = Snapshot(config.Mailboxes);
            added = Replace(followed, out dropped);
            foreach (string path in added)
                watcher?.Watch(path);
        }
        // A dropped folder stays watched: the open folder may share the watcher. Its reports are ignored.
        _ = Task.Run(async () =>
        {
            foreach (string path in dropped)
                Updated?.Invoke(this, path);
            foreach (string path in added)
            {
                MailboxStats? counted = null;
                try
                {
                    counted = await RefreshAsync(path).ConfigureAwait(false);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Counted again when the watcher reports it.
                }
                // An empty folder's count changes nothing, so the recount did not report its arrival.
                if (counted is null || counted == Empty(path))
                    Updated?.Invoke(this, path);
            }
        });
        return paths;
    }

    // The muttrc's list changes on the UI thread while a timer may read it: read by index, never enumerated,
    // so that a change under the read is seen at the next one rather than thrown.
    private static bool Same(IReadOnlyList<string> now, string[] before)
    {
        if (now.Count != before.Length)
            return false;
        for (int i = 0; i < before.Length; i++)
        {
            if (i >= now.Count || now[i] != before[i])
                return false;
        }
        return true;
    }

    private static string[] Snapshot(IReadOnlyList<string> list)
    {
        var copy = new List<string>(list.Count);
        for (int i = 0; i < list.Count; i++)
            copy.Add(list[i]);
        return [.. copy];
    }

    /// <summary>Makes <paramref name="wanted"/> the list, keeping the counts of folders already in it; returns the folders added.</summary>
    private string[] Replace(IReadOnlyList<string> wanted, out string[] dropped)
    {
        string[] next = [.. wanted.Select(Normal).Distinct(StringComparer.Ordinal)];
        string[] added = [.. next.Where(p => !stats.ContainsKey(p))];
        foreach (string path in added)
            stats[path] = Empty(path);
        dropped = [.. paths.Except(next, StringComparer.Ordinal)];
        foreach (string path in dropped)
            stats.TryRemove(path, out _);
        paths = next;
        return added;
    }

    private static string Normal(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
