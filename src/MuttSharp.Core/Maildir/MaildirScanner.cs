using System.IO.Enumeration;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Maildir;

/// <summary>
/// Lists the messages of a Maildir from its directories alone: <c>new/</c> and <c>cur/</c>, never
/// <c>tmp/</c>, skipping dot files and subdirectories. No message file is opened.
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
    /// <see cref="MaildirNames.CompareUnique"/>). A directory that cannot be listed, or a file whose
    /// size cannot be read, is added to <paramref name="errors"/> and skipped.
    /// </summary>
    public static MaildirEntry[] Scan(string maildir, ICollection<MailboxError> errors, CancellationToken cancellationToken = default)
    {
        var entries = new List<MaildirEntry>();
        foreach (string sub in (string[])["new", "cur"])
        {
            cancellationToken.ThrowIfCancellationRequested();
            string dir = Path.Combine(maildir, sub);
            bool inNew = sub == "new";
            try
            {
                var files = new FileSystemEnumerable<MaildirEntry?>(dir, (ref FileSystemEntry e) => ToEntry(ref e, inNew, errors), Options)
                {
                    ShouldIncludePredicate = static (ref FileSystemEntry e) => !e.IsDirectory && !e.FileName.StartsWith('.'),
                };
                foreach (var entry in files)
                    if (entry is { } found)
                        entries.Add(found);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                lock (errors)
                    errors.Add(new MailboxError(dir, e.Message));
            }
        }
        var result = entries.ToArray();
        Array.Sort(result, static (a, b) => MaildirNames.CompareUnique(a.Unique, b.Unique));
        return result;
    }

    private static MaildirEntry? ToEntry(ref FileSystemEntry e, bool inNew, ICollection<MailboxError> errors)
    {
        string name = e.FileName.ToString();
        string path = Path.Join(e.Directory, name);
        try
        {
            return new MaildirEntry(path, MaildirNames.UniquePart(name), inNew, e.Length, new DateTimeOffset(e.LastWriteTimeUtc.UtcDateTime));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Gone between listing and stat (another reader expunged it): report, keep scanning.
            lock (errors)
                errors.Add(new MailboxError(path, ex.Message));
            return null;
        }
    }
}
