using System.Globalization;
using System.IO.Enumeration;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Maildir;

/// <summary>
/// Lists the messages of a Maildir from its directories alone: <c>new/</c> and <c>cur/</c>, never
/// <c>tmp/</c>, skipping dot files and subdirectories. No message file is opened; each is stat'ed
/// once for the size and mtime that validate the header cache, in parallel, since on a large folder
/// that is most of the cost. On Linux each stat is one system call on the name relative to the
/// open directory (<see cref="LinuxDirectory"/>).
/// </summary>
public static class MaildirScanner
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Whether <paramref name="path"/> is a Maildir: a directory with <c>cur/</c> or <c>new/</c>.</summary>
    public static bool IsMaildir(string path)
        => Directory.Exists(Path.Combine(path, "cur")) || Directory.Exists(Path.Combine(path, "new"));

    /// <summary>
    /// The message files of <paramref name="maildir"/> in mailbox order (see
    /// <see cref="MaildirNames.CompareUnique"/>). A directory that cannot be listed, or a file that
    /// vanishes before it can be stat'ed, is added to <paramref name="errors"/> and skipped. <paramref name="parallelism"/> threads stat the files;
    /// 0 means one per core. With <paramref name="statFiles"/> false the names alone are listed: each
    /// entry's size is -1 and its time the Unix epoch, for the caller to take from its cache (as
    /// Mutt does with <c>$maildir_header_cache_verify</c> unset) or to stat later with <see cref="Changed"/>.
    /// </summary>
    public static MaildirEntry[] Scan(string maildir, ICollection<MailboxError> errors, int parallelism = 0, bool statFiles = true, CancellationToken cancellationToken = default)
    {
        var files = new List<(string Path, long Size, long ModifiedTicks)>();
        var failed = new List<(string Path, string Reason)>();
        int inNew = 0;
        foreach (string sub in (string[])["new", "cur"])
        {
            cancellationToken.ThrowIfCancellationRequested();
            string dir = Path.Join(maildir, sub);
            string? error = LinuxDirectory.IsSupported
                ? LinuxDirectory.TryList(dir, files, failed, Threads(parallelism), statFiles, cancellationToken)
                : ListPortably(dir, files, failed, parallelism, statFiles, cancellationToken);
            if (error is not null)
                errors.Add(new MailboxError(dir, error));
            if (sub == "new")
                inNew = files.Count;
        }
        // Gone between listing and stat (another reader expunged it): report, keep scanning.
        foreach (var (path, reason) in failed)
            errors.Add(new MailboxError(path, reason));

        int[] order = MailboxOrder(files.ConvertAll(f => f.Path));
        var entries = new MaildirEntry[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            var (path, size, ticks) = files[order[i]];
            if (size < 0)
                ticks = DateTimeOffset.UnixEpoch.UtcTicks;
            entries[i] = MaildirEntry.Of(path, order[i] < inNew, size, new DateTimeOffset(ticks, TimeSpan.Zero));
        }
        return entries;
    }

    /// <summary>
    /// The message files of <c>new/</c> and <c>cur/</c> as a <see cref="MaildirNameSet"/>, from the names the
    /// kernel lists (no string is made, nothing is stat'ed or sorted). Null when a directory cannot be listed,
    /// an entry's type needs a stat to be told, or this system has no such listing (<see cref="LinuxDirectory"/>):
    /// the caller then scans instead, which reports what went wrong.
    /// </summary>
    internal static MaildirNameSet? TryListNames(string maildir)
    {
        var set = new MaildirNameSet();
        return TryVisitNames(maildir, (inNew, name) => set = set.Add(inNew, name)) ? set : null;
    }

    /// <summary>
    /// The same listing as <see cref="TryListNames"/>, keeping each name (UTF-8, in one buffer of about
    /// <paramref name="expectedBytes"/> to start with); null in the same cases.
    /// </summary>
    internal static MaildirNameList? TryListNameList(string maildir, int expectedBytes = 0)
    {
        var list = new MaildirNameList(expectedBytes);
        return TryVisitNames(maildir, list.Add) ? list : null;
    }

    private delegate void NameVisitor(bool inNew, ReadOnlySpan<byte> fileName);

    private static bool TryVisitNames(string maildir, NameVisitor visit) =>
        LinuxDirectory.IsSupported
        && LinuxDirectory.TryVisitNames(Path.Join(maildir, "new"), name => visit(true, name))
        && LinuxDirectory.TryVisitNames(Path.Join(maildir, "cur"), name => visit(false, name));

    /// <summary>
    /// Stats the entries at <paramref name="indexes"/> of <paramref name="entries"/> on
    /// <paramref name="parallelism"/> threads (0: one per core) and returns, in index order, those
    /// whose file is not as the entry says: another size or mtime (every entry a scan listed by
    /// name only), or no file to stat (it vanished or became a directory), with the reason.
    /// </summary>
    public static List<(int Index, long Size, DateTimeOffset Modified, string? Error)> Changed(MaildirEntry[] entries, IReadOnlyList<int> indexes,
        int parallelism = 0, CancellationToken cancellationToken = default)
    {
        var changed = new List<(int Index, long Size, DateTimeOffset Modified, string? Error)>();
        void Report(int k, long size, DateTimeOffset modified, string? error)
        {
            var entry = entries[indexes[k]];
            if (error is not null || size != entry.Size || modified != entry.Modified)
            {
                lock (changed)
                    changed.Add((indexes[k], size, modified, error));
            }
        }

        if (LinuxDirectory.IsSupported)
        {
            LinuxDirectory.StatFiles(indexes.Count, k => entries[indexes[k]].Path, (k, size, ticks, errno) => Report(k, size,
                new DateTimeOffset(ticks, TimeSpan.Zero), errno == 0 ? null : System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno)),
                Threads(parallelism), cancellationToken);
        }
        else
        {
            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Threads(parallelism) };
            Parallel.For(0, indexes.Count, parallel, k =>
            {
                var info = new FileInfo(entries[indexes[k]].Path);
                try
                {
                    // Length throws for a missing file and for a directory alike.
                    Report(k, info.Length, new DateTimeOffset(info.LastWriteTimeUtc.Ticks, TimeSpan.Zero), null);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Report(k, 0, DateTimeOffset.UnixEpoch, e.Message);
                }
            });
        }
        changed.Sort((a, b) => a.Index.CompareTo(b.Index));
        return changed;
    }

    /// <summary>Names from the directory listing (its type comes from readdir, no stat), then one <see cref="FileInfo"/> each when <paramref name="stat"/>.</summary>
    private static string? ListPortably(string dir, List<(string Path, long Size, long ModifiedTicks)> files, List<(string Path, string Reason)> failed, int parallelism, bool stat, CancellationToken cancellationToken)
    {
        string[] paths;
        try
        {
            paths = new FileSystemEnumerable<string>(dir, static (ref FileSystemEntry e) => e.ToFullPath(), Options)
            {
                ShouldIncludePredicate = static (ref FileSystemEntry e) => !e.IsDirectory && !e.FileName.StartsWith('.'),
            }.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
        if (!stat)
        {
            foreach (string path in paths)
                files.Add((path, -1, 0));
            return null;
        }
        var stats = new (long Size, long Ticks, string? Error)[paths.Length];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Threads(parallelism),
        };
        Parallel.For(0, paths.Length, parallel, i =>
        {
            var info = new FileInfo(paths[i]);
            try
            {
                stats[i] = (info.Length, info.LastWriteTimeUtc.Ticks, null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stats[i] = (0, 0, e.Message);
            }
        });
        for (int i = 0; i < paths.Length; i++)
        {
            if (stats[i].Error is { } reason)
                failed.Add((paths[i], reason));
            else
                files.Add((paths[i], stats[i].Size, stats[i].Ticks));
        }
        return null;
    }

    private static int Threads(int parallelism) => parallelism > 0 ? parallelism : Environment.ProcessorCount;

    /// <summary>
    /// The indexes of <paramref name="paths"/> (message files) in <see cref="MaildirNames.CompareUnique"/> order.
    /// Sorting 100k names with that comparison dominates a scan, so each name gets a number key
    /// that agrees with it, the numbers are sorted as numbers, and only runs of equal keys (names
    /// of the same second) are ordered by the comparison itself. A unique part whose time digits
    /// count (no leading zero) compares by that time first, then ordinally; any other compares
    /// ordinally, which puts it before every such time when its first character is below '1' and
    /// after them all otherwise.
    /// </summary>
    internal static int[] MailboxOrder(IReadOnlyList<string> paths)
    {
        const int MaxTimeDigits = 18; // fits a long; longer times go after, among themselves by the comparison
        var keys = new long[paths.Count];
        var order = new int[paths.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            var unique = Unique(paths[i]);
            int digits = MaildirNames.TimeDigits(unique);
            keys[i] = digits switch
            {
                0 => unique.Length > 0 && unique[0] > '9' ? long.MaxValue : long.MinValue,
                > MaxTimeDigits => long.MaxValue - 1,
                _ => long.Parse(unique[..digits], NumberStyles.None, CultureInfo.InvariantCulture),
            };
            order[i] = i;
        }
        Array.Sort(keys, order);
        for (int start = 0; start < keys.Length;)
        {
            int end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
                end++;
            if (end - start > 1)
                order.AsSpan(start, end - start).Sort((a, b) => MaildirNames.CompareUnique(Unique(paths[a]), Unique(paths[b])));
            start = end;
        }
        return order;
    }

    private static ReadOnlySpan<char> Unique(string path) => MaildirNames.UniquePart(Path.GetFileName(path.AsSpan()));
}
