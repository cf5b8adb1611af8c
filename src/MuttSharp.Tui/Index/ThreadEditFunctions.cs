using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Prompts;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Index;

/// <summary>
/// The index functions that change a message's headers or mark it, as Mutt's: <c>break-thread</c> (<c>#</c>),
/// <c>link-threads</c> (<c>&amp;</c>), <c>edit-label</c> (<c>Y</c>, completing the folder's labels with Tab),
/// <c>mark-message</c> (<c>~</c>) and <c>purge-message</c>. The pager hands them to these handlers.
/// </summary>
public static class ThreadEditFunctions
{
    /// <summary>Registers the functions in the index.</summary>
    public static void Register(FunctionTable table)
    {
        table.Register<IndexView>(KeyMenu.Index, "break-thread", (view, call) => SessionFunctions.RunAsync(view, call, s => s.BreakThreadAsync()));
        table.Register<IndexView>(KeyMenu.Index, "link-threads", (view, call) => SessionFunctions.RunAsync(view, call, s => s.LinkThreadsAsync(call.TagPrefix)));
        table.Register<IndexView>(KeyMenu.Index, "purge-message", (view, call) => SessionFunctions.RunAsync(view, call, s => s.PurgeAsync(s.ScopeFor(call.TagPrefix))));
        table.Register<IndexView>(KeyMenu.Index, "edit-label", EditLabelAsync);
        table.Register<IndexView>(KeyMenu.Index, "mark-message", MarkMessageAsync);
    }

    private static async Task EditLabelAsync(IndexView view, FunctionCall call)
    {
        if (view.Session is not { } session)
        {
            call.Shell.Error("No mailbox is open.");
            return;
        }
        if (session.ReadOnly)
        {
            call.Shell.Error("Mailbox is read-only.");
            return;
        }
        var scope = session.ScopeFor(call.TagPrefix);
        string? label = await call.Shell.AskAsync(new PromptRequest("Label: ", session.LabelPromptText(scope), Complete: session.CompleteLabel));
        if (label is null)
        {
            call.Shell.Message("No labels changed.");
            return;
        }
        await SessionFunctions.RunAsync(view, call, s => s.LabelAsync(scope, label));
    }

    private static async Task MarkMessageAsync(IndexView view, FunctionCall call)
    {
        if (view.Session is not { Current.Summary.MessageId: { Length: > 0 } })
        {
            IndexFunctions.Apply(view, call, s => s.MarkMessage(""));
            return;
        }
        string? stroke = await call.Shell.AskAsync(new PromptRequest("Enter macro stroke: "));
        if (string.IsNullOrEmpty(stroke))
            return;
        IndexFunctions.Apply(view, call, s => s.MarkMessage(stroke));
        // The macro is recorded in the configuration, as :macro records it: the key maps are built again from it.
        if (call.Shell is ReaderShell shell)
            shell.ReplaceKeys(KeyMuttrcCommands.BuildKeyMaps(shell.Config, out _));
    }
}
