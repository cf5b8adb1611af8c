using MuttSharp.Core.Folders;
using MuttSharp.Core.HeaderCache;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Mbox;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;
using MuttSharp.Core.Threading;

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
        => OpenAsync(path, static mailbox => mailbox, progress, cancellationToken: cancellationToken);

    /// <summary>
    /// Opens the folder at <paramref name="path"/> and returns what <paramref name="prepare"/> makes
    /// of it: the threading and sorting its caller does next. On a warm open the two overlap. The
    /// messages the cache knows by name are taken from it at once, and <paramref name="prepare"/>
    /// runs while other cores stat their files to validate it. When a stat disagrees with the cache
    /// (rare: a Maildir file is not rewritten in place), those files are read again and
    /// <paramref name="prepare"/> runs once more on the corrected folder, whose result is returned.
    /// <paramref name="provisional"/>, when given, receives the first result of a warm open before
    /// the stats are taken, for a screen that can show it at once and replace it if another comes;
    /// the stats then follow rather than overlap <paramref name="prepare"/>. It also receives the result
    /// before the cache is written, which the returned result then follows.
    /// </summary>
    public Task<T> OpenAsync<T>(string path, Func<Mailbox, T> prepare, IProgress<LoadProgress>? progress = null,
        Action<T>? provisional = null, CancellationToken cancellationToken = default)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return Task.Run(() => OpenFolderAsync(full, prepare, progress, provisional, cancellationToken), cancellationToken);
    }

    private async Task<T> OpenFolderAsync<T>(string path, Func<Mailbox, T> prepare, IProgress<LoadProgress>? progress, Action<T>? provisional,
        CancellationToken cancellationToken)
    {
        switch (FolderTree.Detect(path))
        {
            case MailboxFormat.Maildir:
                return await OpenMaildirAsync(path, prepare, progress, provisional, cancellationToken).ConfigureAwait(false);
            case MailboxFormat.Mbox:
                return prepare(OpenMbox(path, progress, cancellationToken));
        }
        throw new IOException(Directory.Exists(path) || File.Exists(path)
            ? $"{path}: not a Maildir or an mbox file"
            : $"{path}: no such folder");
    }

    private async Task<T> OpenMaildirAsync<T>(string path, Func<Mailbox, T> prepare, IProgress<LoadProgress>? progress, Action<T>? provisional,
        CancellationToken cancellationToken)
    {
        var errors = new List<MailboxError>();
        progress?.Report(new LoadProgress(path, 0, 0));
        // The cache is read on another core while the directories are listed: neither needs the other.
        string? cacheFile = options.HeaderCache is { Length: > 0 } setting ? HeaderCacheStore.FileFor(setting, path) : null;
        var loading = cacheFile is null ? null : Task.Run(() => HeaderCacheStore.Load(cacheFile, path), cancellationToken);
        bool cached = cacheFile is not null && File.Exists(cacheFile);
        // With a cache, the names alone are listed, and when they are exactly those the cache holds (the usual
        // case), the folder is taken from the cache as it stands: no name becomes a string and nothing is sorted.
        var names = cached ? MaildirScanner.TryListNames(path) : null;
        var cache = loading is null ? null : await loading.ConfigureAwait(false);
        var misses = new List<int>();
        var unverified = new List<int>();
        if (names is { } listed && cache!.ListsAs(listed))
        {
            var (asCached, cachedSummaries) = cache.Listing(path);
            if (options.HeaderCacheVerify)
                unverified.AddRange(Enumerable.Range(0, asCached.Length));
            return await FinishAsync(path, prepare, progress, provisional, asCached, cachedSummaries, cacheFile, cache, misses, unverified, errors,
                cancellationToken).ConfigureAwait(false);
        }

        // New mail, files read or removed since: the names are listed again, this time kept, and the cache's files that
        // are still there keep their place, the new ones, read now, following them.
        if (names is not null && cache!.Status == HeaderCacheStatus.Loaded
            && MaildirScanner.TryListNameList(path, cache.NameBytes + cache.NameBytes / 8) is { } changed
            && cache.Delta(changed, path) is var (current, currentSummaries, added))
        {
            int kept = current.Length - added;
            misses.AddRange(Enumerable.Range(kept, added));
            if (options.HeaderCacheVerify)
                unverified.AddRange(Enumerable.Range(0, kept));
            return await FinishAsync(path, prepare, progress, provisional, current, currentSummaries, cacheFile, cache, misses, unverified, errors,
                cancellationToken).ConfigureAwait(false);
        }

        // Otherwise the names are listed again as entries and matched with the cache one by one; the stats that validate
        // it come later, beside the threading. With no cache, every name is a miss and is stat'ed as it is listed.
        var entries = MaildirScanner.Scan(path, errors, options.Parallelism, statFiles: !cached, cancellationToken);
        var summaries = new MessageSummary?[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            var e = entries[i];
            if (cache is null)
            {
                misses.Add(i);
            }
            else if (e.HasStat)
            {
                if (cache.TryGet(e.NameInFolder, e.Size, e.Modified, out var summary))
                    summaries[i] = summary;
                else
                    misses.Add(i);
            }
            else if (cache.TryGetUnverified(e.NameInFolder, out long size, out var modified, out var summary))
            {
                entries[i] = e with { Size = size, Modified = modified };
                summaries[i] = summary;
                if (options.HeaderCacheVerify)
                    unverified.Add(i);
            }
            else
            {
                misses.Add(i);
            }
        }
        return await FinishAsync(path, prepare, progress, provisional, entries, summaries, cacheFile, cache, misses, unverified, errors,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The rest of a Maildir open, once each entry has its cached summary or is among the <paramref name="misses"/>:
    /// reads the misses, prepares the folder, validates the <paramref name="unverified"/> summaries with a stat each
    /// (reading again those whose file changed), and rewrites the cache when it is not the folder any more.
    /// </summary>
    private async Task<T> FinishAsync<T>(string path, Func<Mailbox, T> prepare, IProgress<LoadProgress>? progress, Action<T>? provisional,
        MaildirEntry[] entries, MessageSummary?[] summaries, string? cacheFile, HeaderCacheStore? cache, List<int> misses, List<int> unverified,
        List<MailboxError> errors, CancellationToken cancellationToken)
    {
        int hits = entries.Length - misses.Count;
        progress?.Report(new LoadProgress(path, hits, entries.Length));

        // $maildir_header_cache_verify: one stat per cached file, on the other cores while the folder is
        // prepared; or, for a caller that shows the provisional result, once that result is handed over, so
        // that the stats do not hold up what the user is waiting for, and on one core fewer, which the screen
        // needs meanwhile to draw it.
        int cores = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount;
        int verifiers = provisional is null ? cores : Math.Max(1, cores - 1);
        Task<List<(int Index, long Size, DateTimeOffset Modified, string? Error)>> Verify() =>
            Task.Run(() => MaildirScanner.Changed(entries, unverified, verifiers, cancellationToken), cancellationToken);
        bool verify = unverified.Count > 0;
        var verifying = verify && provisional is null ? Verify() : null;
        var reader = new SummaryReader(options.Summary, new StringPool());
        Read(path, entries, summaries, misses, hits, reader, errors, progress, cancellationToken);
        var result = prepare(Build(path, entries, summaries, errors, cacheFile));
        bool shown = false;
        if (verify && provisional is not null)
        {
            provisional(result);
            shown = true;
            verifying = Verify();
        }
        int reread = 0;
        if (verifying is not null && await verifying.ConfigureAwait(false) is { Count: > 0 } changed)
        {
            foreach (var (at, _, _, _) in changed)
                summaries[at] = null;
            reread = changed.Count;
            Read(path, entries, summaries, Update(entries, changed, errors), entries.Length - reread, reader, errors, progress, cancellationToken);
            result = prepare(Build(path, entries, summaries, errors, cacheFile));
            shown = false;
        }

        // Rewrite the cache when it gained or lost entries, or names files that were renamed since (flags changed, or
        // moved from new/ to cur/); an unchanged folder writes nothing.
        if (cacheFile is not null && (misses.Count + reread + cache!.Renamed > 0 || cache.Count != hits || cache.Status != HeaderCacheStatus.Loaded))
        {
            // A screen waiting for the folder gets it before the cache is written, which takes a while for a large one.
            if (provisional is not null && !shown)
                provisional(result);
            string? cacheError = HeaderCacheStore.Save(cacheFile, path, Cached(entries, summaries));
            if (cacheError is not null)
                errors.Add(new MailboxError(cacheFile, cacheError));
        }
        progress?.Report(new LoadProgress(path, entries.Length, entries.Length));
        return result;
    }

    /// <summary>
    /// Reads the header blocks of the entries at <paramref name="indexes"/>, in parallel, after
    /// stat'ing those the listing named only; a file that cannot be read goes to <paramref name="errors"/>.
    /// </summary>
    private void Read(string path, MaildirEntry[] entries, MessageSummary?[] summaries, List<int> indexes, int done, SummaryReader reader,
        List<MailboxError> errors, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var unstated = indexes.Where(i => !entries[i].HasStat).ToArray();
        if (unstated.Length > 0)
        {
            // A file gone since the listing is reported by Update and not read.
            Update(entries, MaildirScanner.Changed(entries, unstated, options.Parallelism, cancellationToken), errors);
            indexes = [.. indexes.Where(i => entries[i].HasStat)];
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        int interval = Math.Max(1, options.ProgressInterval);
        Parallel.For(0, indexes.Count, parallel, k =>
        {
            int at = indexes[k];
            var e = entries[at];
            string? error = null;
            // An empty file has nothing to read; not opening it also keeps a FIFO or device
            // (size 0) that someone dropped into cur/ from blocking the whole open.
            if (e.Size == 0)
                summaries[at] = reader.Parse([], 0, e.Modified);
            else if (reader.TryReadFile(e.Path, e.Size, e.Modified, out var summary, out string readError))
                summaries[at] = summary;
            else
                error = readError;
            if (error is not null)
            {
                lock (errors)
                    errors.Add(new MailboxError(e.Path, error));
            }
            int now = Interlocked.Increment(ref done);
            if (now % interval == 0)
                progress?.Report(new LoadProgress(path, now, entries.Length));
        });
    }

    /// <summary>
    /// Takes in the stats of entries found <paramref name="changed"/>: each is given its file's
    /// size and mtime, and one whose file is gone (another reader expunged it since the listing)
    /// is reported and keeps no stat. Returns the entries still there, to be read.
    /// </summary>
    private static List<int> Update(MaildirEntry[] entries, List<(int Index, long Size, DateTimeOffset Modified, string? Error)> changed, List<MailboxError> errors)
    {
        var there = new List<int>(changed.Count);
        foreach (var (at, size, modified, error) in changed)
        {
            if (error is not null)
            {
                errors.Add(new MailboxError(entries[at].Path, error));
                entries[at] = entries[at] with { Size = -1 };
                continue;
            }
            entries[at] = entries[at] with { Size = size, Modified = modified };
            there.Add(at);
        }
        return there;
    }

    /// <summary>The messages that have a summary, in mailbox order; their threads are kept beside the header cache, if any.</summary>
    private Mailbox Build(string path, MaildirEntry[] entries, MessageSummary?[] summaries, List<MailboxError> errors, string? cacheFile)
    {
        var messages = new List<Message>(entries.Length);
        for (int i = 0; i < entries.Length; i++)
        {
            if (summaries[i] is not { } summary)
                continue;
            var e = entries[i];
            messages.Add(new Message(messages.Count, e.Path, summary, e.Flags, e.ExtraFlagLetters));
        }
        return new Mailbox(path, MailboxFormat.Maildir, messages, options.ReadOnly) { Errors = errors, ThreadCacheFile = cacheFile is null ? null : ThreadCache.FileFor(cacheFile) };
    }

    private static IEnumerable<(string, long, DateTimeOffset, MessageSummary)> Cached(MaildirEntry[] entries, MessageSummary?[] summaries)
    {
        for (int i = 0; i < entries.Length; i++)
            if (summaries[i] is { } summary)
                yield return (entries[i].Path, entries[i].Size, entries[i].Modified, summary);
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
