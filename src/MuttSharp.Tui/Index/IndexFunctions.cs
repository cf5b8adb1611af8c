using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Prompts;

namespace MuttSharp.Tui.Index;

/// <summary>
/// The index's moves by message state, thread and number, and collapsing, through the session
/// (the screen's own moves, by entry and page, are <see cref="ListFunctions"/>).
/// </summary>
public static class IndexFunctions
{
    private static readonly (string Function, IndexMotion Motion)[] Motions =
    [
        ("next-undeleted", IndexMotion.NextUndeleted),
        ("previous-undeleted", IndexMotion.PreviousUndeleted),
        ("next-new", IndexMotion.NextNew),
        ("previous-new", IndexMotion.PreviousNew),
        ("next-unread", IndexMotion.NextUnread),
        ("previous-unread", IndexMotion.PreviousUnread),
        ("next-new-then-unread", IndexMotion.NextNewThenUnread),
        ("previous-new-then-unread", IndexMotion.PreviousNewThenUnread),
        ("next-thread", IndexMotion.NextThread),
        ("previous-thread", IndexMotion.PreviousThread),
        ("next-subthread", IndexMotion.NextSubthread),
        ("previous-subthread", IndexMotion.PreviousSubthread),
        ("parent-message", IndexMotion.ParentMessage),
        ("root-message", IndexMotion.RootMessage),
    ];

    /// <summary>Registers the index's moves and thread functions.</summary>
    public static void Register(FunctionTable table)
    {
        foreach (var (function, motion) in Motions)
            table.Register<IndexView>(KeyMenu.Index, function, (view, call) => Apply(view, call, s => s.Navigate(motion)));
        table.Register<IndexView>(KeyMenu.Index, "collapse-thread", (view, call) => Apply(view, call, s => s.ToggleCollapse()));
        table.Register<IndexView>(KeyMenu.Index, "collapse-all", (view, call) => Apply(view, call, s => s.ToggleCollapseAll()));
        table.Register<IndexView>(KeyMenu.Index, "open-thread", (view, call) => Apply(view, call, s => s.Order.IsCollapsed(s.Cursor) ? s.ToggleCollapse() : SessionResult.None));
        table.Register<IndexView>(KeyMenu.Index, "close-thread", (view, call) => Apply(view, call, s => s.Order.IsCollapsed(s.Cursor) ? SessionResult.None : s.ToggleCollapse()));
        table.Register<IndexView>(KeyMenu.Index, "jump", JumpAsync);
    }

    /// <summary>Runs a session operation for the index and shows its outcome; refuses while no folder is open.</summary>
    internal static void Apply(IndexView view, FunctionCall call, Func<ReaderSession, SessionResult> operation)
    {
        if (view.Session is not { } session)
        {
            call.Shell.Error("No mailbox is open.");
            return;
        }
        Show(call, operation(session));
        view.Refresh();
    }

    /// <summary>Shows a session's outcome on the bottom line.</summary>
    internal static void Show(FunctionCall call, SessionResult result)
    {
        if (!result.HasMessage)
            return;
        if (result.IsError)
            call.Shell.Error(result.Message);
        else
            call.Shell.Message(result.Message);
    }

    // Mutt's jump: the digit typed starts the number; the number is the one %C shows.
    private static async Task JumpAsync(IndexView view, FunctionCall call)
    {
        if (view.Session is null)
        {
            call.Shell.Error("No mailbox is open.");
            return;
        }
        string typed = call.Keys.Length == 1 && call.Keys[0].CodePoint is >= '1' and <= '9' ? ((char)call.Keys[0].CodePoint).ToString() : "";
        string? answer = await call.Shell.AskAsync(new PromptRequest("Jump to message: ", typed));
        if (string.IsNullOrWhiteSpace(answer))
            return;
        if (!int.TryParse(answer.Trim(), out int number))
        {
            call.Shell.Error("Argument must be a message number.");
            return;
        }
        Apply(view, call, s => s.JumpTo(number));
    }
}
