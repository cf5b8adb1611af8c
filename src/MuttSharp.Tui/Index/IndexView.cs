using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Search;
using MuttSharp.Core.Text;
using MuttSharp.Core.Threading;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Shell;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MuttSharp.Tui.Index;

/// <summary>
/// The message index over a <see cref="ReaderSession"/>, virtual: it draws only the rows on screen, each
/// through the session's <c>$index_format</c> lines, with the indicator bar or <c>$arrow_cursor</c>, the
/// <c>color index</c> rules and Mutt's scrolling (<c>$menu_scroll</c>, <c>$menu_context</c>). Nothing it does
/// per key or per redraw grows with the size of the folder.
/// </summary>
public sealed class IndexView : View, IListMenu
{
    // What each screen row shows now: a row is drawn again only when this changes (or Terminal.Gui asks).
    private readonly List<ScreenRow> drawn = [];
    private ReaderSession? session;
    private PatternContext? patterns;
    private (Mailbox? Mailbox, ThreadTree? Tree) patternsFor;
    private int top;
    // Every row has changed (a new page): all are drawn, so Terminal.Gui's clearing them first is skipped.
    private bool allRowsChanged;

    /// <summary>Creates an empty index (the folder is still loading).</summary>
    public IndexView()
    {
        CanFocus = false;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <inheritdoc/>
    public KeyMenu Menu => KeyMenu.Index;

    /// <inheritdoc/>
    View IMenuView.View => this;

    /// <summary>The colours drawn with.</summary>
    public ColorPalette Palette { get; set; } = ColorPalette.Plain;

    /// <summary><c>$arrow_cursor</c>: mark the current row with <see cref="ArrowString"/> instead of the bar.</summary>
    public bool ArrowCursor { get; set; }

    /// <summary><c>$arrow_string</c> (<c>-&gt;</c>).</summary>
    public string ArrowString { get; set; } = "->";

    /// <summary><c>$menu_scroll</c>, <c>$menu_context</c>, <c>$menu_move_off</c>.</summary>
    public MenuScroll Scrolling { get; set; } = MenuScroll.Default;

    /// <summary>The status line while there is no folder (reading one, or none open).</summary>
    public string? Progress { get; set; }

    /// <summary>The open folder, or null while it loads.</summary>
    public ReaderSession? Session => session;

    /// <inheritdoc/>
    public int Rows => session?.RowCount ?? 0;

    /// <inheritdoc/>
    public int CursorRow => session?.Cursor ?? 0;

    /// <inheritdoc/>
    public int Top => top;

    /// <inheritdoc/>
    public int PageLength => Math.Max(1, Viewport.Height);

    /// <inheritdoc/>
    public bool RedrawsItself => true;

    /// <summary>Shows <paramref name="next"/> (a folder just opened).</summary>
    public void SetSession(ReaderSession next)
    {
        // The same session again (shown before its cache was validated, then confirmed) keeps its scrolling.
        if (!ReferenceEquals(session, next))
            top = 0;
        session = next;
        Progress = null;
        Refresh();
    }

    /// <summary>
    /// Scrolls to the session's cursor and redraws what changed, after any operation on the session: moving the
    /// cursor within the page redraws two rows, not the page (a row costs Terminal.Gui far more to draw than to
    /// compare).
    /// </summary>
    public void Refresh()
    {
        if (session is not null)
        {
            top = Math.Clamp(top, 0, Math.Max(0, Rows - 1));
            top = Scrolling.Top(top, CursorRow, Rows, PageLength);
        }
        SetNeedsDrawChangedRows();
    }

    /// <inheritdoc/>
    public void MoveTo(int row)
    {
        if (session is null || Rows == 0)
            return;
        session.MoveTo(row);
        Refresh();
    }

    /// <inheritdoc/>
    public void ScrollTo(int row)
    {
        if (session is null || Rows == 0)
            return;
        top = Math.Clamp(row, 0, Math.Max(0, Rows - 1));
        session.MoveTo(Math.Clamp(CursorRow, top, Math.Min(Rows - 1, top + PageLength - 1)));
        SetNeedsDrawChangedRows();
    }

    /// <inheritdoc/>
    public string StatusLine(int width)
    {
        if (Progress is { } progress || session is null)
            return Progress ?? "";
        session.SetColumns(width);
        return session.StatusLine(top, PageLength);
    }

    /// <inheritdoc/>
    protected override void OnFrameChanged(in System.Drawing.Rectangle frame)
    {
        base.OnFrameChanged(frame);
        if (Rows > 0)
            top = Scrolling.Top(top, CursorRow, Rows, Math.Max(1, frame.Height));
    }

    /// <inheritdoc/>
    protected override bool OnClearingViewport() => allRowsChanged;

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        int width = Viewport.Width;
        for (int screenRow = 0; screenRow < Viewport.Height; screenRow++)
        {
            // Only the rows Terminal.Gui cleared for this frame: the others still show what they should.
            if (!allRowsChanged && !ClearedRows.Contains(this, screenRow))
                continue;
            var shown = RowAt(screenRow);
            DrawRow(shown, screenRow, width);
            Remember(screenRow, shown);
        }
        allRowsChanged = false;
        return true;
    }

