using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Sending;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Index;

namespace MuttSharp.Tui.Compose;

/// <summary>
/// Postponed messages as Mutt brings them back: <c>recall-message</c> (<c>R</c>) recalls the only draft of
/// <c>$postponed</c> at once and lists several in the Postponed Messages menu (Enter picks, <c>d</c>/<c>u</c>
/// mark and unmark for removal when the menu closes, <c>q</c> leaves); <c>mail</c> (<c>m</c>) first asks
/// <c>Recall postponed message?</c> as <c>$recall</c> says when there are drafts. A recalled draft goes through the
/// editor to the compose menu, as in Mutt; it stays in <c>$postponed</c> until it is sent or postponed again. A
/// recalled reply whose original is in the open folder flags it replied once sent (Mutt's <c>X-Mutt-References</c>).
/// </summary>
public static class RecallFunctions
{
    /// <summary>Registers the functions; <paramref name="submitter"/> gives the submitter for the configuration in force.</summary>
    public static void Register(FunctionTable table, Func<MuttConfig, IMessageSubmitter> submitter)
    {
        table.Register<IndexView>(KeyMenu.Index, "recall-message", (_, call) => ComposeFunctions.GuardAsync(call, () => RecallAsync(call, submitter)));
        table.Register<IndexView>(KeyMenu.Index, "mail", (_, call) => ComposeFunctions.GuardAsync(call, () => MailAsync(call, submitter)));
        table.Register<PostponedView>(KeyMenu.Postpone, "delete-entry", (view, call) => Mark(view, call, deleted: true));
        table.Register<PostponedView>(KeyMenu.Postpone, "undelete-entry", (view, call) => Mark(view, call, deleted: false));
        table.Register<PostponedView>(KeyMenu.Generic, "select-entry", (view, call) => ComposeFunctions.GuardAsync(call, () => PickAsync(view, call, submitter)));
        table.Register<PostponedView>(KeyMenu.Generic, "exit", (view, call) => ComposeFunctions.GuardAsync(call, () => LeaveAsync(view, call)));
    }

    private static async Task MailAsync(FunctionCall call, Func<MuttConfig, IMessageSubmitter> submitter)
    {
        var config = call.Shell.Config;
        if (config.GetQuad("recall") != Core.Config.Variables.QuadOption.No && Store(config, submitter).Count() > 0)
        {
            bool recall = await call.Shell.AskQuadAsync("Recall postponed message?", config.GetQuad("recall")) ?? throw new OperationCanceledException();
            if (recall)
            {
                await RecallAsync(call, submitter);
                return;
            }
        }
        await ComposeFunctions.MailToAsync(call, []);
    }

    private static async Task RecallAsync(FunctionCall call, Func<MuttConfig, IMessageSubmitter> submitter)
    {
        var drafts = await PostponedList.OpenAsync(call.Shell.Config, call.View.View.Viewport.Width is > 0 and int width ? width : 80);
        var folder = (call.View as IndexView)?.Session;
        switch (drafts.Count)
        {
            case 0:
                call.Shell.Error("No postponed messages.");
                break;
            case 1:
                await RecallDraftAsync(call, submitter, drafts[0], folder);
                break;
            default:
                call.Shell.Open(new PostponedView(drafts, ComposeFunctions.Palette(call.Shell)) { Folder = folder });
                break;
        }
    }

    // As Mutt: a recalled reply finds the message it answers in the open folder, then the editor runs on it.
    private static async Task RecallDraftAsync(FunctionCall call, Func<MuttConfig, IMessageSubmitter> submitter, Core.Model.Message entry, ReaderSession? folder)
    {
        var (draft, error) = await Store(call.Shell.Config, submitter).RecallAsync(entry);
        if (draft is null)
        {
            call.Shell.Error(error);
            return;
        }
        if (folder is not null)
            draft.LinkAnswered(folder.Mailbox.Messages);
        await ComposeFunctions.RecallComposeAsync(draft, call);
    }

    private static void Mark(PostponedView view, FunctionCall call, bool deleted)
    {
        if (view.Rows == 0)
            return;
        view.Drafts[view.CursorRow].Deleted = deleted;
        if (call.Shell.Config.GetBool("resolve") && view.CursorRow + 1 < view.Rows)
            view.MoveTo(view.CursorRow + 1);
        view.SetNeedsDraw();
    }

    // The picked draft is kept whatever its mark: it leaves $postponed only when sent or postponed again.
    private static async Task PickAsync(PostponedView view, FunctionCall call, Func<MuttConfig, IMessageSubmitter> submitter)
    {
        if (view.Rows == 0)
            return;
        var picked = view.Drafts[view.CursorRow];
        picked.Deleted = false;
        await LeaveAsync(view, call);
        await RecallDraftAsync(call, submitter, picked, view.Folder);
    }

    private static async Task LeaveAsync(PostponedView view, FunctionCall call)
    {
        call.Shell.Close(view);
        if (await view.Drafts.PurgeAsync() is [var first, ..])
            call.Shell.Error(first);
        call.Shell.Redraw();
    }

    private static PostponedStore Store(MuttConfig config, Func<MuttConfig, IMessageSubmitter> submitter) =>
        ComposeFunctions.Sender(config, submitter).Postponed;
}
