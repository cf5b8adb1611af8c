using MuttSharp.Core.Model;

namespace MuttSharp.Core.Maildir;

/// <summary>
/// Changes messages of one Maildir on disk: flags by a single rename inside the folder, deletion by
/// unlink, and the sync of a mailbox's pending changes. Another program (a delivery, Mutt, Dovecot)
/// may rename a file at any time; when a file is no longer where we last saw it, it is found again
/// by its unique part in <c>cur/</c> and <c>new/</c> and the change is retried. rename(2) replaces
/// atomically, so a message is never lost nor seen under two names.
/// </summary>
public sealed class MaildirStore
{
    /// <summary>How often a change chases a file that keeps moving before giving up.</summary>
    public const int MaxAttempts = 16;

    /// <param name="maildir">The Maildir directory (holding cur/new/tmp).</param>
    public MaildirStore(string maildir) => Maildir = maildir;

    /// <summary>The Maildir this store changes.</summary>
    public string Maildir { get; }

    /// <summary>
    /// The flags a file name says a message has on disk: its <c>:2,</c> letters, plus
    /// <see cref="MessageFlags.New"/> when it is in <c>new/</c>.
    /// </summary>
    public static MessageFlags FlagsOnDisk(string path, out string extraLetters)
    {
        var flags = MaildirNames.ParseFlags(Path.GetFileName(path), out extraLetters);
        string? dir = Path.GetFileName(Path.GetDirectoryName(path));
        return dir == "new" ? flags | MessageFlags.New : flags;
    }

    /// <summary>
    /// Where a message with <paramref name="flags"/> belongs, as Mutt and the Maildir specification
    /// place it: a new message with no letters stays in <c>new/</c> without info; once it is seen,
    /// old or has any flag, it lives in <c>cur/</c> with its <c>:2,</c> letters sorted.
    /// </summary>
    public string TargetPath(string unique, MessageFlags flags, string extraLetters)
    {
        bool staysNew = (flags & MessageFlags.New) != 0 && (flags & ~MessageFlags.New) == MessageFlags.None && extraLetters.Length == 0;
        return staysNew
            ? Path.Combine(Maildir, "new", unique)
            : Path.Combine(Maildir, "cur", unique + MaildirNames.FormatInfo(flags, extraLetters));
    }

    /// <summary>Finds the file whose unique part is <paramref name="unique"/> in <c>cur/</c> or <c>new/</c>, or null.</summary>
    public string? Locate(string unique)
    {
        foreach (string sub in (string[])["cur", "new"])
        {
            string dir = Path.Combine(Maildir, sub);
            if (!Directory.Exists(dir))
                continue;
            // Exact name first (a message in new/ has no info), then any info suffix.
            string exact = Path.Combine(dir, unique);
            if (File.Exists(exact))
                return exact;
            foreach (string path in Directory.EnumerateFiles(dir, unique + MaildirNames.InfoSeparator + "*"))
                if (MaildirNames.UniquePart(Path.GetFileName(path)) == unique)
                    return path;
        }
        return null;
    }

