using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Reading.Session.Browsing;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Index;
using MuttSharp.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Browser;

/// <summary>
/// Mutt's folder browser screen (<c>c</c> then <c>?</c>, or <c>y</c>): Core's <see cref="FolderBrowser"/>
/// drawn one <c>$folder_format</c> line per entry, with the indicator bar and Mutt's scrolling; its
/// status line names the directory and mask, or the mailboxes. Choosing a mailbox hands its path to
/// <see cref="Chosen"/>, choosing files hands them to <see cref="ChosenFiles"/>; the shell closes the browser.
/// </summary>
public sealed class BrowserView : View, IListMenu
{
    private int cursor;
    private int top;

    /// <summary>Creates the browser screen over <paramref name="browser"/> (already listing something).</summary>
    public BrowserView(FolderBrowser browser, ColorPalette palette)
    {
        Browser = browser;
        Palette = palette;
        CanFocus = false;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <summary>The listing shown.</summary>
    public FolderBrowser Browser { get; }

    /// <summary>The colours drawn with.</summary>
    public ColorPalette Palette { get; }

    /// <summary><c>$menu_scroll</c>, <c>$menu_context</c>, <c>$menu_move_off</c>.</summary>
    public MenuScroll Scrolling { get; set; } = MenuScroll.Default;

    /// <summary>What to do with a chosen mailbox (open it); set by whoever opened the browser.</summary>
    public Func<string, Task>? Chosen { get; set; }

    /// <summary>What to do with the files chosen when the browser chooses files (attach them); set by whoever opened it.</summary>
    public Func<IReadOnlyList<string>, Task>? ChosenFiles { get; set; }

    /// <inheritdoc/>
    public KeyMenu Menu => KeyMenu.Browser;

    /// <inheritdoc/>
    View IMenuView.View => this;

    /// <inheritdoc/>
    public int Rows => Browser.Items.Count;

    /// <inheritdoc/>
    public int CursorRow => cursor;

    /// <inheritdoc/>
    public int Top => top;

    /// <inheritdoc/>
    public int PageLength => Math.Max(1, Viewport.Height);

    /// <inheritdoc/>
    public void MoveTo(int row)
    {
        if (Rows == 0)
            return;
        cursor = Math.Clamp(row, 0, Rows - 1);
        top = Scrolling.Top(top, cursor, Rows, PageLength);
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public void ScrollTo(int row)
    {
        if (Rows == 0)
            return;
        top = Math.Clamp(row, 0, Math.Max(0, Rows - 1));
        cursor = Math.Clamp(cursor, top, Math.Min(Rows - 1, top + PageLength - 1));
        SetNeedsDraw();
    }

    /// <summary>Shows a new listing from its first entry (after changing directory, mask or sort).</summary>
    public void Reload(int row = 0)
    {
        cursor = 0;
        top = 0;
        MoveTo(row);
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public string StatusLine(int width) => Browser.Title;

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        int width = Viewport.Width;
        for (int screenRow = 0; screenRow < Viewport.Height; screenRow++)
        {
            int row = top + screenRow;
            SetAttribute(row == cursor && row < Rows ? Palette[ColorObject.Indicator] : Palette[ColorObject.Normal]);
            SafeText.Draw(this, 0, screenRow, row < Rows ? Browser.Render(row, width) : "", width);
        }
        return true;
    }
}
