using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Reading.Session.Browsing;
using MuttSharp.Tui.Drawing;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Sidebar;

/// <summary>
/// Mutt's sidebar: a column <c>$sidebar_width</c> wide at the left of the index and pager, one
/// <c>$sidebar_format</c> line per mailbox from Core's <see cref="SidebarModel"/>, the open folder
/// in <c>sidebar_indicator</c>, the one the sidebar functions point at in <c>sidebar_highlight</c>,
/// folders with new mail in <c>sidebar_new</c>, then <c>$sidebar_divider_char</c>. Counts change
/// while it runs: call <see cref="Refresh"/> (on the UI thread) when the mailbox list reports a change.
/// </summary>
public sealed class SidebarView : View
{
    private IReadOnlyList<SidebarItem> items = [];
    private int highlight;
    private int top;

    /// <summary>Creates the sidebar over <paramref name="model"/>, sized and shown as the muttrc says.</summary>
    public SidebarView(SidebarModel model, ColorPalette palette)
    {
        Model = model;
        Palette = palette;
        CanFocus = false;
        Height = Dim.Fill();
        ApplySettings();
    }

    /// <summary>The mailboxes and the settings.</summary>
    public SidebarModel Model { get; }

    /// <summary>The colours drawn with (replaced when the muttrc's colours change).</summary>
    public ColorPalette Palette { get; set; }

    /// <summary>The folder being read, whose counts come live from its session.</summary>
    public ReaderSession? Session { get; set; }

    /// <summary>The lines as last built.</summary>
    public IReadOnlyList<SidebarItem> Items => items;

    /// <summary>The line the sidebar functions point at (<c>sidebar-next</c>, <c>sidebar-open</c>).</summary>
    public int Highlight => highlight;

    /// <summary>The folder under the highlight, or null when there are none.</summary>
    public string? HighlightedPath => items.Count == 0 ? null : items[highlight].Path;

    /// <summary>Re-reads <c>$sidebar_visible</c> and <c>$sidebar_width</c> (after a <c>:set</c> or <c>sidebar-toggle-visible</c>).</summary>
    public void ApplySettings()
    {
        Visible = Model.Visible;
        Width = Model.Visible ? Model.Width : 0;
        Refresh();
    }

    /// <summary>Rebuilds the lines from the latest counts and redraws; the highlight stays on its folder.</summary>
    public void Refresh()
    {
        string? kept = HighlightedPath ?? Session?.Path;
        items = Model.Items(Session);
        int found = kept is null ? -1 : IndexOf(kept);
        highlight = found >= 0 ? found : Math.Clamp(highlight, 0, Math.Max(0, items.Count - 1));
        SetNeedsDraw();
    }

    /// <summary>Moves the highlight by <paramref name="delta"/> lines (clamped); false when it cannot move.</summary>
    public bool MoveHighlight(int delta)
    {
        int next = Math.Clamp(highlight + delta, 0, Math.Max(0, items.Count - 1));
        if (next == highlight)
            return false;
        highlight = next;
        SetNeedsDraw();
        return true;
    }

    /// <summary>Moves the highlight to the next (or previous) folder with new mail, wrapping; false when there is none.</summary>
    public bool MoveToNew(int direction)
    {
        for (int i = 1; i <= items.Count; i++)
        {
            int at = ((highlight + direction * i) % items.Count + items.Count) % items.Count;
            if (items[at].Entry.HasNewMail && !items[at].Entry.IsOpen)
            {
                highlight = at;
                SetNeedsDraw();
                return true;
            }
        }
        return false;
    }

    /// <summary>Puts the highlight on line <paramref name="index"/> (clamped).</summary>
    public void HighlightAt(int index)
    {
        highlight = Math.Clamp(index, 0, Math.Max(0, items.Count - 1));
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        int height = Viewport.Height, width = Viewport.Width;
        string divider = Model.Divider;
        int dividerWidth = Math.Min(width, Core.Text.TerminalWidth.Of(divider));
        if (highlight < top)
            top = highlight;
        else if (highlight >= top + height)
            top = highlight - height + 1;
        for (int row = 0; row < height; row++)
        {
            int i = top + row;
            SetAttribute(i < items.Count ? LineAttribute(items[i], i) : Palette[ColorObject.Normal]);
            SafeText.Draw(this, 0, row, i < items.Count ? Model.Render(items[i], width) : "", width - dividerWidth);
            SetAttribute(Palette[ColorObject.SidebarDivider]);
            SafeText.Draw(this, width - dividerWidth, row, divider, dividerWidth);
        }
        return true;
    }

    private global::Terminal.Gui.Drawing.Attribute LineAttribute(SidebarItem item, int index)
    {
        if (item.Entry.IsOpen)
            return Palette[ColorObject.SidebarIndicator];
        if (index == highlight)
            return Palette[ColorObject.SidebarHighlight];
        if (item.Entry.HasNewMail)
            return Palette[ColorObject.SidebarNew];
        return item.Entry.Flagged > 0 ? Palette[ColorObject.SidebarFlagged] : Palette[ColorObject.Normal];
    }

    private int IndexOf(string path)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Path == path)
                return i;
        }
        return -1;
    }
}
