using MimeKit;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Variables;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Model;
using MuttSharp.Core.Sending;
using MuttSharp.Tui.Browser;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Index;
using MuttSharp.Tui.Prompts;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Compose;

/// <summary>
/// Composing from the reader, as Mutt's keys do it: <c>m</c> <c>r</c> <c>g</c> <c>L</c> <c>f</c> <c>b</c>
/// <c>R</c> <c>Esc e</c> from the index (on the tagged messages after <c>;</c>), the editor on the text, then the compose
/// menu: <c>y</c> send, <c>P</c> postpone, <c>q</c> abort (asked), <c>a</c> attach, <c>D</c> detach,
/// <c>d</c> description, <c>^T</c> type, <c>^E</c> encoding, <c>^D</c> disposition, <c>e</c> editor,
/// <c>t c b s</c> recipients and subject. The program gives the submitter.
/// </summary>
public static class ComposeFunctions
{
    private static readonly (string Function, DraftKind Kind)[] Replies =
    [
        ("reply", DraftKind.Reply), ("group-reply", DraftKind.GroupReply), ("list-reply", DraftKind.ListReply),
    ];

    private static readonly (string Function, string Prompt, Func<Draft, InternetAddressList> List)[] AddressFields =
    [
        ("edit-to", "To: ", d => d.To), ("edit-cc", "Cc: ", d => d.Cc), ("edit-bcc", "Bcc: ", d => d.Bcc),
        ("edit-reply-to", "Reply-To: ", d => d.ReplyTo), ("edit-from", "From: ", d => d.From),
    ];

    // Mutt's envelope prompts in order; Cc and Bcc only when their variable is set.
    private static readonly (string Prompt, Func<Draft, InternetAddressList> List, string? AskVariable)[] EnvelopePrompts =
    [
        ("To: ", d => d.To, null), ("Cc: ", d => d.Cc, "askcc"), ("Bcc: ", d => d.Bcc, "askbcc"),
    ];

    private static readonly ContentEncoding[] Encodings =
        [ContentEncoding.SevenBit, ContentEncoding.EightBit, ContentEncoding.Binary, ContentEncoding.QuotedPrintable, ContentEncoding.Base64];

    /// <summary>Registers the index's compose functions, the compose menu's, the address book's (<see cref="AddressFunctions"/>), recalling (<see cref="RecallFunctions"/>) and <c>edit</c> (<see cref="EditMessageFunctions"/>); <paramref name="submitter"/> gives the submitter for the configuration in force.</summary>
    public static void Register(FunctionTable table, Func<MuttConfig, IMessageSubmitter> submitter)
    {
        AddressFunctions.Register(table);
        EditMessageFunctions.Register(table);
        RecallFunctions.Register(table, submitter);
        foreach (var (function, kind) in Replies)
            table.Register<IndexView>(KeyMenu.Index, function, (view, call) => GuardAsync(call, () => ReplyAsync(view, call, kind)));
        table.Register<IndexView>(KeyMenu.Index, "forward-message", (view, call) => GuardAsync(call, () => ForwardAsync(view, call)));
        table.Register<IndexView>(KeyMenu.Index, "bounce-message", (view, call) => GuardAsync(call, () => BounceAsync(view, call, submitter)));
        table.Register<IndexView>(KeyMenu.Index, "resend-message", (view, call) => GuardAsync(call, async () => await ResendAsync(await OriginalsAsync(view, call), call)));

        table.Register<ComposeView>(KeyMenu.Compose, "send-message", (view, call) => GuardAsync(call, () => SendAsync(view, call, submitter)));
        table.Register<ComposeView>(KeyMenu.Compose, "postpone-message", (view, call) => GuardAsync(call, () => PostponeAsync(view, call, submitter)));
        table.Register<ComposeView>(KeyMenu.Compose, "exit", (view, call) => GuardAsync(call, () => AbortAsync(view, call)));
        table.Register<ComposeView>(KeyMenu.Compose, "edit-message", (view, call) => GuardAsync(call, () => EditAsync(view.Draft, call, view)));
        table.Register<ComposeView>(KeyMenu.Compose, "edit-headers", (view, call) => GuardAsync(call, () => EditAsync(view.Draft, call, view, withHeaders: true)));
        table.Register<ComposeView>(KeyMenu.Compose, "edit-fcc", (view, call) => GuardAsync(call, () => EditFccAsync(view, call)));
        table.Register<ComposeView>(KeyMenu.Compose, "attach-file", (view, call) => GuardAsync(call, () => AttachAsync(view, call)));
        table.Register<ComposeView>(KeyMenu.Compose, "detach-file", (view, call) => Detach(view, call));
        table.Register<ComposeView>(KeyMenu.Compose, "edit-description", (view, call) => GuardAsync(call, () => EditAttachmentAsync(view, call, "Description: ", a => a.Description, (a, v) => a.Description = v)));
        table.Register<ComposeView>(KeyMenu.Compose, "edit-type", (view, call) => GuardAsync(call, () => EditAttachmentAsync(view, call, "Content-Type: ", a => a.ContentType, SetType)));
        table.Register<ComposeView>(KeyMenu.Compose, "edit-encoding", (view, call) => GuardAsync(call, () => EditAttachmentAsync(view, call, "Content-Transfer-Encoding: ", a => a.Encoding?.ToString() ?? "", SetEncoding)));
        table.Register<ComposeView>(KeyMenu.Compose, "toggle-disposition", (view, call) => ToggleDisposition(view, call));
        table.Register<ComposeView>(KeyMenu.Compose, "edit-subject", (view, call) => GuardAsync(call, () => EditSubjectAsync(view, call)));
        foreach (var (function, prompt, list) in AddressFields)
            table.Register<ComposeView>(KeyMenu.Compose, function, (view, call) => GuardAsync(call, () => EditAddressesAsync(view, call, prompt, list(view.Draft))));
    }