    /// <summary>
    /// Gives <paramref name="message"/> the flags <paramref name="flags"/> on disk with one rename,
    /// then updates its <see cref="Message.Path"/> and <see cref="Message.Flags"/> (a message moved to
    /// <c>cur/</c> is no longer New). Returns false with a reason when the file has vanished or keeps moving.
    /// </summary>
    public bool TrySetFlags(Message message, MessageFlags flags, out string error)
    {
        string unique = MaildirNames.UniquePart(Path.GetFileName(message.Path));
        string target = TargetPath(unique, flags, message.ExtraFlagLetters);
        string current = message.Path;
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            try
            {
                if (current != target)
                    File.Move(current, target, overwrite: true);
                message.Path = target;
                message.Flags = Path.GetFileName(Path.GetDirectoryName(target)) == "new" ? flags : flags & ~MessageFlags.New;
                error = "";
                return true;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                string? found = Locate(unique);
                if (found is null)
                {
                    error = $"{message.Path}: message has disappeared";
                    return false;
                }
                current = found;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error = $"{current}: {e.Message}";
                return false;
            }
        }
        error = $"{message.Path}: message keeps being moved by another program; flags not changed";
        return false;
    }

    /// <summary>
    /// Removes the message's file. It is first renamed into <c>tmp/</c>, which fails if the file has
    /// moved, so a renamed file is found again rather than silently missed; then it is unlinked there.
    /// One that is gone altogether (another reader expunged it) counts as deleted.
    /// </summary>
    public bool TryDelete(Message message, out string error) => TryDelete(message.Path, out error);

    /// <summary>Removes the message file at <paramref name="path"/>, following it if it has moved; see <see cref="TryDelete(Message, out string)"/>.</summary>
    public bool TryDelete(string path, out string error)
    {
        string unique = MaildirNames.UniquePart(Path.GetFileName(path));
        string? current = path;
        for (int attempt = 0; attempt < MaxAttempts && current is not null; attempt++)
        {
            try
            {
                MaildirWriter.EnsureMaildir(Maildir);
                string doomed = Path.Combine(Maildir, "tmp", unique + ".expunged");
                File.Move(current, doomed, overwrite: true);
                File.Delete(doomed);
                error = "";
                return true;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                current = Locate(unique);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error = $"{current}: {e.Message}";
                return false;
            }
        }
        error = current is null ? "" : $"{path}: message keeps being moved by another program; not deleted";
        return current is null;
    }

    /// <summary>
    /// Writes a mailbox's pending changes as Mutt's sync does: messages marked deleted are unlinked
    /// (or, with <paramref name="maildirTrash"/>, Mutt's <c>$maildir_trash</c>, given the T flag and
    /// kept), and every other message whose flags differ from its file name is renamed. The
    /// remaining messages are renumbered in a new <see cref="Mailbox"/>; failures are listed and
    /// leave their message in place. A read-only mailbox is left untouched, with one error saying so.
    /// </summary>
    public MaildirSyncResult Sync(Mailbox mailbox, bool maildirTrash = false)
    {
        if (mailbox.ReadOnly)
            return new MaildirSyncResult(mailbox, 0, 0, [new MailboxError(mailbox.Path, "Mailbox is read-only.")]);
        var errors = new List<MailboxError>();
        var kept = new List<Message>(mailbox.Messages.Count);
        int deleted = 0, renamed = 0;
        foreach (var message in mailbox.Messages)
        {
            string error;
            if (message.Deleted && !maildirTrash)
            {
                if (TryDelete(message, out error))
                {
                    deleted++;
                    continue;
                }
                errors.Add(new MailboxError(message.Path, error));
            }
            else
            {
                var wanted = message.Deleted ? message.Flags | MessageFlags.Trashed : message.Flags & ~MessageFlags.Trashed;
                var onDisk = FlagsOnDisk(message.Path, out string extra);
                if (wanted != onDisk || extra != message.ExtraFlagLetters)
                {
                    if (TrySetFlags(message, wanted, out error))
                        renamed++;
                    else
                        errors.Add(new MailboxError(message.Path, error));
                }
            }
            kept.Add(message);
        }
        var messages = new Message[kept.Count];
        for (int i = 0; i < kept.Count; i++)
        {
            var m = kept[i];
            messages[i] = new Message(i, m.Path, m.Summary, m.Flags, m.ExtraFlagLetters)
            {
                Offset = m.Offset,
                Tagged = m.Tagged,
                Deleted = m.Deleted && maildirTrash,
                Score = m.Score,
            };
        }
        var remaining = new Mailbox(mailbox.Path, mailbox.Format, messages, mailbox.ReadOnly) { Errors = mailbox.Errors };
        return new MaildirSyncResult(remaining, deleted, renamed, errors);
    }
}
