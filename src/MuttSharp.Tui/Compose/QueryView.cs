using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Compose;

/// <summary>
/// Mutt's query menu: one <c>$query_format</c> line per <c>$query_command</c> result, a cursor, tags,
/// and the command's first line in the status line. Keys reach <see cref="AddressFunctions"/> through the query key map.
/// </summary>
public sealed class QueryView : View, IListMenu
{
    private readonly string queryFormat;
    private int cursor;
    private int top;

    /// <summary>Lists <paramref name="entries"/> under the command's <paramref name="message"/>; <paramref name="queryFormat"/> is <c>$query_format</c>.</summary>
    public QueryView(IReadOnlyList<QueryEntry> entries, string message, string queryFormat, ColorPalette palette)
    {
        Entries = [.. entries];
        Message = message;
        this.queryFormat = queryFormat;
        Palette = palette;
        CanFocus = false;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <summary>The results shown, numbered from 1.</summary>
    public List<QueryEntry> Entries { get; }

    /// <summary>
    /// Set when the menu was opened by <c>complete-query</c> (<c>^T</c>) to complete an address: picking
    /// (Enter or <c>m</c>) hands it the chosen entries, leaving (<c>q</c>) hands it null.
    /// </summary>
    public Action<IReadOnlyList<QueryEntry>?>? Picked { get; init; }

    /// <summary>The first line the query command printed, shown in the status line.</summary>
    public string Message { get; private set; }

    /// <summary>The colours drawn with.</summary>
    public ColorPalette Palette { get; }

    /// <inheritdoc/>
    public KeyMenu Menu => KeyMenu.Query;

    /// <inheritdoc/>
    View IMenuView.View => this;

    /// <inheritdoc/>
    public int Rows => Entries.Count;

    /// <inheritdoc/>
    public int CursorRow => cursor;

    /// <inheritdoc/>
    public int Top => top;

    /// <inheritdoc/>
    public int PageLength => Math.Max(1, Viewport.Height);

    /// <summary>The entry under the cursor, or null when the list is empty.</summary>
    public QueryEntry? Current => cursor < Entries.Count ? Entries[cursor] : null;

    /// <summary>The tagged entries, or the current one when none is tagged (as Mutt's query menu acts).</summary>
    public IReadOnlyList<QueryEntry> Chosen =>
        Entries.Any(e => e.Tagged) ? [.. Entries.Where(e => e.Tagged)] : Current is { } current ? [current] : [];

    /// <summary>Adds results after the ones shown (<c>query-append</c>), or replaces them, renumbering from 1.</summary>
    public void SetEntries(IEnumerable<QueryEntry> entries, string message, bool append)
    {
        var all = (append ? Entries.Concat(entries) : entries).Select((e, i) => e with { Number = i + 1 }).ToList();
        Entries.Clear();
        Entries.AddRange(all);
        Message = message;
        MoveTo(append ? cursor : 0);
    }

    /// <summary>Flips the tag of the current entry.</summary>
    public void ToggleTag()
    {
        if (Current is { } current)
            Entries[cursor] = current with { Tagged = !current.Tagged };
        SetNeedsDraw();
    }

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
        cursor = Math.Clamp(cursor, top, Math.Min(Rows - 1, top + PageLength - 1));
        SetNeedsDraw();
    }

    /// <summary>The lines of the entries, as drawn.</summary>
    public IReadOnlyList<string> Lines(int width)
    {
        var format = FormatString.Get(queryFormat);
        var expandos = QueryExpandos.Create();
        return [.. Entries.Select(e => format.Render(expandos, e, new FormatOptions { Columns = width }))];
    }

    /// <inheritdoc/>
    public string StatusLine(int width) => SafeText.Fit($"---Query: {Message}", width);

    /// <inheritdoc/>
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var lines = Lines(Viewport.Width);
        for (int row = 0; row < Viewport.Height; row++)
        {
            int entry = top + row;
            SetAttribute(Palette[entry == cursor && entry < lines.Count ? ColorObject.Indicator : ColorObject.Normal]);
            SafeText.Draw(this, 0, row, entry < lines.Count ? lines[entry] : "", Viewport.Width);
        }
        return true;
    }
}
