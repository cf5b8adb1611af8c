using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Sending;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Compose;

/// <summary>
/// Mutt's Postponed Messages menu: one <c>$index_format</c> line per draft of <c>$postponed</c>, a cursor,
/// and <c>d</c>/<c>u</c> marks. Keys reach <see cref="RecallFunctions"/> through the postpone key map.
/// </summary>
public sealed class PostponedView : View, IListMenu
{
    private int cursor;
    private int top;

    /// <summary>Lists <paramref name="drafts"/>.</summary>
    public PostponedView(PostponedList drafts, ColorPalette palette)
    {
        Drafts = drafts;
        Palette = palette;
        CanFocus = false;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <summary>The drafts listed.</summary>
    public PostponedList Drafts { get; }

    /// <summary>The colours drawn with.</summary>
    public ColorPalette Palette { get; }

    /// <inheritdoc/>
    public KeyMenu Menu => KeyMenu.Postpone;

    /// <inheritdoc/>
    View IMenuView.View => this;

    /// <inheritdoc/>
    public int Rows => Drafts.Count;

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
    public string StatusLine(int width) => SafeText.Fit("-- Mutt: Postponed Messages", width);

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        for (int row = 0; row < Viewport.Height; row++)
        {
            int entry = top + row;
            SetAttribute(Palette[entry == cursor && entry < Rows ? ColorObject.Indicator : ColorObject.Normal]);
            SafeText.Draw(this, 0, row, entry < Rows ? Drafts.Line(entry) : "", Viewport.Width);
        }
        return true;
    }
}
