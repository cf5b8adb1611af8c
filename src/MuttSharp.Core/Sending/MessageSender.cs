using MuttSharp.Core.Compose;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sending;

/// <summary>
/// Sends a draft as Mutt does once <c>y</c> is pressed: checks it, gives it its last headers, hands it to
/// the submitter, then saves the <c>$record</c> copy (marked read) and marks the originals replied (R) or
/// passed (P). A message the submitter refuses is postponed instead, so nothing typed is lost.
/// </summary>
public sealed class MessageSender
{
    private readonly IMessageSubmitter submitter;
    private readonly DraftWriter writer;
    private readonly SendSettings settings;
    private readonly FolderAppender folders;
    private readonly TimeProvider time;

    /// <param name="submitter">Where messages go.</param>
    /// <param name="writer">Writes the message and its copies.</param>
    /// <param name="settings">$record, $copy, $postponed.</param>
    /// <param name="time">The clock.</param>
    public MessageSender(IMessageSubmitter submitter, DraftWriter writer, SendSettings settings, TimeProvider? time = null)
    {
        this.submitter = submitter;
        this.writer = writer;
        this.settings = settings;
        this.time = time ?? TimeProvider.System;
        folders = new FolderAppender(settings, this.time);
    }

    /// <summary>The postponed folder these settings name: an existing mbox file is used as one; one that does not exist yet is made a Maildir.</summary>
    public PostponedStore Postponed => new(settings.Postponed, writer, settings.Hostname, time);

    /// <summary>Sends <paramref name="draft"/>; <paramref name="copy"/> answers an <c>ask-*</c> <c>$copy</c> (null: its default).</summary>
    public async Task<SendOutcome> SendAsync(Draft draft, bool? copy = null, CancellationToken cancellationToken = default)
    {
        if (!HeaderInput.TryValidate(draft, out string invalid))
            return new SendOutcome(false, invalid);
        writer.Finish(draft);
        if (draft.Recipients().Count == 0)
            return new SendOutcome(false, "No recipients were specified.");

        OutgoingMessage outgoing;
        try
        {
            outgoing = await writer.ToOutgoingAsync(draft, settings.WriteBcc, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SendOutcome(false, e.Message);
        }

        SubmitResult result;
        try
        {
            result = await submitter.SubmitAsync(outgoing, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            result = SubmitResult.Failed(e.Message, temporary: true);
        }
        if (!result.Accepted)
            return await KeepAsync(draft, $"Sending through {submitter.Name} failed: {result.Detail}", cancellationToken).ConfigureAwait(false);

        var warnings = new List<string>();
        string record = draft.Fcc is { } fcc ? settings.ExpandFolder(fcc) : settings.Record;
        bool wantCopy = copy ?? settings.Copy is Config.Variables.QuadOption.Yes or Config.Variables.QuadOption.AskYes;
        if (record.Length > 0 && wantCopy)
        {
            try
            {
                using var buffer = new MemoryStream();
                await writer.WriteAsync(draft, DraftWriteMode.Fcc, buffer, cancellationToken).ConfigureAwait(false);
                await folders.AppendAsync(record, outgoing.Sender, buffer.ToArray(), MessageFlags.Seen, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add($"Fcc to {record} failed: {e.Message}");
            }
        }
        if (await PostponedStore.ForgetAsync(draft, cancellationToken).ConfigureAwait(false) is { } forgotten)
            warnings.Add($"The recalled draft stays postponed: {forgotten}");
        var flag = draft.Kind == DraftKind.Forward ? MessageFlags.Passed : MessageFlags.Replied;
        if (draft.Kind != DraftKind.New)
        {
            foreach (var original in draft.Originals)
                MarkOriginal(original, flag, warnings);
        }
        return new SendOutcome(true, "Mail sent.", null, warnings);
    }

    /// <summary>Marks a bounced message passed, as Mutt does after <c>b</c>.</summary>
    public async Task<SendOutcome> BounceAsync(OriginalMessage original, OutgoingMessage bounce, CancellationToken cancellationToken = default)
    {
        var result = await submitter.SubmitAsync(bounce, cancellationToken).ConfigureAwait(false);
        if (!result.Accepted)
            return new SendOutcome(false, $"Bouncing through {submitter.Name} failed: {result.Detail}");
        var warnings = new List<string>();
        MarkOriginal(original.Message, MessageFlags.Passed, warnings);
        return new SendOutcome(true, bounce.Recipients.Count > 1 ? "Messages bounced." : "Message bounced.", null, warnings);
    }

    private async Task<SendOutcome> KeepAsync(Draft draft, string reason, CancellationToken cancellationToken)
    {
        if (settings.Postponed.Length == 0)
            return new SendOutcome(false, reason);
        try
        {
            string kept = await Postponed.PostponeAsync(draft, cancellationToken).ConfigureAwait(false);
            return new SendOutcome(false, $"{reason}; the message was postponed", kept);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SendOutcome(false, $"{reason}; it could not be postponed either: {e.Message}");
        }
    }

    /// <summary>Adds R or P to an original that lives in a Maildir (one rename); an mbox or detached message is left alone.</summary>
    private static void MarkOriginal(Message original, MessageFlags flag, List<string> warnings)
    {
        if (original.Path.Length == 0 || !File.Exists(original.Path))
            return;
        string? maildir = Path.GetDirectoryName(Path.GetDirectoryName(original.Path));
        if (maildir is null || !Directory.Exists(Path.Combine(maildir, "cur")))
            return;
        if (!new MaildirStore(maildir).TrySetFlags(original, original.Flags | flag, out string error))
            warnings.Add(error);
    }
}
