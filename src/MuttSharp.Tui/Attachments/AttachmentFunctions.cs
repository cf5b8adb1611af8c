using MimeKit;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Mailcap;
using MuttSharp.Core.Rendering;
using MuttSharp.Core.Rendering.Attachments;
using MuttSharp.Tui.Compose;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Pager;
using MuttSharp.Tui.Prompts;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Attachments;

/// <summary>
/// The attachment menu's actions: save (the proposed name without a directory part, an existing
/// file never overwritten unasked), pipe, view through the mailcap (arguments never read by a
/// shell), view as text, view (an attached message opens as a message), print, resend an attached message,
/// exit, and <c>edit-type</c> (here and in the pager), which retypes a part in memory. The pager's
/// <c>view-attachments</c> opens the menu.
/// </summary>
public static class AttachmentFunctions
{
    /// <summary>Registers the menu's functions, and <c>view-attachments</c> in the pager.</summary>
    public static void Register(FunctionTable table)
    {
        table.Register<AttachmentMenuView>(KeyMenu.Attach, "save-entry", SaveAsync);
        table.Register<AttachmentMenuView>(KeyMenu.Attach, "pipe-entry", PipeAsync);
        table.Register<AttachmentMenuView>(KeyMenu.Attach, "view-mailcap", (view, call) => MailcapAsync(view, call, MailcapPurpose.View));
        table.Register<AttachmentMenuView>(KeyMenu.Attach, "print-entry", (view, call) => MailcapAsync(view, call, MailcapPurpose.Print));
        table.Register<AttachmentMenuView>(KeyMenu.Attach, "view-text", ViewTextAsync);
        table.Register<AttachmentMenuView>(KeyMenu.Attach, "view-attach", ViewAsync);
        table.Register<AttachmentMenuView>(KeyMenu.Attach, "view-pager", ViewAsync);
        table.Register<AttachmentMenuView>(KeyMenu.Attach, "exit", (view, call) => call.Shell.Close(view));
        table.Register<AttachmentMenuView>(KeyMenu.Attach, "edit-type", EditPartTypeAsync);
        table.Register<PagerView>(KeyMenu.Pager, "edit-type", EditMessageTypeAsync);
        table.Register<AttachmentMenuView>(KeyMenu.Attach, "resend-message", ResendAsync);
        table.Register<PagerView>(KeyMenu.Pager, "view-attachments", (view, call) =>
        {
            if (view.Attachments is not { } context)
            {
                call.Shell.Error("view-attachments is not available here.");
                return;
            }
            // A part retyped in the menu changes the message the pager shows, as in Mutt.
            call.Shell.Open(new AttachmentMenuView(view.Message, context) { MessageEdited = edited => ShowEditedAsync(view, edited) });
        });
    }

    /// <summary>
    /// Mutt's <c>edit-type</c>: asks <c>Content-Type:</c> with <paramref name="entity"/>'s type and parameters, and
    /// answers <paramref name="message"/> with that part retyped (null when the answer was empty or refused,
    /// which is told on the message line, as is the change).
    /// </summary>
    public static async Task<MimeMessage?> EditTypeAsync(IReaderShell shell, MimeMessage message, MimeEntity entity, RenderLimits limits)
    {
        string? typed = await shell.AskAsync(new PromptRequest("Content-Type: ", ContentTypeEdit.Current(entity)));
        if (typed is null)
            return null;
        var change = await ContentTypeEdit.ApplyAsync(message, entity, typed, limits);
        if (change.Error is { } error)
            shell.Error(error);
        else if (change.Notice is { } notice)
            shell.Message(notice);
        return change.Message;
    }

    // In the pager: the message's own type; the pager shows it again under the new one.
    private static async Task EditMessageTypeAsync(PagerView view, FunctionCall call)
    {
        var limits = view.Attachments?.Render.Limits ?? new RenderLimits();
        if (view.Message.Body is { } body && await EditTypeAsync(call.Shell, view.Message, body, limits) is { } edited)
            await ShowEditedAsync(view, edited);
    }

    private static async Task ShowEditedAsync(PagerView view, MimeMessage edited)
    {
        await view.ReplaceMessageAsync(edited);
        if (view.MessageEdited is { } keep)
            await keep(edited);
    }

    // In the attachment menu: the part under the cursor; the menu lists the parts again.
    private static async Task EditPartTypeAsync(AttachmentMenuView view, FunctionCall call)
    {
        if (view.Current is not { } node || await EditTypeAsync(call.Shell, view.Message, node.Entity, view.Context.Render.Limits) is not { } edited)
            return;
        view.Replace(edited);
        if (view.MessageEdited is { } tell)
            await tell(edited);
    }

    /// <summary>Opens a pager over <paramref name="message"/> whose own attachments can be opened in turn.</summary>
    public static async Task OpenPagerAsync(IReaderShell shell, MimeMessage message, AttachmentContext context)
    {
        var pager = await PagerView.CreateAsync(message, context.Renderer, context.Pager);
        pager.Palette = context.Palette;
        pager.Attachments = context;
        shell.Open(pager);
    }

