using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Rendering;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Prompts;

namespace MuttSharp.Tui.Pager;

/// <summary>
/// The pager's functions: its own scrolling, searching and toggles, with Mutt's messages at the
/// ends; functions on the message itself (moving to another message, replying, deleting...) are
/// handed to <see cref="PagerView.MessageFunction"/>.
/// </summary>
public static class PagerFunctions
{
    private const string Bottom = "Bottom of message is shown.";
    private const string TopShown = "Top of message is shown.";

    // Function, and the scroll: the view in, an error to show (or null) out.
    private static readonly (string Function, Func<PagerView, string?> Scroll)[] Scrolls =
    [
        ("next-line", v => v.AtBottom ? Bottom : Go(v, v.Top + 1)),
        ("previous-line", v => v.Top == 0 ? TopShown : Go(v, v.Top - 1)),
        ("previous-page", v => v.Top == 0 ? TopShown : Go(v, Math.Max(0, v.Top - Step(v)))),
        ("half-down", v => v.AtBottom ? Bottom : Go(v, v.Top + Math.Max(1, v.PageLength / 2))),
        ("half-up", v => v.Top == 0 ? TopShown : Go(v, Math.Max(0, v.Top - Math.Max(1, v.PageLength / 2)))),
        ("top", v => v.Top == 0 ? TopShown : Go(v, 0)),
        ("bottom", v => v.AtBottom ? Bottom : Go(v, Math.Max(0, v.Rows.Count - v.PageLength))),
        ("toggle-quoted", v => Do(() => v.SetQuotedHidden(!v.QuotedHidden))),
        ("skip-quoted", SkipQuoted),
        ("skip-headers", SkipHeaders),
        ("search-toggle", v => Do(v.ToggleHighlight)),
    ];

    // The pager-menu functions that act on the message or the folder rather than on the view: the index's
    // function of the same name runs them, or the one named here where the two menus name it differently.
    private static readonly (string Pager, string Index)[] Forwarded =
    [
        .. new[]
        {
            "next-undeleted", "previous-undeleted", "next-entry", "previous-entry", "next-new", "previous-new",
            "next-unread", "previous-unread", "next-new-then-unread", "previous-new-then-unread", "next-thread",
            "previous-thread", "next-subthread", "previous-subthread", "parent-message", "root-message", "jump",
            "reply", "group-reply", "list-reply", "forward-message", "bounce-message", "resend-message", "mail",
            "delete-message", "delete-thread", "delete-subthread", "undelete-message", "undelete-thread",
            "undelete-subthread", "undelete-last", "flag-message", "set-flag", "clear-flag",
            "save-message", "copy-message", "decode-save", "decode-copy", "pipe-message", "print-message",
            "read-thread", "read-subthread", "create-alias", "display-address", "edit", "sync-mailbox",
            "change-folder", "change-folder-readonly", "browse-mailboxes", "browse-mailboxes-readonly", "buffy-list",
            "quit", "sort-mailbox", "sort-reverse", "toggle-write", "show-version",
            "recall-message", "purge-message", "break-thread", "link-threads", "edit-label",
        }.Select(f => (f, f)),
        ("mark-as-new", "toggle-new"),
        ("tag-message", "tag-entry"),
    ];

    // Functions of the whole reader that the pager, which does not fall back to generic, names for itself.
    private static readonly (string Pager, string Generic)[] Shared =
    [
        ("help", "help"),
        ("enter-command", "enter-command"),
        ("shell-escape", "shell-escape"),
        ("what-key", "what-key"),
        ("redraw-screen", "refresh"),
    ];

    /// <summary>The pager functions the index runs, each with the index's name for it.</summary>
    internal static IEnumerable<(string Pager, string Index)> ForwardedToIndex => Forwarded;