    // Asks Terminal.Gui to draw the rows whose content differs from what they show (one band from the first
    // to the last of them), and the status line under the index, which describes these rows.
    private void SetNeedsDrawChangedRows()
    {
        int first = -1, last = -1;
        for (int screenRow = 0; screenRow < Viewport.Height; screenRow++)
        {
            if (screenRow < drawn.Count && drawn[screenRow] == RowAt(screenRow))
                continue;
            if (first < 0)
                first = screenRow;
            last = screenRow;
        }
        if (first >= 0)
        {
            allRowsChanged |= first == 0 && last == Viewport.Height - 1;
            SetNeedsDraw(new System.Drawing.Rectangle(0, first, Viewport.Width, last - first + 1));
        }
        if (SuperView is { } shell && Frame.Bottom < shell.Viewport.Height)
            shell.SetNeedsDraw(new System.Drawing.Rectangle(0, Frame.Bottom, shell.Viewport.Width, shell.Viewport.Height - Frame.Bottom));
    }

    // What screen row screenRow should show now.
    private ScreenRow RowAt(int screenRow)
    {
        int row = top + screenRow;
        if (session is not { } s || row >= s.RowCount)
            return new ScreenRow("", Palette[ColorObject.Normal], false);
        s.SetColumns(ArrowCursor ? Math.Max(1, Viewport.Width - TerminalWidth.Of(ArrowString) - 1) : Viewport.Width);
        return new ScreenRow(s.Lines.Render(row), RowAttribute(s, s.Mailbox.Messages[s.Order.MessageAt(row)]), row == s.Cursor);
    }

    private void Remember(int screenRow, ScreenRow shown)
    {
        while (drawn.Count <= screenRow)
            drawn.Add(default);
        drawn[screenRow] = shown;
    }

    private void DrawRow(ScreenRow shown, int screenRow, int width)
    {
        var (line, attribute, current) = shown;
        if (!ArrowCursor)
        {
            SetAttribute(current ? Palette.Over(Palette.Table[ColorObject.Indicator], attribute) : attribute);
            SafeText.Draw(this, 0, screenRow, line, width);
            return;
        }
        int arrow = Math.Min(width, TerminalWidth.Of(ArrowString) + 1);
        SetAttribute(current ? Palette[ColorObject.Indicator] : attribute);
        SafeText.Draw(this, 0, screenRow, current ? ArrowString : "", arrow);
        SetAttribute(attribute);
        SafeText.Draw(this, arrow, screenRow, line, width - arrow);
    }

    // The last matching "color index" rule, over normal. Rules whose pattern reads message bodies are
    // not evaluated while drawing: a redraw never opens message files.
    private Attribute RowAttribute(ReaderSession s, Message message)
    {
        if (Palette.Table.IndexRules.Count == 0)
            return Palette[ColorObject.Normal];
        if (patterns is null || patternsFor != (s.Mailbox, s.Tree))
        {
            patterns = new ReaderSettings(s.Config).Search(s.Mailbox, s.Tree);
            patternsFor = (s.Mailbox, s.Tree);
        }
        var spec = Palette.Table.IndexColor(rule =>
            rule.CompiledPattern is Pattern { ReadsMessageFiles: false } pattern && pattern.Matches(message, patterns));
        return spec is { } found ? Palette.Over(found, ColorObject.Normal) : Palette[ColorObject.Normal];
    }

    /// <summary>One screen row as drawn: its text, its colour, and whether the cursor is on it.</summary>
    private readonly record struct ScreenRow(string Line, Attribute Attribute, bool Current);
}
