using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Sidebar;

/// <summary>
/// Mutt's sidebar functions, in the index and the pager (unbound by default, as in Mutt): moving
/// the highlight, to folders with new mail, by page, opening the highlighted folder, and
/// <c>sidebar-toggle-visible</c>.
/// </summary>
public static class SidebarFunctions
{
    private static readonly KeyMenu[] Menus = [KeyMenu.Index, KeyMenu.Pager];

    // Function, and the move on the sidebar: true when it moved.
    private static readonly (string Function, Func<SidebarView, bool> Move, string None)[] Moves =
    [
        ("sidebar-next", s => s.MoveHighlight(1), "You are on the last mailbox."),
        ("sidebar-prev", s => s.MoveHighlight(-1), "You are on the first mailbox."),
        ("sidebar-next-new", s => s.MoveToNew(1), "No mailboxes have new mail."),
        ("sidebar-prev-new", s => s.MoveToNew(-1), "No mailboxes have new mail."),
        ("sidebar-page-down", s => s.MoveHighlight(Math.Max(1, s.Viewport.Height)), "You are on the last mailbox."),
        ("sidebar-page-up", s => s.MoveHighlight(-Math.Max(1, s.Viewport.Height)), "You are on the first mailbox."),
        ("sidebar-first", s => s.MoveHighlight(-s.Highlight), "You are on the first mailbox."),
        ("sidebar-last", s => s.MoveHighlight(s.Items.Count - 1 - s.Highlight), "You are on the last mailbox."),
    ];

    /// <summary>
    /// Registers the sidebar functions for <paramref name="sidebar"/>; <paramref name="open"/> opens a
    /// folder (as <c>change-folder</c> does) for <c>sidebar-open</c>.
    /// </summary>
    public static void Register(FunctionTable table, SidebarView sidebar, Func<string, Task> open)
    {
        foreach (var menu in Menus)
        {
            foreach (var (function, move, none) in Moves)
            {
                table.Register<IMenuView>(menu, function, (menuView, call) =>
                {
                    if (!sidebar.Visible)
                        return;
                    if (!move(sidebar))
                        call.Shell.Error(none);
                });
            }
            table.Register<IMenuView>(menu, "sidebar-open", async (menuView, call) =>
            {
                if (sidebar.HighlightedPath is { } path)
                {
                    // From the pager, back to the index first: folders are changed there.
                    if (menuView.Menu != KeyMenu.Index)
                        call.Shell.Close(menuView);
                    await open(path);
                }
                else
                    call.Shell.Error("No mailboxes.");
            });
            table.Register<IMenuView>(menu, "sidebar-toggle-visible", (menuView, call) =>
            {
                call.Shell.Config.TrySetVariable("sidebar_visible", sidebar.Visible ? "no" : "yes", out _);
                sidebar.ApplySettings();
                call.Shell.Redraw();
            });
        }
    }
}
