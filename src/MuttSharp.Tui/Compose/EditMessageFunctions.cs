using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Index;

namespace MuttSharp.Tui.Compose;

/// <summary>
/// Mutt's <c>edit</c> (<c>e</c> in the index, and in the pager through the index; on the tagged messages after
/// <c>;</c>): <c>$editor</c> on a copy of the raw message with the screen handed over, then the edited message
/// in the original's place.
/// </summary>
public static class EditMessageFunctions
{
    /// <summary>Registers <c>edit</c>.</summary>
    public static void Register(FunctionTable table) =>
        table.Register<IndexView>(KeyMenu.Index, "edit", (view, call) => ComposeFunctions.GuardAsync(call, () => EditAsync(view, call)));

    // Each message of the scope in turn (the tagged ones after ;), as Mutt edits them; a refusal stops the round.
    private static async Task EditAsync(IndexView view, FunctionCall call)
    {
        if (view.Session is not { } session)
        {
            call.Shell.Error("No mailbox is open.");
            return;
        }
        var (chosen, refusal) = await session.SelectAsync(session.ScopeFor(call.TagPrefix), CancellationToken.None);
        foreach (var message in chosen ?? [])
        {
            (var edit, refusal) = await session.BeginEditAsync(message);
            if (edit is null)
                break;
            using (edit)
            {
                await call.Shell.RunExternalAsync(edit.CommandLine(call.Shell.Config.GetPath("editor")), null, waitForKey: false);
                refusal = await session.FinishEditAsync(edit);
            }
            if (refusal.IsError)
                break;
        }
        IndexFunctions.Show(call, refusal);
        view.Refresh();
        call.Shell.Redraw();
    }
}
