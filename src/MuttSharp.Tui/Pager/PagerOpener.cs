using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Rendering;
using MuttSharp.Tui.Attachments;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Index;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Pager;

/// <summary>
/// Opens the message under the index's cursor in a pager (Mutt's <c>display-message</c>) and wires
/// the pager to the index: its mini-index and status line come from the index, and a function on
/// the message (<c>next-undeleted</c>, <c>delete-message</c>, <c>reply</c>...) runs the index's own
/// handler for it, after which the pager follows the index to whichever message is now current.
/// </summary>
public static class PagerOpener
{
    /// <summary>Shows the index's current message; returns the pager, or null (with the error shown) when there is none or it cannot be read.</summary>
    public static async Task<PagerView?> OpenCurrentAsync(IReaderShell shell, FunctionTable functions, IndexView index, AttachmentContext context,
        CancellationToken cancellationToken = default)
    {
        if (index.Content is not { } content || index.Current is not { } current)
        {
            shell.Error("No visible messages.");
            return null;
        }
        MimeKit.MimeMessage message;
        try
        {
            message = await MessageDisplay.LoadAsync(content.Mailbox, current, context.Render.Limits, cancellationToken).ConfigureAwait(true);
        }
        catch (IOException e)
        {
            shell.Error(e.Message);
            return null;
        }
        var pager = await PagerView.CreateAsync(message, context.Renderer, context.Pager, cancellationToken).ConfigureAwait(true);
        pager.Palette = context.Palette;
        pager.Attachments = context;
        pager.Index = content;
        pager.IndexRow = index.CursorRow;
        pager.IndexStatus = index.StatusLine;
        pager.MessageFunction = (view, call) => RunOnIndexAsync(view, call, functions, index, context);
        shell.Open(pager);
        return pager;
    }

    private static async Task<bool> RunOnIndexAsync(PagerView pager, FunctionCall call, FunctionTable functions, IndexView index, AttachmentContext context)
    {
        if (!functions.TryGet(KeyMenu.Index, call.Function, index, out var handler))
            return false;
        var before = index.Current;
        await handler(call with { Menu = KeyMenu.Index, View = index }).ConfigureAwait(true);
        if (index.Current is { } after && !ReferenceEquals(after, before))
        {
            call.Shell.Close(pager);
            await OpenCurrentAsync(call.Shell, functions, index, context).ConfigureAwait(true);
        }
        else
        {
            pager.IndexRow = index.CursorRow;
            pager.SetNeedsDraw();
        }
        return true;
    }
}
