using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading;
using MuttSharp.Core.Search;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Shell;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace MuttSharp.Tui.Index;

/// <summary>
/// The message index, virtual: it draws only the rows on screen, each through <c>$index_format</c>
/// (Core's <c>IndexLines</c> over the <c>DisplayOrder</c>), with the indicator bar or <c>$arrow_cursor</c>,
/// the <c>color index</c> rules and Mutt's scrolling (<c>$menu_scroll</c>, <c>$menu_context</c>).
/// Nothing it does per key or per redraw grows with the size of the folder.
/// </summary>
public sealed partial class IndexView : View, IListMenu
{
    private IndexContent? content;
    private IndexLines? lines;
    private int cursor;
    private int top;
    private int linesWidth;

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

    /// <summary><c>$arrow_string</c> (Mutt 2.2; <c>-&gt;</c>).</summary>
    public string ArrowString { get; set; } = "->";

    /// <summary><c>$menu_scroll</c>, <c>$menu_context</c>, <c>$menu_move_off</c>.</summary>
    public MenuScroll Scrolling { get; set; } = MenuScroll.Default;

    /// <summary>Builds the status line; set by whoever knows the folder's counts.</summary>
    public Func<IndexView, int, string>? Status { get; set; }

    /// <summary>What is shown, or null while the folder loads.</summary>
    public IndexContent? Content => content;

    /// <summary>The number of rows.</summary>
    public int Rows => content?.Order.Count ?? 0;

    /// <summary>The row under the cursor (0 when empty).</summary>
    public int CursorRow => cursor;

    /// <summary>The first row on screen.</summary>
    public int Top => top;

    /// <summary>Rows on one page.</summary>
    public int PageLength => Math.Max(1, Viewport.Height);

    /// <summary>The message under the cursor, or null in an empty index.</summary>
    public Message? Current => content is { } c && c.Order.Count > 0 ? c.Mailbox.Messages[c.Order.MessageAt(cursor)] : null;

    /// <summary>
    /// Shows <paramref name="next"/>, keeping the cursor on the message it was on when that message is
    /// still shown (after a re-sort, a new limit, new mail), else on the nearest row.
    /// </summary>
    public void SetContent(IndexContent next, int? cursorMessage = null)
    {
        int? keep = cursorMessage ?? Current?.Number;
        content = next;
        lines = null;
        int row = keep is { } m ? next.Order.NearestRowOf(m) : -1;
        cursor = row >= 0 ? row : Math.Clamp(cursor, 0, Math.Max(0, next.Order.Count - 1));
        top = Scrolling.Top(Math.Min(top, Math.Max(0, next.Order.Count - 1)), cursor, next.Order.Count, PageLength);
        SetNeedsDraw();
        // The status line around the index counts these rows too.
        SuperView?.SetNeedsDraw();
    }

    /// <summary>Moves the cursor to <paramref name="row"/> (clamped), scrolling as Mutt does.</summary>
    public void MoveTo(int row)
    {
        if (Rows == 0)
            return;
        cursor = Math.Clamp(row, 0, Rows - 1);
        top = Scrolling.Top(top, cursor, Rows, PageLength);
        SetNeedsDraw();
    }

    /// <summary>Redraws after the rows changed in place (a thread collapsed), the cursor going to <paramref name="row"/>.</summary>
    public void Reload(int row)
    {
        top = Math.Clamp(top, 0, Math.Max(0, Rows - 1));
        MoveTo(row);
        SetNeedsDraw();
    }

    /// <summary>Puts the first visible row at <paramref name="row"/>, keeping the cursor on screen.</summary>
    public void ScrollTo(int row)
    {
        if (Rows == 0)
            return;
        top = Math.Clamp(row, 0, Math.Max(0, Rows - 1));
        cursor = Math.Clamp(cursor, top, Math.Min(Rows - 1, top + PageLength - 1));
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public string StatusLine(int width) => Status?.Invoke(this, width) ?? "";

    /// <inheritdoc/>
    protected override void OnFrameChanged(in System.Drawing.Rectangle frame)
    {
        base.OnFrameChanged(frame);
        if (Rows > 0)
            top = Scrolling.Top(top, cursor, Rows, Math.Max(1, frame.Height));
    }

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        int width = Viewport.Width;
        for (int screenRow = 0; screenRow < Viewport.Height; screenRow++)
        {
            int row = top + screenRow;
            if (content is null || row >= content.Order.Count)
            {
                SetAttribute(Palette[ColorObject.Normal]);
                SafeText.Draw(this, 0, screenRow, "", width);
                continue;
            }
            DrawRow(content, row, screenRow, width);
        }
        return true;
    }

    private void DrawRow(IndexContent c, int row, int screenRow, int width)
    {
        if (lines is null || lines.Count != c.Order.Count || linesWidth != width)
        {
            lines = c.LinesFor(width);
            linesWidth = width;
        }
        string line = lines.Render(row);
        var message = c.Mailbox.Messages[c.Order.MessageAt(row)];
        var attribute = RowAttribute(c, message);
        if (row == cursor && ArrowCursor)
        {
            SetAttribute(Palette[ColorObject.Indicator]);
            int arrow = SafeText.Draw(this, 0, screenRow, ArrowString + " ", Math.Min(width, Core.Text.TerminalWidth.Of(ArrowString) + 1));
            SetAttribute(attribute);
            SafeText.Draw(this, arrow, screenRow, line, width - arrow);
            return;
        }
        if (ArrowCursor)
        {
            SetAttribute(attribute);
            int blank = Math.Min(width, Core.Text.TerminalWidth.Of(ArrowString) + 1);
            SafeText.Draw(this, 0, screenRow, "", blank);
            SafeText.Draw(this, blank, screenRow, line, width - blank);
            return;
        }
        SetAttribute(row == cursor ? Palette.Over(Palette.Table[ColorObject.Indicator], attribute) : attribute);
        SafeText.Draw(this, 0, screenRow, line, width);
    }

    // The last matching "color index" rule, over normal. Rules whose pattern reads message bodies are
    // not evaluated while drawing: a redraw never opens message files.
    private Attribute RowAttribute(IndexContent c, Message message)
    {
        var spec = Palette.Table.IndexColor(rule =>
            rule.CompiledPattern is Pattern { ReadsMessageFiles: false } pattern && pattern.Matches(message, c.Patterns));
        return spec is { } s ? Palette.Over(s, ColorObject.Normal) : Palette[ColorObject.Normal];
    }
}
