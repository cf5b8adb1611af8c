using System.IO.Enumeration;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Maildir;

/// <summary>
/// Lists the messages of a Maildir from its directories alone: <c>new/</c> and <c>cur/</c>, never
/// <c>tmp/</c>, skipping dot files and subdirectories. No message file is opened; each is stat'ed
/// once for its size and mtime, in parallel, since on a large folder that is most of the cost.
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
    /// vanishes before it can be stat'ed, is added to <paramref name="errors"/> and skipped.
    /// <paramref name="parallelism"/> threads stat the files; 0 means one per core.
    /// </summary>
    public static MaildirEntry[] Scan(string maildir, ICollection<MailboxError> errors, int parallelism = 0, CancellationToken cancellationToken = default)
    {
        var names = new List<(string Name, bool InNew)>();
        foreach (string sub in (string[])["new", "cur"])
        {
            cancellationToken.ThrowIfCancellationRequested();
            string dir = Path.Combine(maildir, sub);
            bool inNew = sub == "new";
            try
            {
                // The directory entry's type comes from readdir, so listing costs no stat.
                var files = new FileSystemEnumerable<string>(dir, static (ref FileSystemEntry e) => e.FileName.ToString(), Options)
                {
                    ShouldIncludePredicate = static (ref FileSystemEntry e) => !e.IsDirectory && !e.FileName.StartsWith('.'),
                };
                foreach (string name in files)
                    names.Add((name, inNew));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new MailboxError(dir, e.Message));
            }
        }
        names.Sort(static (a, b) => MaildirNames.CompareUnique(MaildirNames.UniquePart(a.Name.AsSpan()), MaildirNames.UniquePart(b.Name.AsSpan())));

        var entries = new MaildirEntry[names.Count];
        var found = new bool[names.Count];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount,
        };
        Parallel.For(0, names.Count, parallel, i =>
        {
            var (name, inNew) = names[i];
            string path = Path.Join(maildir, inNew ? "new" : "cur", name);
            var info = new FileInfo(path);
            try
            {
                var flags = MaildirNames.ParseFlags(name, out string extra) | (inNew ? MessageFlags.New : MessageFlags.None);
                entries[i] = new MaildirEntry(path, flags, extra, info.Length, new DateTimeOffset(info.LastWriteTimeUtc));
                found[i] = true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone between listing and stat (another reader expunged it): report, keep scanning.
                lock (errors)
                    errors.Add(new MailboxError(path, e.Message));
            }
        });
        int kept = 0;
        for (int i = 0; i < entries.Length; i++)
            if (found[i])
                entries[kept++] = entries[i];
        return kept == entries.Length ? entries : entries[..kept];
    }
}
