using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Model;
using MuttSharp.Core.Sorting;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Prompts;

namespace MuttSharp.Tui.Index;

/// <summary>
/// The index functions that need only the display order: moves by message state, by thread and
/// subthread, to a number, and collapsing. Mutt's messages when a move has nowhere to go.
/// </summary>
public static class IndexFunctions
{
    private const string NotThreaded = "Threading is not enabled.";

    // Function, direction, and which messages stop the move.
    private static readonly (string Function, int Direction, Func<Message, bool> Stop, string None)[] Searches =
    [
        ("next-undeleted", +1, m => !m.Deleted, "You are on the last message."),
        ("previous-undeleted", -1, m => !m.Deleted, "You are on the first message."),
        ("next-new", +1, m => m.IsNew, "No new messages."),
        ("previous-new", -1, m => m.IsNew, "No new messages."),
        ("next-unread", +1, m => !m.IsRead, "No unread messages."),
        ("previous-unread", -1, m => !m.IsRead, "No unread messages."),
    ];

    private static readonly (string Function, Func<DisplayOrder, int, int> Target, string None)[] ThreadMoves =
    [
        ("next-thread", (o, r) => o.NextThreadRow(r), "No more threads."),
        ("previous-thread", (o, r) => o.PreviousThreadRow(r), "You are on the first thread."),
        ("next-subthread", (o, r) => Subthread(o, r, +1), "No more subthreads."),
        ("previous-subthread", (o, r) => Subthread(o, r, -1), "No more subthreads."),
        ("parent-message", (o, r) => o.ParentRow(r), "Parent message is not available."),
        ("root-message", (o, r) => o.RootRow(r), "Root message is not visible in this limited view."),
    ];

    /// <summary>Registers the index's moves and thread functions.</summary>
    public static void Register(FunctionTable table)
    {
        foreach (var (function, direction, stop, none) in Searches)
        {
            bool wraps = function.Contains("new") || function.Contains("unread");
            table.Register<IndexView>(KeyMenu.Index, function, (view, call) =>
            {
                if (Visible(view, call) is not { } order)
                    return;
                int row = Find(view, order, view.CursorRow, direction, stop, wraps, out bool wrapped);
                if (row < 0)
                {
                    call.Shell.Error(none);
                    return;
                }
                view.MoveTo(row);
                if (wrapped)
                    call.Shell.Message(direction > 0 ? "Search wrapped to top." : "Search wrapped to bottom.");
            });
        }
        table.Register<IndexView>(KeyMenu.Index, "next-new-then-unread", (view, call) => NewThenUnread(view, call, +1));
        table.Register<IndexView>(KeyMenu.Index, "previous-new-then-unread", (view, call) => NewThenUnread(view, call, -1));

        foreach (var (function, target, none) in ThreadMoves)
        {
            table.Register<IndexView>(KeyMenu.Index, function, (view, call) =>
            {
                if (Visible(view, call) is not { } order)
                    return;
                if (!order.IsThreaded)
                {
                    call.Shell.Error(NotThreaded);
                    return;
                }
                int row = target(order, view.CursorRow);
                if (row < 0)
                    call.Shell.Error(none);
                else
                    view.MoveTo(row);
            });
        }

        table.Register<IndexView>(KeyMenu.Index, "collapse-thread", (view, call) => Collapse(view, call, null));
        table.Register<IndexView>(KeyMenu.Index, "open-thread", (view, call) => Collapse(view, call, false));
        table.Register<IndexView>(KeyMenu.Index, "close-thread", (view, call) => Collapse(view, call, true));
        table.Register<IndexView>(KeyMenu.Index, "collapse-all", CollapseAll);
        table.Register<IndexView>(KeyMenu.Index, "jump", JumpAsync);
    }

    private static DisplayOrder? Visible(IndexView view, FunctionCall call)
    {
        if (view.Content is { Order.Count: > 0 } content)
            return content.Order;
        call.Shell.Error("No visible messages.");
        return null;
    }

