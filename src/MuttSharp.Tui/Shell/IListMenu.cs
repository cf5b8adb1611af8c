namespace MuttSharp.Tui.Shell;

/// <summary>
/// A menu that is a list with a cursor (index, browser, attachments, help): <c>generic</c>'s moves
/// (<c>next-entry</c>, <c>next-page</c>, <c>half-down</c>, <c>current-middle</c>, ...) work on any of them.
/// </summary>
public interface IListMenu : IMenuView
{
    /// <summary>The number of entries.</summary>
    int Rows { get; }

    /// <summary>The entry under the cursor.</summary>
    int CursorRow { get; }

    /// <summary>The first entry on screen.</summary>
    int Top { get; }

    /// <summary>Entries on one screen.</summary>
    int PageLength { get; }

    /// <summary>Moves the cursor (clamped), scrolling as <c>$menu_scroll</c> says.</summary>
    void MoveTo(int row);

    /// <summary>Scrolls so that <paramref name="row"/> is the first on screen, keeping the cursor on screen.</summary>
    void ScrollTo(int row);
}
