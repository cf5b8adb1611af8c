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
/// exit. The pager's
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
        table.Register<AttachmentMenuView>(KeyMenu.Attach, "resend-message", ResendAsync);
        table.Register<PagerView>(KeyMenu.Pager, "view-attachments", (view, call) =>
        {
            if (view.Attachments is not { } context)
            {
                call.Shell.Error("view-attachments is not available here.");
                return;
            }
            call.Shell.Open(new AttachmentMenuView(view.Message, context));
        });
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
        if (view.Current is not { } node)
            return;
        if (node.Entity is not MimePart part || view.Context.Mailcap is not { } mailcap
            || await mailcap.PrepareAsync(part, purpose) is not { } invocation)
        {
            call.Shell.Error(purpose == MailcapPurpose.Print
                ? $"No mailcap print entry for {node.MimeType}."
                : $"No mailcap entry for {node.MimeType}.");
            return;
        }
        using (invocation)
        {
            if (invocation.Entry.CopiousOutput && purpose == MailcapPurpose.View)
            {
                var result = await mailcap.RunAsync(invocation);
                var shown = new TextPart("plain") { Text = result.Output + result.Error };
                await OpenPagerAsync(call.Shell, AttachmentActions.Wrap(shown), view.Context);
                return;
            }
            await call.Shell.RunExternalAsync(invocation.Command.ToShellLine(), null, waitForKey: !invocation.Entry.NeedsTerminal);
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

    // Mutt's view-attach: a message as a message, text in the pager, anything else through the mailcap, else as text.
    private static async Task ViewAsync(AttachmentMenuView view, FunctionCall call)
    {
        if (view.Current is not { } node)
            return;
        if (node.Entity is MessagePart { Message: { } embedded })
        {
            await OpenPagerAsync(call.Shell, embedded, view.Context);
            return;
        }
        if (node.Entity.ContentType.MediaType.Equals("text", StringComparison.OrdinalIgnoreCase) || node.Entity is Multipart)
        {
            await OpenPagerAsync(call.Shell, AttachmentActions.Wrap(node.Entity), view.Context);
            return;
        }
        if (view.Context.Mailcap is { } mailcap && node.Entity is MimePart && mailcap.Database.Candidates(node.MimeType, MailcapPurpose.View).Any())
        {
            await MailcapAsync(view, call, MailcapPurpose.View);
            return;
        }
        call.Shell.Message("No matching mailcap entry found. Viewing as text.");
        await ViewTextAsync(view, call);
    }
}