    private static async Task SaveAsync(AttachmentMenuView view, FunctionCall call)
    {
        if (view.Current is not { } node)
            return;
        string proposed = AttachmentActions.SuggestedName(node.Entity);
        if (view.Context.SaveDirectory.Length > 0)
            proposed = Path.Combine(view.Context.SaveDirectory, proposed);
        string? answer = await call.Shell.AskAsync(new PromptRequest("Save to file: ", proposed, PromptHistoryKind.File));
        if (string.IsNullOrWhiteSpace(answer))
            return;
        string path = view.Context.ExpandPath(answer.Trim());
        try
        {
            var outcome = await AttachmentActions.SaveAsync(node.Entity, path, SaveMode.CreateNew);
            if (outcome == SaveOutcome.Exists)
            {
                string? choice = await call.Shell.AskAsync(new PromptRequest("File exists, (o)verwrite, (a)ppend, or (c)ancel? "));
                var mode = choice?.Trim().ToLowerInvariant() switch
                {
                    "o" => SaveMode.Overwrite,
                    "a" => SaveMode.Append,
                    _ => (SaveMode?)null,
                };
                if (mode is null)
                    return;
                await AttachmentActions.SaveAsync(node.Entity, path, mode.Value);
            }
            call.Shell.Message("Attachment saved.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            call.Shell.Error($"{path}: {e.Message}");
        }
    }

    private static async Task PipeAsync(AttachmentMenuView view, FunctionCall call)
    {
        if (view.Current is not { } node)
            return;
        string? command = await call.Shell.AskAsync(new PromptRequest("Pipe to command: ", "", PromptHistoryKind.Shell));
        if (string.IsNullOrWhiteSpace(command))
            return;
        await call.Shell.RunExternalAsync(command, (stdin, ct) => AttachmentActions.WriteDecodedAsync(node.Entity, stdin, ct));
    }

    private static async Task MailcapAsync(AttachmentMenuView view, FunctionCall call, MailcapPurpose purpose)
    {
        if (view.Current is { } node)
            await RunMailcapAsync(call.Shell, node.Entity, view.Context, purpose);
    }

    // The part through its mailcap entry: copiousoutput in the pager, anything else on the terminal.
    private static async Task RunMailcapAsync(IReaderShell shell, MimeEntity entity, AttachmentContext context, MailcapPurpose purpose)
    {
        if (entity is not MimePart part || context.Mailcap is not { } mailcap
            || await mailcap.PrepareAsync(part, purpose) is not { } invocation)
        {
            string type = entity.ContentType.MimeType.ToLowerInvariant();
            shell.Error(purpose == MailcapPurpose.Print ? $"No mailcap print entry for {type}." : $"No mailcap entry for {type}.");
            return;
        }
        using (invocation)
        {
            if (invocation.Entry.CopiousOutput && purpose == MailcapPurpose.View)
            {
                var result = await mailcap.RunAsync(invocation);
                var shown = new TextPart("plain") { Text = result.Output + result.Error };
                await OpenPagerAsync(shell, AttachmentActions.Wrap(shown), context);
                return;
            }
            await shell.RunExternalAsync(invocation.Command.ToShellLine(), null, waitForKey: !invocation.Entry.NeedsTerminal);
        }
    }

    // Mutt's resend-message here takes an attached message as the template of a new one.
    private static async Task ResendAsync(AttachmentMenuView view, FunctionCall call)
    {
        if (view.Current?.Entity is not MessagePart { Message: { } embedded })
        {
            call.Shell.Error("You may only resend message/rfc822 parts.");
            return;
        }
        using var raw = new MemoryStream();
        await embedded.WriteToAsync(raw);
        await ComposeFunctions.GuardAsync(call, () => ComposeFunctions.ResendAsync([OriginalMessage.Parse(raw.ToArray())], call));
    }

    private static async Task ViewTextAsync(AttachmentMenuView view, FunctionCall call)
    {
        if (view.Current is { } node)
            await OpenPagerAsync(call.Shell, AttachmentActions.AsText(node.Entity, view.Context.Render), view.Context);
    }

    private static async Task ViewAsync(AttachmentMenuView view, FunctionCall call)
    {
        if (view.Current is { } node)
            await ViewPartAsync(call.Shell, node.Entity, view.Context);
    }

    /// <summary>
    /// Mutt's <c>view-attach</c> on one part (and the browser's <c>view-file</c> on a file): a message as a
    /// message, text in the pager, anything else through the mailcap; with no mailcap entry, text is shown
    /// as text and binary content is announced rather than dumped on the screen.
    /// </summary>
    public static async Task ViewPartAsync(IReaderShell shell, MimeEntity entity, AttachmentContext context)
    {
        if (entity is MessagePart { Message: { } embedded })
        {
            await OpenPagerAsync(shell, embedded, context);
            return;
        }
        if (entity.ContentType.MediaType.Equals("text", StringComparison.OrdinalIgnoreCase) || entity is Multipart)
        {
            await OpenPagerAsync(shell, AttachmentActions.Wrap(entity), context);
            return;
        }
        string type = entity.ContentType.MimeType.ToLowerInvariant();
        if (context.Mailcap is { } mailcap && entity is MimePart && mailcap.Database.Candidates(type, MailcapPurpose.View).Any())
        {
            await RunMailcapAsync(shell, entity, context, MailcapPurpose.View);
            return;
        }
        if (entity is MimePart part && await BinaryContent.IsBinaryAsync(part))
        {
            string name = AttachmentActions.SuggestedName(entity);
            shell.Error($"No matching mailcap entry found. {name} ({type}) is binary: not shown.");
            return;
        }
        shell.Message("No matching mailcap entry found. Viewing as text.");
        await OpenPagerAsync(shell, AttachmentActions.AsText(entity, context.Render), context);
    }
}
