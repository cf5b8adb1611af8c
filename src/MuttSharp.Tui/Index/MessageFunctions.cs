using MimeKit;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Rendering;
using MuttSharp.Core.Text;
using MuttSharp.Tui.Attachments;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Pager;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Index;

/// <summary>
/// Opening messages from the index: <c>display-message</c> (Enter) shows the current message in a pager
/// (<c>display-toggle-weed</c>, <c>h</c>, with every header), <c>view-attachments</c> (<c>v</c>) its attachment menu,
/// <c>display-address</c> (<c>@</c>) its sender's full address, <c>edit-type</c> (<c>^E</c>) retypes it in memory for as
/// long as the folder is open. The pager hands the functions that act on the
/// message (next message, delete, reply, save, ...) back to the index's handlers, then shows whatever
/// message the cursor is on afterwards, as Mutt's pager follows the index.
/// </summary>
public static class MessageFunctions
{
    /// <summary>Registers the functions; <paramref name="attachments"/> supplies the renderer and pager settings of the moment.</summary>
    public static void Register(FunctionTable table, Func<IReaderShell, AttachmentContext> attachments)
    {
        table.Register<IndexView>(KeyMenu.Index, "display-message", (index, call) => ShowAsync(table, index, call.Shell, attachments(call.Shell)));
        // Mutt's h in the index: the message shown with every header.
        table.Register<IndexView>(KeyMenu.Index, "display-toggle-weed", (index, call) => ShowAsync(table, index, call.Shell, attachments(call.Shell), allHeaders: true));
        table.Register<IndexView>(KeyMenu.Index, "display-address", (index, call) => DisplayAddress(index, call.Shell));
        table.Register<IndexView>(KeyMenu.Index, "view-attachments", async (index, call) =>
        {
            var context = attachments(call.Shell);
            if (await LoadCurrentAsync(index, call.Shell, context.Render.Limits) is { } message)
                call.Shell.Open(new AttachmentMenuView(message.Mime, context) { MessageEdited = Keep(index.Session!, message.Message) });
        });
        table.Register<IndexView>(KeyMenu.Index, "edit-type", async (index, call) =>
        {
            var limits = attachments(call.Shell).Render.Limits;
            if (await LoadCurrentAsync(index, call.Shell, limits) is { Mime.Body: { } body } loaded
                && await AttachmentFunctions.EditTypeAsync(call.Shell, loaded.Mime, body, limits) is { } edited)
                index.Session!.KeepEditedContent(loaded.Message, edited);
        });
    }

    // edit-type's change holds for the folder's session, as Mutt keeps it with the message until the folder closes.
    private static Func<MimeMessage, Task> Keep(ReaderSession session, Message message) => edited =>
    {
        session.KeepEditedContent(message, edited);
        return Task.CompletedTask;
    };

    private static async Task ShowAsync(FunctionTable table, IndexView index, IReaderShell shell, AttachmentContext context, bool allHeaders = false)
    {
        if (await LoadCurrentAsync(index, shell, context.Render.Limits) is not { } loaded)
            return;
        var session = index.Session!;
        session.MarkRead(loaded.Message);
        index.Refresh();
        var pager = await PagerView.CreateAsync(loaded.Mime, context.Renderer, context.Pager, DisplayFilter.FromConfig(shell.Config),
            Math.Max(2, index.Viewport.Width), allHeaders);
        if (pager.FilterError is { } error)
            shell.Error(error);
        pager.Palette = context.Palette;
        pager.Attachments = context;
        pager.Index = IndexContent.Of(session);
        pager.IndexRow = session.Cursor;
        pager.IndexStatus = width => index.StatusLine(width);
        pager.MessageFunction = (view, call) => ForwardAsync(table, index, view, call, context);
        pager.MessageEdited = Keep(session, loaded.Message);
        shell.Open(pager);
    }

    // Mutt's display-address (@): the sender's full address on the message line.
    private static void DisplayAddress(IndexView index, IReaderShell shell)
    {
        if (index.Session is not { Current: { } message })
        {
            shell.Error(index.Session is null ? "No mailbox is open." : "No visible messages.");
            return;
        }
        var from = message.Summary.From;
        shell.Message(TerminalText.Sanitize(from.Count == 0 ? "(no sender)" : string.Join(", ", from.Select(a => a.ToString()))));
    }

    // A message function typed in the pager runs as the index's; the pager then follows the cursor.
    private static async Task<bool> ForwardAsync(FunctionTable table, IndexView index, PagerView pager, FunctionCall call, AttachmentContext context)
    {
        var indexCall = call with { Menu = KeyMenu.Index, View = index };
        if (!table.TryGet(KeyMenu.Index, call.Function, index, out var handler))
            return false;
        var session = index.Session;
        var before = session?.Current;
        await handler(indexCall);
        if (index.Session != session || index.Session?.Current is not { } after)
        {
            call.Shell.Close(pager);
            return true;
        }
        if (!ReferenceEquals(after, before))
        {
            call.Shell.Close(pager);
            await ShowAsync(table, index, call.Shell, context);
            return true;
        }
        pager.Index = IndexContent.Of(index.Session);
        pager.IndexRow = index.Session.Cursor;
        pager.SetNeedsDraw();
        return true;
    }

    // Parsed as muttsharp show parses it: the nesting limit applies, and an empty or headerless file still opens.
    private static async Task<(Message Message, MimeMessage Mime)?> LoadCurrentAsync(IndexView index, IReaderShell shell, RenderLimits limits)
    {
        if (index.Session is not { Current: { } message } session)
        {
            shell.Error(index.Session is null ? "No mailbox is open." : "No visible messages.");
            return null;
        }
        try
        {
            return (message, session.EditedContent(message) ?? await MessageDisplay.LoadAsync(session.Mailbox, message, limits));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            shell.Error($"Could not open the message: {e.Message}");
            return null;
        }
    }
}
