using MuttSharp.Core.Folders;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Mbox;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    private static readonly MaildirWriter Writer = new();
    private static readonly MboxWriter MboxAppender = new();

    /// <summary>
    /// The folder Mutt proposes at the save prompt for the current message: <c>=</c> plus the
    /// sender's mailbox name (the whole address with <c>$save_address</c>), or the first recipient's
    /// when the mail is from the user.
    /// </summary>
    public string DefaultSaveFolder()
    {
        var current = Current;
        if (current is null)
            return "";
        var me = settings.Me();
        var from = current.Summary.From.FirstOrDefault();
        var who = from is not null && me.Matches(from.Address) ? current.Summary.To.FirstOrDefault() ?? from : from;
        if (who is null || who.Address.Length == 0)
            return "";
        string address = who.Address.ToLowerInvariant();
        string name = Config.GetBool("save_address") ? address : address.Split('@')[0];
        return "=" + name.Replace('/', '_');
    }

    /// <summary>
    /// Works out where <paramref name="folderSpec"/> (<c>=lists</c>, <c>~/Mail/x</c>, a path) points
    /// and what to ask first: <c>Create =lists?</c> when it does not exist and <c>$confirmcreate</c>
    /// is set, <c>Append messages to =lists?</c> when it does and <c>$confirmappend</c> is set.
    /// </summary>
    public SaveTarget PlanSave(string folderSpec, bool severalMessages = false)
    {
        string path = Config.ExpandPath(folderSpec.Trim());
        if (path.Length > 0)
            path = System.IO.Path.GetFullPath(path, Config.Environment.WorkingDirectory);
        string shown = path.Length == 0 ? folderSpec : Config.PrettyPath(path);
        bool exists = Directory.Exists(path) || File.Exists(path);
        SessionQuestion? question = null;
        if (!exists && Config.GetBool("confirmcreate"))
            question = SessionQuestion.Ask("confirmcreate", $"Create {shown}?");
        else if (exists && Config.GetBool("confirmappend"))
            question = SessionQuestion.Ask("confirmappend", severalMessages ? $"Append messages to {shown}?" : $"Append message to {shown}?");
        return new SaveTarget(path, shown, exists, question);
    }

    /// <summary>
    /// Mutt's <c>save-message</c>, <c>copy-message</c>, <c>decode-save</c> and <c>decode-copy</c>:
    /// writes each message of <paramref name="scope"/> into <paramref name="target"/> (a Maildir,
    /// created when missing, through the atomic Maildir writer; or an existing mbox file, appended to
    /// under its lock), keeping its flags. Saving then
    /// marks the originals deleted, as Mutt does, and with <c>$resolve</c> moves past the message.
    /// </summary>
    public Task<SessionResult> SaveAsync(MessageScope scope, SaveTarget target, SaveMode mode, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => SaveCoreAsync(scope, target, mode, cancellationToken), cancellationToken);

    private async Task<SessionResult> SaveCoreAsync(MessageScope scope, SaveTarget target, SaveMode mode, CancellationToken cancellationToken)
    {
        bool deleting = mode is SaveMode.Save or SaveMode.DecodeSave;
        if (deleting && mailbox.ReadOnly)
            return SessionResult.Error("Mailbox is read-only.");
        if (target.Path.Length == 0)
            return SessionResult.Error("No mailbox specified.");
        if (SamePath(target.Path, mailbox.Path))
            return SessionResult.Error("Cannot save to the folder that is open.");
        var (messages, error) = await SelectAsync(scope, cancellationToken).ConfigureAwait(false);
        if (messages is null)
            return error;
        var result = await CopyAsync(messages, target.Path, mode is SaveMode.DecodeSave or SaveMode.DecodeCopy, cancellationToken).ConfigureAwait(false);
        if (result.IsError || !deleting)
            return result;
        bool untag = Config.GetBool("delete_untag");
        foreach (var m in messages)
        {
            Change(m, x =>
            {
                x.Deleted = true;
                if (untag)
                    x.Tagged = false;
            });
        }
        ResolveAfter(scope, thread: false);
        return result;
    }

    /// <summary>Appends copies of <paramref name="messages"/> to the Maildir or mbox at <paramref name="path"/>; stops at the first failure.</summary>
    private async Task<SessionResult> CopyAsync(IReadOnlyList<Message> messages, string path, bool decode, CancellationToken cancellationToken)
    {
        string shown = Config.PrettyPath(path);
        bool mbox = FolderTree.Detect(path) is MailboxFormat.Mbox;
        if (!mbox && ((Directory.Exists(path) && !MaildirScanner.IsMaildir(path) && Directory.EnumerateFileSystemEntries(path).Any()) || File.Exists(path)))
            return SessionResult.Error($"{shown}: not a mailbox.");
        int written = 0;
        try
        {
            foreach (var message in messages)
            {
                if (mbox)
                    await AppendToMboxAsync(message, path, decode, cancellationToken).ConfigureAwait(false);
                else
                    await WriteToMaildirAsync(message, path, decode, cancellationToken).ConfigureAwait(false);
                written++;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return SessionResult.Error($"{shown}: {e.Message} ({written} of {messages.Count} written)");
        }
        return SessionResult.Info(written == 1 ? $"1 message written to {shown}." : $"{written} messages written to {shown}.");
    }

    private async Task WriteToMaildirAsync(Message message, string path, bool decode, CancellationToken cancellationToken)
    {
        // The copy keeps the message's state: new stays new (new/), read and flagged carry their letters.
        var flags = message.IsNew ? MessageFlags.None : message.Flags & ~(MessageFlags.Trashed | MessageFlags.New);
        string file = await Writer.WriteAsync(path, (stream, ct) => CopyContentAsync(message, stream, decode, ct), flags, cancellationToken).ConfigureAwait(false);
        // An old message (unread, no letters) lives in cur/ as Mutt writes it; the writer put it in new/.
        if (message.IsOld && flags == MessageFlags.None)
            File.Move(file, System.IO.Path.Combine(path, "cur", System.IO.Path.GetFileName(file) + MaildirNames.FormatInfo(MessageFlags.None)));
    }

    private async Task AppendToMboxAsync(Message message, string path, bool decode, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        await CopyContentAsync(message, content, decode, cancellationToken).ConfigureAwait(false);
        // New stays new (no Status:), old becomes Status: O, read Status: RO, as Mutt writes them.
        var flags = message.Flags & ~MessageFlags.Trashed;
        await MboxAppender.AppendAsync(path, content.GetBuffer().AsMemory(0, (int)content.Length), message.Summary.Received, flags, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task CopyContentAsync(Message message, Stream stream, bool decode, CancellationToken cancellationToken)
    {
        await using var source = await OpenWithChangesAsync(message, cancellationToken).ConfigureAwait(false);
        if (decode)
            await stream.WriteAsync(await MessageDecoder.DecodeAsync(source, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        else
            await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }
}
