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
    private readonly string[] paths;
    private readonly ConcurrentDictionary<string, MailboxStats> stats = new(StringComparer.Ordinal);

    /// <param name="paths">The folders, expanded, in the order the sidebar shows them.</param>
    public MailboxList(IEnumerable<string> paths)
    {
        this.paths = [.. paths.Select(Normal).Distinct(StringComparer.Ordinal)];
        foreach (string path in this.paths)
            stats[path] = new MailboxStats(path, 0, 0, 0, 0);
    }

    /// <summary>The <c>mailboxes</c> of <paramref name="config"/>.</summary>
    public static MailboxList FromConfig(MuttConfig config) => new(config.Mailboxes);

    /// <summary>Raised (on a background thread) with a folder's path when its counts changed.</summary>
    public event EventHandler<string>? Updated;

    /// <summary>The folders in <c>mailboxes</c> order.</summary>
    public IReadOnlyList<string> Paths => paths;

    /// <summary>Each folder's latest counts, in <c>mailboxes</c> order.</summary>
    public IReadOnlyList<MailboxStats> All => [.. paths.Select(p => stats[p])];

    /// <summary>The latest counts of <paramref name="path"/>, or null when it is not one of the <c>mailboxes</c>.</summary>
    public MailboxStats? Find(string path) => stats.GetValueOrDefault(Normal(path));

    /// <summary>Mutt's <c>%b</c>: how many folders other than <paramref name="open"/> have new mail.</summary>
    public int WithNewMail(string? open = null)
    {
        string? skip = open is null ? null : Normal(open);
        return paths.Count(p => p != skip && stats[p].HasNewMail);
    }

    /// <summary>Recounts every folder.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        foreach (string path in paths)
            await RefreshAsync(path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Recounts one folder (a name-only scan of a Maildir) and reports it when the counts changed.</summary>
    public async Task<MailboxStats?> RefreshAsync(string path, CancellationToken cancellationToken = default)
    {
        path = Normal(path);
        if (!stats.ContainsKey(path))
            return null;
        var now = await Task.Run(() => MailboxStats.Count(path, cancellationToken), cancellationToken).ConfigureAwait(false);
        var before = stats[path];
        stats[path] = now;
        if (now != before)
            Updated?.Invoke(this, path);
        return now;
    }

    /// <summary>Watches every folder with <paramref name="watcher"/> and recounts each one it reports.</summary>
    public void Attach(MailboxWatcher watcher)
    {
        foreach (string path in paths)
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

    private static string Normal(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