    // Rows after (or before) the cursor, wrapping around the ends when the search wraps; the cursor's own row last of all is not checked.
    private static int Find(IndexView view, DisplayOrder order, int from, int direction, Func<Message, bool> stop, bool wraps, out bool wrapped)
    {
        var messages = view.Content!.Mailbox.Messages;
        int count = order.Count;
        wrapped = false;
        for (int step = 1; step < count; step++)
        {
            int row = from + direction * step;
            if (row < 0 || row >= count)
            {
                if (!wraps)
                    return -1;
                wrapped = true;
                row = (row % count + count) % count;
            }
            if (stop(messages[order.MessageAt(row)]))
                return row;
        }
        return -1;
    }

    // Mutt's <tab>: the next new message, else the next unread one.
    private static void NewThenUnread(IndexView view, FunctionCall call, int direction)
    {
        if (Visible(view, call) is not { } order)
            return;
        int row = Find(view, order, view.CursorRow, direction, m => m.IsNew, true, out bool wrapped);
        if (row < 0)
            row = Find(view, order, view.CursorRow, direction, m => !m.IsRead, true, out wrapped);
        if (row < 0)
        {
            call.Shell.Error("No new messages.");
            return;
        }
        view.MoveTo(row);
        if (wrapped)
            call.Shell.Message(direction > 0 ? "Search wrapped to top." : "Search wrapped to bottom.");
    }

    // The next (or previous) row at the same depth or above in the same thread, as Mutt's subthread moves.
    private static int Subthread(DisplayOrder order, int row, int direction)
    {
        int depth = Depth(order, row);
        int root = order.RootRow(row);
        for (int r = row + direction; r >= 0 && r < order.Count; r += direction)
        {
            if (order.RootRow(r) != root)
                return -1;
            if (Depth(order, r) <= depth)
                return r;
        }
        return -1;
    }

    private static int Depth(DisplayOrder order, int row)
    {
        int depth = 0;
        for (int r = order.ParentRow(row); r >= 0; r = order.ParentRow(r))
            depth++;
        return depth;
    }

    private static void Collapse(IndexView view, FunctionCall call, bool? collapse)
    {
        if (Visible(view, call) is not { } order)
            return;
        if (!order.IsThreaded)
        {
            call.Shell.Error(NotThreaded);
            return;
        }
        int row = view.CursorRow;
        if (collapse is { } want && order.IsCollapsed(row) == want)
            return;
        view.Reload(order.ToggleThread(row));
    }

    private static void CollapseAll(IndexView view, FunctionCall call)
    {
        if (Visible(view, call) is not { } order)
            return;
        if (!order.IsThreaded)
        {
            call.Shell.Error(NotThreaded);
            return;
        }
        int message = order.MessageAt(view.CursorRow);
        // Mutt: from a collapsed thread, expand everything; from an expanded one, collapse everything.
        if (order.IsCollapsed(view.CursorRow))
            order.ExpandAll();
        else
            order.CollapseAll();
        view.Reload(order.NearestRowOf(message));
    }

    // Mutt's jump: the digit typed starts the number; the number is the one %C shows (position in the sort).
    private static async Task JumpAsync(IndexView view, FunctionCall call)
    {
        if (Visible(view, call) is not { } order)
            return;
        string typed = call.Keys.Length == 1 && call.Keys[0].CodePoint is >= '1' and <= '9' ? ((char)call.Keys[0].CodePoint).ToString() : "";
        string? answer = await call.Shell.AskAsync(new PromptRequest("Jump to message: ", typed));
        if (string.IsNullOrWhiteSpace(answer))
            return;
        if (!int.TryParse(answer.Trim(), out int number) || number < 1 || number > view.Content!.Mailbox.Messages.Count)
        {
            call.Shell.Error("Invalid message number.");
            return;
        }
        for (int row = 0; row < order.Count; row++)
        {
            if (order.SortedPosition(row) == number - 1)
            {
                view.MoveTo(row);
                return;
            }
        }
        call.Shell.Error("That message is not visible.");
    }
}
