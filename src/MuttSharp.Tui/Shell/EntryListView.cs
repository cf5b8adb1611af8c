using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Drawing;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Shell;

/// <summary>
/// A list menu (the attachments, the query results, the postponed drafts): one line per entry, a cursor
/// drawn in the indicator colour, and the first row shown, moved as <c>generic</c>'s functions ask.
/// </summary>
public abstract class EntryListView : View, IListMenu
{
    private int cursor;
    private int top;

    /// <summary>A list filling the body of the screen, drawn in <paramref name="palette"/>.</summary>
    protected EntryListView(ColorPalette palette)
    {
        Palette = palette;
        CanFocus = false;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <summary>The colours drawn with.</summary>
    public ColorPalette Palette { get; }

    /// <inheritdoc/>
    public abstract KeyMenu Menu { get; }

    /// <inheritdoc/>
    View IMenuView.View => this;

    /// <inheritdoc/>
    public abstract int Rows { get; }

    /// <inheritdoc/>
    public int CursorRow => cursor;

    /// <inheritdoc/>
    public int Top => top;

    /// <inheritdoc/>
    public int PageLength => Math.Max(1, Viewport.Height);

    /// <inheritdoc/>
    public void MoveTo(int row)
    {
        cursor = Math.Clamp(row, 0, Math.Max(0, Rows - 1));
        if (cursor < top)
            top = cursor;
        else if (cursor >= top + PageLength)
            top = cursor - PageLength + 1;
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public void ScrollTo(int row)
    {
        top = Math.Clamp(row, 0, Math.Max(0, Rows - 1));
        cursor = Math.Clamp(cursor, top, Math.Max(top, Math.Min(Rows - 1, top + PageLength - 1)));
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public abstract string StatusLine(int width);

    /// <summary>The text of entry <paramref name="row"/> for a screen <paramref name="width"/> wide.</summary>
    protected abstract string Line(int row, int width);

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        for (int row = 0; row < Viewport.Height; row++)
        {
            int entry = top + row;
            SetAttribute(Palette[entry == cursor && entry < Rows ? ColorObject.Indicator : ColorObject.Normal]);
            SafeText.Draw(this, 0, row, entry < Rows ? Line(entry, Viewport.Width) : "", Viewport.Width);
        }
        return true;
    }
}