    /// <summary>Registers the pager's functions.</summary>
    public static void Register(FunctionTable table)
    {
        foreach (var (function, scroll) in Scrolls)
        {
            table.Register<PagerView>(KeyMenu.Pager, function, (view, call) =>
            {
                if (scroll(view) is { } error)
                    call.Shell.Error(error);
            });
        }
        table.Register<PagerView>(KeyMenu.Pager, "next-page", NextPageAsync);
        table.Register<PagerView>(KeyMenu.Pager, "search", (view, call) => SearchAsync(view, call, reverse: false));
        table.Register<PagerView>(KeyMenu.Pager, "search-reverse", (view, call) => SearchAsync(view, call, reverse: true));
        table.Register<PagerView>(KeyMenu.Pager, "search-next", (view, call) => Report(call, view.SearchNext(opposite: false)));
        table.Register<PagerView>(KeyMenu.Pager, "search-opposite", (view, call) => Report(call, view.SearchNext(opposite: true)));
        table.Register<PagerView>(KeyMenu.Pager, "display-toggle-weed", async (view, call) =>
        {
            await view.SetAllHeadersAsync(!view.AllHeaders);
            if (view.FilterError is { } error)
                call.Shell.Error(error);
        });
        table.Register<PagerView>(KeyMenu.Pager, "exit", (view, call) => call.Shell.Close(view));
        foreach (var (function, index) in Forwarded)
            table.Register<PagerView>(KeyMenu.Pager, function, (view, call) => ForwardAsync(view, call with { Function = index }));
        foreach (var (function, generic) in Shared)
        {
            table.Register<PagerView>(KeyMenu.Pager, function, async (view, call) =>
            {
                if (table.TryGet(KeyMenu.Generic, generic, view, out var handler))
                    await handler(call with { Function = generic });
                else
                    call.Shell.Error($"{function} is not available here.");
            });
        }
    }

    // Mutt's next-page: a page on, keeping $pager_context rows; at the end, the next message unless $pager_stop.
    private static async Task NextPageAsync(PagerView view, FunctionCall call)
    {
        if (!view.AtBottom)
        {
            Go(view, view.Top + Step(view));
            return;
        }
        if (view.Settings.PagerStop || !await TryForwardAsync(view, call with { Function = "next-undeleted" }))
            call.Shell.Error(Bottom);
    }

    private static async Task SearchAsync(PagerView view, FunctionCall call, bool reverse)
    {
        string? pattern = await call.Shell.AskAsync(new PromptRequest(reverse ? "Reverse search for: " : "Search for: ", "", PromptHistoryKind.Pattern));
        if (string.IsNullOrEmpty(pattern))
            return;
        Report(call, view.Search(pattern, reverse));
    }

    private static void Report(FunctionCall call, (bool Found, string? Message) result)
    {
        if (!result.Found)
            call.Shell.Error(result.Message ?? "Not found.");
        else if (result.Message is { } note)
            call.Shell.Message(note);
    }

    private static async Task ForwardAsync(PagerView view, FunctionCall call)
    {
        if (!await TryForwardAsync(view, call))
            call.Shell.Error($"{call.Function} is not available here.");
    }

    private static Task<bool> TryForwardAsync(PagerView view, FunctionCall call) =>
        view.MessageFunction is { } handler ? handler(view, call) : Task.FromResult(false);

    // Mutt's skip-quoted: past the next block of quoted text to the unquoted text after it.
    private static string? SkipQuoted(PagerView view)
    {
        var rows = view.Rows;
        int i = view.Top;
        while (i < rows.Count && rows[i].Kind != LineKind.Quoted)
            i++;
        if (i >= rows.Count)
            return "No more quoted text.";
        while (i < rows.Count && rows[i].Kind == LineKind.Quoted)
            i++;
        if (i >= rows.Count)
            return "No more unquoted text after quoted text.";
        return Go(view, Math.Max(view.Top + 1, i - view.Settings.SkipQuotedContext));
    }

    private static string? SkipHeaders(PagerView view)
    {
        var rows = view.Rows;
        int i = 0;
        while (i < rows.Count && rows[i].Kind == LineKind.Header)
            i++;
        while (i < rows.Count && rows[i].Text.Length == 0)
            i++;
        return i >= rows.Count || i <= view.Top ? "No more headers." : Go(view, i);
    }

    private static int Step(PagerView view) => Math.Max(1, view.PageLength - view.Settings.PagerContext);

    private static string? Go(PagerView view, int row)
    {
        view.ScrollTo(row);
        return null;
    }

    private static string? Do(Action action)
    {
        action();
        return null;
    }
}
