using MuttSharp.Core.Compose;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    /// <summary>
    /// Mutt's <c>edit</c> (<c>e</c>), first half: the file of <paramref name="message"/> (the current message when
    /// null; after <c>;</c> each of <see cref="SelectAsync"/>'s in turn) copied for <c>$editor</c> into
    /// <c>$tmpdir</c>. Refused as Mutt refuses it in a read-only folder; an mbox is read-only here. The caller runs
    /// the editor on <see cref="RawMessageEdit.FilePath"/>, then <see cref="FinishEditAsync"/>.
    /// </summary>
    public async Task<(RawMessageEdit? Edit, SessionResult Refusal)> BeginEditAsync(Message? message = null, CancellationToken cancellationToken = default)
    {
        message ??= Current;
        if (message is null)
            return (null, SessionResult.Error("No messages."));
        if (mailbox.ReadOnly || mailbox.Format != MailboxFormat.Maildir)
            return (null, SessionResult.Error("Mailbox is read-only."));
        try
        {
            return (await RawMessageEdit.CreateAsync(message, message.Path, Config.GetPath("tmpdir"), cancellationToken).ConfigureAwait(false), SessionResult.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, SessionResult.Error($"{message.Path}: {e.Message}"));
        }
    }

    /// <summary>
    /// Mutt's <c>edit</c>, second half: an edited file takes the message's place. It is written as a new file
    /// through the atomic Maildir writer with the message's flags, and only then is the old file removed, so a
    /// failure at any step leaves one of the two in the folder (and the edited copy kept when it is not). The
    /// index shows the new message in the old one's row, its summary read again, its tag and deletion mark kept.
    /// </summary>
    public Task<SessionResult> FinishEditAsync(RawMessageEdit edit, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => FinishEditCoreAsync(edit, cancellationToken), cancellationToken);

    private async Task<SessionResult> FinishEditCoreAsync(RawMessageEdit edit, CancellationToken cancellationToken)
    {
        if (!edit.TryReadEdited(out byte[] content, out string unchanged))
            return SessionResult.Info(unchanged);
        // New mail merged while the editor ran may have renumbered the messages: find it by its file's unique name.
        string unique = UniqueOf(edit.Message);
        var store = new MaildirStore(mailbox.Path);
        var old = mailbox.Messages.FirstOrDefault(m => UniqueOf(m) == unique);
        if (old is null || (!File.Exists(old.Path) && store.Locate(unique) is null))
            return Kept(edit, "The message is no longer in the folder");

        string written;
        try
        {
            written = await Writer.WriteAsync(mailbox.Path, content, old.Flags & ~MessageFlags.New, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Kept(edit, $"Could not write into {mailbox.Path}: {e.Message}");
        }
        if (!new SummaryReader().TryReadFile(written, out var summary, out string unreadable))
            return Kept(edit, $"{written}: {unreadable}");
        var edited = new Message(old.Number, written, summary, old.Flags, old.ExtraFlagLetters)
        {
            Tagged = old.Tagged,
            Deleted = old.Deleted,
            Score = old.Score,
        };
        var problems = new List<string>();
        // The writer puts a message without letters in new/; an old one belongs in cur/ as before.
        if (!store.TrySetFlags(edited, old.Flags, out string flagError))
            problems.Add(flagError);
        if (!store.TryDelete(old, out string deleteError))
            problems.Add($"{deleteError}; the original is still in the folder");

        var messages = mailbox.Messages.ToArray();
        messages[old.Number] = edited;
        ReplaceMailbox(new Mailbox(mailbox.Path, mailbox.Format, messages, mailbox.ReadOnly) { Errors = mailbox.Errors }, keepNumbers: true);
        return problems.Count > 0 ? SessionResult.Error(problems[0]) : SessionResult.None;
    }

    private static SessionResult Kept(RawMessageEdit edit, string reason)
    {
        edit.Keep();
        return SessionResult.Error($"{reason}; the edited message is kept in {edit.FilePath}");
    }
}
