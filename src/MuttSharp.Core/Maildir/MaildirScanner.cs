using System.IO.Enumeration;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Maildir;

/// <summary>
/// Lists the messages of a Maildir from its directories alone: <c>new/</c> and <c>cur/</c>, never
/// <c>tmp/</c>, skipping dot files and subdirectories. No message file is opened; each is stat'ed
/// once for the size and mtime that validate the header cache. On Linux the listing and the stats
/// are one system call per file (<see cref="LinuxDirectory"/>); elsewhere the names are listed and
/// then stat'ed in parallel.
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
    /// <see cref="MaildirNames.CompareUnique"/>). A directory
    /// that cannot be listed, or a file that vanishes before it can be stat'ed, is added to
    /// <paramref name="errors"/> and skipped. Where the names must be stat'ed one by one,
    /// <paramref name="parallelism"/> threads do it; 0 means one per core.
    /// </summary>
    public static MaildirEntry[] Scan(string maildir, ICollection<MailboxError> errors, int parallelism = 0, CancellationToken cancellationToken = default)
    {
        var files = new List<(string Name, long Size, long ModifiedTicks)>();
        var failed = new List<(string Name, string Reason)>();
        var listed = new List<Listed>();
        foreach (string sub in (string[])["new", "cur"])
        {
            cancellationToken.ThrowIfCancellationRequested();
            string dir = Path.Join(maildir, sub);
            files.Clear();
            failed.Clear();
            string? error = LinuxDirectory.IsSupported
                ? LinuxDirectory.TryList(dir, files, failed)
                : ListPortably(dir, files, failed, parallelism, cancellationToken);
            if (error is not null)
                errors.Add(new MailboxError(dir, error));
            // Gone between listing and stat (another reader expunged it): report, keep scanning.
            foreach (var (name, reason) in failed)
                errors.Add(new MailboxError(Path.Join(dir, name), reason));
            bool inNew = sub == "new";
            foreach (var (name, size, ticks) in files)
                listed.Add(new Listed(name, inNew, size, ticks));
        }

        var sorted = listed.ToArray();
        // Each name's unique part and time digits are found once, not in every comparison.
        Array.Sort(sorted, static (a, b) => MaildirNames.CompareUniqueWithDigits(a.Unique, a.TimeDigits, b.Unique, b.TimeDigits));
        string newPrefix = Path.Join(maildir, "new") + "/", curPrefix = Path.Join(maildir, "cur") + "/";
        var entries = new MaildirEntry[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            var l = sorted[i];
            var flags = MaildirNames.ParseFlags(l.Name, out string extra) | (l.InNew ? MessageFlags.New : MessageFlags.None);
            entries[i] = new MaildirEntry(string.Concat(l.InNew ? newPrefix : curPrefix, l.Name), flags, extra, l.Size, new DateTimeOffset(l.ModifiedTicks, TimeSpan.Zero));
        }
        return entries;
    }

    /// <summary>Names from the directory listing (its type comes from readdir, no stat), then one <see cref="FileInfo"/> each.</summary>
    private static string? ListPortably(string dir, List<(string Name, long Size, long ModifiedTicks)> files, List<(string Name, string Reason)> failed, int parallelism, CancellationToken cancellationToken)
    {
        string[] names;
        try
        {
            names = new FileSystemEnumerable<string>(dir, static (ref FileSystemEntry e) => e.FileName.ToString(), Options)
            {
                ShouldIncludePredicate = static (ref FileSystemEntry e) => !e.IsDirectory && !e.FileName.StartsWith('.'),
            }.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
        var stats = new (long Size, long Ticks, string? Error)[names.Length];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount,
        };
        Parallel.For(0, names.Length, parallel, i =>
        {
            var info = new FileInfo(Path.Join(dir, names[i]));
            try
            {
                stats[i] = (info.Length, info.LastWriteTimeUtc.Ticks, null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stats[i] = (0, 0, e.Message);
            }
        });
        for (int i = 0; i < names.Length; i++)
        {
            if (stats[i].Error is { } reason)
                failed.Add((names[i], reason));
            else
                files.Add((names[i], stats[i].Size, stats[i].Ticks));
        }
        return null;
    }

    /// <summary>A listed file with its sort key computed once.</summary>
    private readonly struct Listed(string name, bool inNew, long size, long modifiedTicks)
    {
        public string Name { get; } = name;
        public bool InNew { get; } = inNew;
        public long Size { get; } = size;
        public long ModifiedTicks { get; } = modifiedTicks;
        private readonly int uniqueLength = MaildirNames.UniquePart(name.AsSpan()).Length;
        public int TimeDigits { get; } = MaildirNames.TimeDigits(MaildirNames.UniquePart(name.AsSpan()));

        public ReadOnlySpan<char> Unique => Name.AsSpan(0, uniqueLength);
    }
}
