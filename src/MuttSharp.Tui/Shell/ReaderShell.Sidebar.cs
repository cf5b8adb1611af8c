using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Sidebar;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Shell;

public sealed partial class ReaderShell
{
    // Mutt draws the sidebar beside the index and the pager only; other menus take the whole width.
    private static readonly KeyMenu[] SidebarMenus = [KeyMenu.Index, KeyMenu.Pager];

    private SidebarView? sidebar;

    /// <summary>
    /// The sidebar, drawn at the left of the index and pager while <c>$sidebar_visible</c> is set; the menu
    /// body starts after its <c>$sidebar_width</c> columns. Null for none.
    /// </summary>
    public SidebarView? Sidebar
    {
        get => sidebar;
        set
        {
            if (sidebar is not null)
                Remove(sidebar);
            sidebar = value;
            if (sidebar is not null)
                Add(sidebar);
            if (Top is { } view)
                LayOutBody(view);
        }
    }

    // True when the sidebar takes its columns beside the current menu.
    private bool SidebarShown => sidebar is not null && sidebar.Model.Visible && Top is { } view && SidebarMenus.Contains(view.Menu);

    // Places the sidebar and the menu body between the help line and the status line.
    private void LayOutBody(IMenuView view)
    {
        int columns = 0;
        if (sidebar is not null)
        {
            sidebar.ApplySettings();
            sidebar.Visible = SidebarShown;
            sidebar.X = 0;
            sidebar.Y = HelpRows;
            sidebar.Height = Dim.Fill(2);
            columns = sidebar.Visible ? sidebar.Model.Width : 0;
        }
        view.View.X = columns;
        view.View.Y = HelpRows;
        view.View.Width = Dim.Fill();
        view.View.Height = Dim.Fill(2);
        SetNeedsLayout();
        SetNeedsDraw();
    }
}
