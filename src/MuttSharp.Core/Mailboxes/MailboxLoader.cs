using MuttSharp.Core.Folders;
using MuttSharp.Core.HeaderCache;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Mbox;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Mailboxes;

/// <summary>
/// Opens a Maildir or an mbox into a <see cref="Mailbox"/>, off the caller's thread. A Maildir is
/// scanned from its directories; each file's summary comes from the header cache when its size and
/// mtime still match (or, with <see cref="MailboxLoaderOptions.HeaderCacheVerify"/> off, whenever its
/// unique name is cached), else from its header block, read in parallel. Messages are in mailbox order:
/// for a Maildir the unique names sorted by delivery time (<see cref="MaildirNames.CompareUnique"/>),
/// stable across opens and flag changes; for an mbox the file order. Unreadable files are skipped
/// and listed in <see cref="Mailbox.Errors"/>.
/// </summary>
public sealed class MailboxLoader
{
    private readonly MailboxLoaderOptions options;

    /// <param name="options">Cache, parallelism and limits; the defaults when null.</param>
    public MailboxLoader(MailboxLoaderOptions? options = null) => this.options = options ?? new MailboxLoaderOptions();

    /// <summary>
    /// Opens the folder at <paramref name="path"/>. Throws <see cref="IOException"/> only when the
    /// path is neither a Maildir nor an mbox file; problems with single messages are reported in the result.
    /// </summary>
    public Task<Mailbox> OpenAsync(string path, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return Task.Run(() => OpenFolderAsync(full, progress, cancellationToken), cancellationToken);
    }

    private async Task<Mailbox> OpenFolderAsync(string path, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        switch (FolderTree.Detect(path))
        {
            case MailboxFormat.Maildir:
                return await OpenMaildirAsync(path, progress, cancellationToken).ConfigureAwait(false);
            case MailboxFormat.Mbox:
                return OpenMbox(path, progress, cancellationToken);
        }
        throw new IOException(Directory.Exists(path) || File.Exists(path)
            ? $"{path}: not a Maildir or an mbox file"
            : $"{path}: no such folder");
    }

    private async Task<Mailbox> OpenMaildirAsync(string path, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var errors = new List<MailboxError>();
        progress?.Report(new LoadProgress(path, 0, 0));
        // The cache is read on another core while the directories are listed: neither needs the other.
        string? cacheFile = options.HeaderCache is { Length: > 0 } setting ? HeaderCacheStore.FileFor(setting, path) : null;
        var loading = cacheFile is null ? null : Task.Run(() => HeaderCacheStore.Load(cacheFile, path), cancellationToken);
        // Unverified, a warm open lists names only and trusts the cache by name, as Mutt does;
        // with no cache file yet every name would be a miss, so the scan stats them as it goes.
        bool trustCache = cacheFile is not null && !options.HeaderCacheVerify && File.Exists(cacheFile);
        var entries = MaildirScanner.Scan(path, errors, options.Parallelism, statFiles: !trustCache, cancellationToken);
        var cache = loading is null ? null : await loading.ConfigureAwait(false);

        var summaries = new MessageSummary?[entries.Length];
        var misses = new List<int>();
        for (int i = 0; i < entries.Length; i++)
        {
            var e = entries[i];
            if (cache is null)
            {
                misses.Add(i);
            }
            else if (e.HasStat)
            {
                if (cache.TryGet(e.UniqueSpan, e.Size, e.Modified, out var cached))
                    summaries[i] = cached;
                else
                    misses.Add(i);
            }
            else if (cache.TryGetUnverified(e.UniqueSpan, out long size, out var modified, out var trusted))
            {
                entries[i] = e with { Size = size, Modified = modified };
                summaries[i] = trusted;
            }
            else
            {
                misses.Add(i);
            }
        }
        int done = entries.Length - misses.Count;
        progress?.Report(new LoadProgress(path, done, entries.Length));

        var reader = new SummaryReader(options.Summary, new StringPool());
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        int interval = Math.Max(1, options.ProgressInterval);
        Parallel.For(0, misses.Count, parallel, k =>
        {
            int at = misses[k];
            // A name listed without a stat is stat'ed now; it may have vanished since the listing.
            string? error = entries[at].HasStat ? null : Stat(ref entries[at]);
            var e = entries[at];
            if (error is null)
            {
                // An empty file has nothing to read; not opening it also keeps a FIFO or device
                // (size 0) that someone dropped into cur/ from blocking the whole open.
                if (e.Size == 0)
                    summaries[at] = reader.Parse([], 0, e.Modified);
                else if (reader.TryReadFile(e.Path, e.Size, e.Modified, out var summary, out string readError))
                    summaries[at] = summary;
                else
                    error = readError;
            }
            if (error is not null)
            {
                lock (errors)
                    errors.Add(new MailboxError(e.Path, error));
            }
            int now = Interlocked.Increment(ref done);
            if (now % interval == 0)
                progress?.Report(new LoadProgress(path, now, entries.Length));
        });

        var messages = new List<Message>(entries.Length);
        for (int i = 0; i < entries.Length; i++)
        {
            if (summaries[i] is not { } summary)
                continue;
            var e = entries[i];
            messages.Add(new Message(messages.Count, e.Path, summary, e.Flags, e.ExtraFlagLetters));
        }

        // Rewrite the cache when it gained or lost entries; an unchanged folder writes nothing.
        if (cacheFile is not null && (misses.Count > 0 || cache!.Count != entries.Length - misses.Count || cache.Status != HeaderCacheStatus.Loaded))
        {
            string? cacheError = HeaderCacheStore.Save(cacheFile, path, Cached(entries, summaries));
            if (cacheError is not null)
                errors.Add(new MailboxError(cacheFile, cacheError));
        }
        progress?.Report(new LoadProgress(path, entries.Length, entries.Length));
        return new Mailbox(path, MailboxFormat.Maildir, messages, options.ReadOnly) { Errors = errors };
    }

    /// <summary>Fills in the size and mtime of an entry the scan listed by name only; the reason when it cannot, else null.</summary>
    private static string? Stat(ref MaildirEntry entry)
    {
        try
        {
            var info = new FileInfo(entry.Path);
            entry = entry with { Size = info.Length, Modified = new DateTimeOffset(info.LastWriteTimeUtc.Ticks, TimeSpan.Zero) };
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    private static IEnumerable<(string, long, DateTimeOffset, MessageSummary)> Cached(MaildirEntry[] entries, MessageSummary?[] summaries)
    {
        for (int i = 0; i < entries.Length; i++)
            if (summaries[i] is { } summary)
                yield return (entries[i].Unique, entries[i].Size, entries[i].Modified, summary);
    }

    private Mailbox OpenMbox(string path, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var errors = new List<MailboxError>();
        progress?.Report(new LoadProgress(path, 0, 0));
        var found = MboxReader.Read(path, new SummaryReader(options.Summary, new StringPool()), errors, cancellationToken);
        var messages = new Message[found.Count];
        for (int i = 0; i < found.Count; i++)
            messages[i] = new Message(i, path, found[i].Summary, found[i].Flags) { Offset = found[i].Offset };
        progress?.Report(new LoadProgress(path, messages.Length, messages.Length));
        // Writing flags back into an mbox means rewriting the file; MuttSharp opens mbox read-only.
        return new Mailbox(path, MailboxFormat.Mbox, messages, readOnly: true) { Errors = errors };
    }
}
