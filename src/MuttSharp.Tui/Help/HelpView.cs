using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Help;

/// <summary>
/// The help screen (<c>?</c>): the bindings of the menu it was asked from, scrolled with <c>generic</c>'s
/// moves; <c>exit</c> (<c>q</c>) returns. Its "cursor" is the first line shown, so each move scrolls.
/// </summary>
public sealed class HelpView : View, IListMenu
{
    private readonly IReadOnlyList<string> lines;
    private int top;

    /// <summary>Creates the help screen of <paramref name="menu"/>.</summary>
    public HelpView(KeyMenu menu, IReadOnlyList<string> lines, ColorPalette palette)
    {
        About = menu;
        this.lines = lines;
        Palette = palette;
        CanFocus = false;
    }

    /// <summary>The menu whose help this is.</summary>
    public KeyMenu About { get; }

    /// <summary>The help lines.</summary>
    public IReadOnlyList<string> Lines => lines;

    /// <summary>The colours drawn with.</summary>
    public ColorPalette Palette { get; }

    /// <inheritdoc/>
    public KeyMenu Menu => KeyMenu.Generic;

    /// <inheritdoc/>
    View IMenuView.View => this;

    /// <inheritdoc/>
    public int Rows => lines.Count;

    /// <inheritdoc/>
    public int CursorRow => top;

    /// <inheritdoc/>
    public int Top => top;

    /// <inheritdoc/>
    public int PageLength => Math.Max(1, Viewport.Height);

    /// <inheritdoc/>
    public void MoveTo(int row) => ScrollTo(row);

    /// <inheritdoc/>
    public void ScrollTo(int row)
    {
        top = Math.Clamp(row, 0, Math.Max(0, lines.Count - PageLength));
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public string StatusLine(int width)
    {
        int shown = Math.Min(lines.Count, top + PageLength);
        string position = shown >= lines.Count ? (top == 0 ? "all" : "end") : $"{100 * shown / Math.Max(1, lines.Count)}%";
        return $"---Help for {KeyMenus.NameOf(About)}".PadRight(Math.Max(0, width - position.Length - 5), '-') + $"({position})---";
    }

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        SetAttribute(Palette[ColorObject.Normal]);
        for (int row = 0; row < Viewport.Height; row++)
        {
            int i = top + row;
            SafeText.Draw(this, 0, row, i < lines.Count ? lines[i] : "", Viewport.Width);
        }
        return true;
    }
}
