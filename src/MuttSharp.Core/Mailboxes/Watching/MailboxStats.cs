using MuttSharp.Core.Folders;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Mbox;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Mailboxes.Watching;

/// <summary>
/// The counts the sidebar and the <c>mailboxes</c> browser show for one folder (Mutt's
/// <c>$mail_check_stats</c>): read from file names alone for a Maildir, so counting never opens a message.
/// </summary>
/// <param name="Path">The folder.</param>
/// <param name="Total">Messages in it (trashed ones aside).</param>
/// <param name="New">New messages: unread and never seen by a reader (in <c>new/</c>).</param>
/// <param name="Unread">Messages without the Seen flag, new ones included.</param>
/// <param name="Flagged">Flagged messages.</param>
public sealed record MailboxStats(string Path, int Total, int New, int Unread, int Flagged)
{
    /// <summary>
    /// Whether the folder has new mail (Mutt's <c>N</c> in the browser, <c>%n</c> in the sidebar): a new
    /// message in a Maildir; for an mbox file, as Mutt decides it, a modification after the last read
    /// (mtime later than atime).
    /// </summary>
    public bool HasNewMail { get; init; } = New > 0;

    /// <summary>
    /// Counts the folder at <paramref name="path"/>; a path that is not a mailbox, or cannot be read,
    /// counts as empty. An mbox file is read through for its Status headers.
    /// </summary>
    public static MailboxStats Count(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            switch (FolderTree.Detect(path))
            {
                case MailboxFormat.Maildir:
                    return Tally(path, MaildirScanner.Scan(path, [], 1, statFiles: false, cancellationToken).Select(e => e.Flags));
                case MailboxFormat.Mbox:
                    return CountMbox(path, cancellationToken);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be read shows as empty rather than stopping the check of the others.
        }
        return new MailboxStats(path, 0, 0, 0, 0);
    }

    /// <summary>
    /// An mbox's counts from its Status headers, and whether it has new mail from its times. Reading it
    /// to count moves its atime, which would hide the new mail from the next check: the time is put back,
    /// as Mutt does after it peeks into a folder.
    /// </summary>
    private static MailboxStats CountMbox(string path, CancellationToken cancellationToken)
    {
        var (modified, accessed) = (File.GetLastWriteTimeUtc(path), File.GetLastAccessTimeUtc(path));
        var counted = Tally(path, MboxReader.Read(path, new SummaryReader(), [], cancellationToken).Select(m => m.Flags));
        MboxReader.KeepAccessTime(path, accessed);
        return counted with { HasNewMail = modified > accessed };
    }

    private static MailboxStats Tally(string path, IEnumerable<MessageFlags> all)
    {
        int total = 0, fresh = 0, unread = 0, flagged = 0;
        foreach (var flags in all)
        {
            if ((flags & MessageFlags.Trashed) != 0)
                continue;
            total++;
            if ((flags & MessageFlags.Seen) == 0)
            {
                unread++;
                if ((flags & MessageFlags.New) != 0)
                    fresh++;
            }
            if ((flags & MessageFlags.Flagged) != 0)
                flagged++;
        }
        return new MailboxStats(path, total, fresh, unread, flagged);
    }
}
