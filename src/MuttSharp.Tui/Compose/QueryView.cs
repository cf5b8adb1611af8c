using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Compose;

/// <summary>
/// Mutt's query menu: one <c>$query_format</c> line per <c>$query_command</c> result, a cursor, tags,
/// and the command's first line in the status line. Keys reach <see cref="AddressFunctions"/> through the query key map.
/// </summary>
public sealed class QueryView : EntryListView
{
    private static readonly ExpandoTable<QueryEntry> Expandos = QueryExpandos.Create();
    private readonly string queryFormat;

    /// <summary>Lists <paramref name="entries"/> under the command's <paramref name="message"/>; <paramref name="queryFormat"/> is <c>$query_format</c>.</summary>
    public QueryView(IReadOnlyList<QueryEntry> entries, string message, string queryFormat, ColorPalette palette)
        : base(palette)
    {
        Entries = [.. entries];
        Message = message;
        this.queryFormat = queryFormat;
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

    /// <inheritdoc/>
    public override KeyMenu Menu => KeyMenu.Query;

    /// <inheritdoc/>
    public override int Rows => Entries.Count;

    /// <summary>The entry under the cursor, or null when the list is empty.</summary>
    public QueryEntry? Current => CursorRow < Entries.Count ? Entries[CursorRow] : null;

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
        MoveTo(append ? CursorRow : 0);
    }

    /// <summary>Flips the tag of the current entry.</summary>
    public void ToggleTag()
    {
        if (Current is { } current)
            Entries[CursorRow] = current with { Tagged = !current.Tagged };
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public override string StatusLine(int width) => SafeText.Fit($"---Query: {Message}", width);

    /// <inheritdoc/>
    protected override string Line(int row, int width) =>
        FormatString.Get(queryFormat).Render(Expandos, Entries[row], new FormatOptions { Columns = width });
}