    /// <summary>A cancelled prompt abandons the action quietly; an error is shown, never thrown into the shell.</summary>
    internal static async Task GuardAsync(FunctionCall call, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            call.Shell.Error(e.Message);
        }
    }

    private static AskQuestion Asker(IReaderShell shell) => async (question, yes) =>
        await shell.AskYesNoAsync(question, yes) ?? throw new OperationCanceledException();

    /// <summary><c>mail</c>: the envelope prompts (To filled with <paramref name="to"/>), the editor, the compose menu.</summary>
    internal static async Task MailToAsync(FunctionCall call, InternetAddressList to)
    {
        var seed = new Draft();
        seed.To.AddRange(to);
        await NewMessageAsync(call, seed);
    }

    /// <summary>
    /// A new message from <paramref name="seed"/>: the envelope prompts filled from it, then the editor (its text
    /// before the signature, its attachments kept) and the compose menu; null when no menu was opened.
    /// </summary>
    private static async Task<ComposeView?> NewMessageAsync(FunctionCall call, Draft seed)
    {
        // The envelope is asked first: send-hooks match on the recipients the user gives.
        var envelope = new Draft();
        seed.CopyEnvelopeTo(envelope);
        await EditEnvelopeAsync(envelope, call.Shell, askSubject: true);
        if (envelope.Recipients().Count == 0)
        {
            call.Shell.Error("No recipients were specified.");
            return null;
        }
        var draft = await MessageComposer.ForConfig(call.Shell.Config).NewAsync(d =>
        {
            envelope.CopyEnvelopeTo(d);
            d.Subject = envelope.Subject;
        });
        draft.Body = seed.Body + draft.Body;
        draft.Attachments.AddRange(seed.Attachments);
        return await EditThenComposeAsync(draft, call);
    }

    private static async Task ReplyAsync(IndexView view, FunctionCall call, DraftKind kind)
    {
        var originals = await OriginalsAsync(view, call);
        if (originals.Count == 0)
            return;
        var config = call.Shell.Config;
        await ComposeHooks.RunReplyHooksAsync(config, originals);
        Draft draft;
        try
        {
            draft = await MessageComposer.ForConfig(config).ReplyAsync(originals, kind, Asker(call.Shell));
        }
        catch (InvalidOperationException e)
        {
            call.Shell.Error(e.Message);
            return;
        }
        if (!config.GetBool("fast_reply"))
            await EditEnvelopeAsync(draft, call.Shell, askSubject: true);
        await EditThenComposeAsync(draft, call);
    }

    private static async Task ForwardAsync(IndexView view, FunctionCall call)
    {
        var originals = await OriginalsAsync(view, call);
        if (originals.Count == 0)
            return;
        var draft = await MessageComposer.ForConfig(call.Shell.Config).ForwardAsync(originals, Asker(call.Shell));
        // $fast_reply spares a forward only its subject prompt, as in Mutt.
        await EditEnvelopeAsync(draft, call.Shell, askSubject: !call.Shell.Config.GetBool("fast_reply"));
        await EditThenComposeAsync(draft, call);
    }

    /// <summary>
    /// <c>resend-message</c> (<c>Esc e</c>): each message (the tagged ones after <c>;</c>, or an attached
    /// message/rfc822) made a template for a new one, the editor run on it, then its compose menu; several
    /// menus are stacked with the first message's on top.
    /// </summary>
    internal static async Task ResendAsync(IReadOnlyList<OriginalMessage> originals, FunctionCall call)
    {
        var composer = MessageComposer.ForConfig(call.Shell.Config);
        var drafts = new List<Draft>();
        foreach (var original in originals)
        {
            if (!composer.TryResend(original, out var draft, out string error))
            {
                call.Shell.Error(error);
                return;
            }
            await EditAsync(draft, call, null);
            drafts.Add(draft);
        }
        for (int i = drafts.Count - 1; i >= 0; i--)
            OpenCompose(drafts[i], call, modified: true);
    }

    /// <summary>A recalled draft: the editor, then the compose menu, never the abort question (Mutt runs the editor on a recalled message too).</summary>
    internal static Task RecallComposeAsync(Draft draft, FunctionCall call) => EditThenComposeAsync(draft, call, askAbort: false);

    private static async Task BounceAsync(IndexView view, FunctionCall call, Func<MuttConfig, IMessageSubmitter> submitter)
    {
        var originals = await OriginalsAsync(view, call);
        if (originals.Count == 0)
            return;
        string prompt = originals.Count > 1 ? "Bounce tagged messages to: " : "Bounce message to: ";
        var to = await AskAddressesAsync(call.Shell, prompt, []) ?? throw new OperationCanceledException();
        if (to.Count == 0)
            return;
        var config = call.Shell.Config;
        string question = $"{(originals.Count > 1 ? "Bounce messages" : "Bounce message")} to {string.Join(", ", to.Mailboxes.Select(m => m.Address))}?";
        if (await call.Shell.AskQuadAsync(question, config.GetQuad("bounce")) != true)
        {
            call.Shell.Message(originals.Count > 1 ? "Messages not bounced." : "Message not bounced.");
            return;
        }
        var sender = Sender(config, submitter);
        var writer = new DraftWriter(ComposeSettings.FromConfig(config));
        foreach (var original in originals)
        {
            var outcome = await sender.BounceAsync(original, writer.Bounce(original, to, config.GetBool("bounce_delivered")));
            Report(call.Shell, outcome);
            if (!outcome.Sent)
                return;
        }
        call.Shell.Redraw();
    }

    /// <summary>Mutt's envelope prompts: To, Cc under <c>$askcc</c>, Bcc under <c>$askbcc</c>, then Subject; cancelling any abandons the message.</summary>
    private static async Task EditEnvelopeAsync(Draft draft, IReaderShell shell, bool askSubject)
    {
        foreach (var (prompt, field, askVariable) in EnvelopePrompts)
        {
            if (askVariable is not null && !shell.Config.GetBool(askVariable))
                continue;
            var list = field(draft);
            Replace(list, await AskAddressesAsync(shell, prompt, list) ?? throw new OperationCanceledException());
        }
        if (askSubject)
            draft.Subject = await AskSubjectAsync(shell, draft.Subject) ?? throw new OperationCanceledException();
    }

    /// <summary>
    /// Mutt's compose from the command line: <paramref name="seed"/> holds what the flags gave. A new message gets the
    /// envelope prompts filled from it, then the editor and the compose menu; a <c>-H</c> draft
    /// (<paramref name="fromDraftFile"/>) goes straight to the editor, as Mutt's does.
    /// </summary>
    /// <returns>True once the message is sent; false when it is postponed or abandoned.</returns>
    internal static async Task<bool> ComposeFromCommandLineAsync(FunctionCall call, Draft seed, bool fromDraftFile)
    {
        var view = fromDraftFile ? await EditThenComposeAsync(seed, call, askAbort: false) : await NewMessageAsync(call, seed);
        return view is not null && await view.Left;
    }

    /// <summary>Runs the editor unless the user declines, then opens the compose menu; null when the message was abandoned unmodified.</summary>
    private static async Task<ComposeView?> EditThenComposeAsync(Draft draft, FunctionCall call, bool askAbort = true)
    {
        bool modified = await EditAsync(draft, call, null);
        var config = call.Shell.Config;
        if (askAbort && !modified && draft.Kind != DraftKind.Forward && await call.Shell.AskQuadAsync("Abort unmodified message?", config.GetQuad("abort_unmodified")) == true)
        {
            call.Shell.Message("Aborted unmodified message.");
            return null;
        }
        return OpenCompose(draft, call, modified);
    }

    /// <summary>The colours a menu opened on <paramref name="shell"/> draws with (plain on a shell that has none).</summary>
    internal static Drawing.ColorPalette Palette(IReaderShell shell) => shell is ReaderShell reader ? reader.Palette : Drawing.ColorPalette.Plain;

    internal static ComposeView OpenCompose(Draft draft, FunctionCall call, bool modified)
    {
        var config = call.Shell.Config;
        var view = new ComposeView(draft, config.GetString("compose_format"), ComposeSettings.FromConfig(config).Hostname, Palette(call.Shell)) { Modified = modified };
        call.Shell.Open(view);
        return view;
    }

    /// <summary>The editor on the draft's text, with its headers under <c>$edit_headers</c> or for <c>edit-headers</c>; true when the file changed.</summary>
    private static async Task<bool> EditAsync(Draft draft, FunctionCall call, ComposeView? view, bool withHeaders = false)
    {
        var config = call.Shell.Config;
        using var session = await EditorSession.CreateAsync(draft, config.GetPath("tmpdir"), withHeaders || config.GetBool("edit_headers"));
        await call.Shell.RunExternalAsync(session.CommandLine(config.GetPath("editor")), null, waitForKey: false);
        if (!session.TryApply(draft, out bool modified, out string error))
            call.Shell.Error(error);
        if (view is not null)
        {
            view.Modified |= modified;
            view.SetNeedsDraw();
        }
        call.Shell.Redraw();
        return modified;
    }

    private static async Task SendAsync(ComposeView view, FunctionCall call, Func<MuttConfig, IMessageSubmitter> submitter)
    {
        var config = call.Shell.Config;
        if (view.Draft.Subject.Length == 0 && await call.Shell.AskQuadAsync("No subject, abort sending?", config.GetQuad("abort_nosubject")) == true)
        {
            call.Shell.Error("No subject specified.");
            return;
        }
        bool? copy = config.GetQuad("copy") is QuadOption.AskNo or QuadOption.AskYes
            ? await call.Shell.AskQuadAsync($"Save a copy of this message?", config.GetQuad("copy"))
            : null;
        call.Shell.Message("Sending message...");
        var outcome = await Sender(config, submitter).SendAsync(view.Draft, copy);
        Report(call.Shell, outcome);
        if (outcome.Sent || outcome.KeptAt is not null)
            Leave(view, call, outcome.Sent);
    }

    private static async Task PostponeAsync(ComposeView view, FunctionCall call, Func<MuttConfig, IMessageSubmitter> submitter)
    {
        var sender = Sender(call.Shell.Config, submitter);
        await sender.Postponed.PostponeAsync(view.Draft);
        call.Shell.Message("Message postponed.");
        Leave(view, call);
    }

    private static async Task AbortAsync(ComposeView view, FunctionCall call)
    {
        if (await call.Shell.AskYesNoAsync("Abort this message?", false) != true)
            return;
        call.Shell.Message("Mail not sent.");
        Leave(view, call);
    }

    private static async Task AttachAsync(ComposeView view, FunctionCall call)
    {
        string? file = await call.Shell.AskAsync(new PromptRequest("Attach file ('?' for list): ", History: PromptHistoryKind.File));
        if (string.IsNullOrWhiteSpace(file))
            return;
        if (file.Trim() == "?")
        {
            // Mutt's file chooser: every file tagged there is attached.
            await BrowserFunctions.BrowseFilesAsync(call, files => GuardAsync(call, () => AttachFilesAsync(view, call, files)));
            return;
        }
        await AttachFilesAsync(view, call, [call.Shell.Config.ExpandPath(file.Trim())]);
    }

    // As Mutt: a file that cannot be attached is reported and the others are still attached.
    private static Task AttachFilesAsync(ComposeView view, FunctionCall call, IReadOnlyList<string> paths)
    {
        foreach (string path in paths)
        {
            if (!File.Exists(path))
            {
                call.Shell.Error($"{call.Shell.Config.PrettyPath(path)}: unable to attach file.");
                continue;
            }
            view.Draft.Attachments.Add(DraftAttachment.FromFile(path));
            view.Modified = true;
        }
        view.MoveTo(view.Rows - 1);
        return Task.CompletedTask;
    }

    private static void Detach(ComposeView view, FunctionCall call)
    {
        if (view.CurrentAttachment is not { } attachment)
        {
            call.Shell.Error("You may not delete the only body part.");
            return;
        }
        view.Draft.Attachments.Remove(attachment);
        view.Modified = true;
        view.MoveTo(view.CursorRow);
    }

    private static async Task EditAttachmentAsync(ComposeView view, FunctionCall call, string prompt, Func<DraftAttachment, string> get, Func<DraftAttachment, string, string?> set)
    {
        if (view.CurrentAttachment is not { } attachment)
        {
            call.Shell.Error("The text part is changed with the editor (e).");
            return;
        }
        string? value = await call.Shell.AskAsync(new PromptRequest(prompt, get(attachment)));
        if (value is null)
            return;
        if (set(attachment, value.Trim()) is { } error)
        {
            call.Shell.Error(error);
            return;
        }
        view.Modified = true;
        view.SetNeedsDraw();
    }

    private static string? SetType(DraftAttachment attachment, string value)
    {
        if (!ContentType.TryParse(value, out var type) || value.Contains('\n'))
            return $"Bad content type: {value}";
        attachment.ContentType = type.MimeType;
        return null;
    }

    private static string? SetEncoding(DraftAttachment attachment, string value)
    {
        if (MimeKit.Utils.MimeUtils.TryParse(value, out ContentEncoding parsed) && Encodings.Contains(parsed))
        {
            attachment.Encoding = parsed;
            return null;
        }
        return $"Invalid encoding: {value} (7bit, 8bit, binary, quoted-printable or base64)";
    }

    private static void ToggleDisposition(ComposeView view, FunctionCall call)
    {
        if (view.CurrentAttachment is not { } attachment)
            return;
        attachment.Inline = !attachment.Inline;
        view.Modified = true;
        view.SetNeedsDraw();
        call.Shell.Message(attachment.Inline ? "This attachment will be shown inline." : "This attachment will be an attachment.");
    }

    private static async Task EditSubjectAsync(ComposeView view, FunctionCall call)
    {
        string? subject = await AskSubjectAsync(call.Shell, view.Draft.Subject);
        if (subject is null)
            return;
        view.Draft.Subject = subject;
        view.Modified = true;
        view.SetNeedsDraw();
    }

    /// <summary><c>edit-fcc</c>: where the copy goes, starting from <c>$record</c>; an empty answer keeps no copy, as Mutt.</summary>
    private static async Task EditFccAsync(ComposeView view, FunctionCall call)
    {
        var config = call.Shell.Config;
        string current = view.Draft.Fcc ?? config.PrettyPath(config.GetPath("record"));
        string? fcc = await call.Shell.AskAsync(new PromptRequest("Fcc: ", current, PromptHistoryKind.Mailbox, BrowserFunctions.CompleteFolder(config)));
        if (fcc is null)
            return;
        view.Draft.Fcc = fcc.Trim();
        view.Modified = true;
        view.SetNeedsDraw();
    }

    private static async Task EditAddressesAsync(ComposeView view, FunctionCall call, string prompt, InternetAddressList list)
    {
        var edited = await AskAddressesAsync(call.Shell, prompt, list);
        if (edited is null)
            return;
        Replace(list, edited);
        view.Modified = true;
        view.SetNeedsDraw();
    }

    /// <summary>Asks for addresses until they parse and hold no line break; aliases (the muttrc's and <c>$alias_file</c>'s) complete on Tab and are expanded, <c>$query_command</c> completes on <c>^T</c>. Null when cancelled.</summary>
    private static async Task<InternetAddressList?> AskAddressesAsync(IReaderShell shell, string prompt, InternetAddressList current)
    {
        string initial = DraftReader.Addresses(current);
        var aliases = await AliasFile.KnownAsync(shell.Config);
        while (true)
        {
            (string Line, int Cursor)? query = null;
            string? text = await shell.AskAsync(new PromptRequest(prompt, initial, PromptHistoryKind.Alias,
                line => AddressCompletion.Complete(aliases, line), (line, cursor) => query = (line, cursor)));
            if (query is { } asked)
            {
                initial = await AddressFunctions.CompleteQueryAsync(shell, asked.Line, asked.Cursor);
                continue;
            }
            if (text is null)
                return null;
            if (!HeaderInput.TryValidate(prompt.TrimEnd(' ', ':'), text, out string error))
            {
                shell.Error(error);
                initial = text.Replace('\n', ' ').Replace('\r', ' ');
                continue;
            }
            var expanded = string.Join(", ", text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(word => aliases.FirstOrDefault(a => a.Name.Equals(word, StringComparison.OrdinalIgnoreCase)) is { } alias ? alias.Addresses : word));
            if (expanded.Length == 0)
                return [];
            if (InternetAddressList.TryParse(expanded, out var parsed))
                return parsed;
            shell.Error($"Bad address syntax: {text}");
            initial = text;
        }
    }

    private static async Task<string?> AskSubjectAsync(IReaderShell shell, string current)
    {
        while (true)
        {
            string? subject = await shell.AskAsync(new PromptRequest("Subject: ", current));
            if (subject is null)
                return null;
            if (HeaderInput.TryValidate("Subject", subject, out string error))
                return subject;
            shell.Error(error);
        }
    }

    /// <summary>The message under the cursor, or the tagged ones after <c>;</c> (as the session scopes every function), read from the folder.</summary>
    private static async Task<IReadOnlyList<OriginalMessage>> OriginalsAsync(IndexView view, FunctionCall call)
    {
        if (view.Session is not { } session || session.Current is null)
        {
            call.Shell.Error("No messages.");
            return [];
        }
        var (chosen, refusal) = await session.SelectAsync(session.ScopeFor(call.TagPrefix), CancellationToken.None);
        if (chosen is null)
        {
            IndexFunctions.Show(call, refusal);
            return [];
        }
        var originals = new List<OriginalMessage>();
        foreach (var message in chosen)
        {
            await using var stream = MessageFile.OpenRead(session.Mailbox, message);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            originals.Add(OriginalMessage.Parse(buffer.ToArray(), message));
        }
        return originals;
    }

    internal static MessageSender Sender(MuttConfig config, Func<MuttConfig, IMessageSubmitter> submitter) =>
        new(submitter(config), new DraftWriter(ComposeSettings.FromConfig(config)), SendSettings.FromConfig(config));

    private static void Report(IReaderShell shell, SendOutcome outcome)
    {
        if (outcome.Sent)
            shell.Message(outcome.Warnings is { Count: > 0 } w ? $"{outcome.Message} {string.Join("; ", w)}" : outcome.Message);
        else
            shell.Error(outcome.Message);
    }

    private static void Leave(ComposeView view, FunctionCall call, bool sent = false)
    {
        call.Shell.Close(view);
        call.Shell.Redraw();
        view.Finish(sent);
    }

    private static void Replace(InternetAddressList list, InternetAddressList with)
    {
        var copy = with.ToList();
        list.Clear();
        list.AddRange(copy);
    }
}
