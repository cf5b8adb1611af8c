using MimeKit;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Rendering;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Index;
using MuttSharp.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace MuttSharp.Tui.Pager;

/// <summary>
/// Mutt's built-in pager for one message: the rendered text (Core's <see cref="MessageText"/>) laid
/// out to the view's width, scrolled by line, half page and page (<c>$pager_context</c>), with the
/// <c>$pager_index_lines</c> mini-index above it, search highlighting, quoted text hidden or skipped,
/// all headers on request, and the <c>$pager_format</c> status line. Functions that concern the
/// message rather than the view (next message, reply, delete...) go to <see cref="MessageFunction"/>.
/// </summary>
public sealed partial class PagerView : View, IMenuView
{
    private MimeMessage message;
    private readonly MessageRenderer renderer;
    private readonly DisplayFilter? filter;
    private MessageText text;
    private IReadOnlyList<DisplayLine> rows = [];
    private int layoutWidth = -1;
    private bool hideQuoted;
    private int top;

    /// <summary>
    /// A pager over <paramref name="text"/>, rendered from <paramref name="message"/> by <paramref name="renderer"/> (which renders it
    /// again for <c>h</c>, through <paramref name="filter"/> when there is one).
    /// </summary>
    public PagerView(MimeMessage message, MessageRenderer renderer, MessageText text, PagerSettings settings, DisplayFilter? filter = null)
    {
        this.message = message;
        this.renderer = renderer;
        this.text = text;
        this.filter = filter;
        Settings = settings;
        CanFocus = false;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <summary>
    /// Renders <paramref name="message"/> (with every header when <paramref name="allHeaders"/>) and makes a pager for it; with a
    /// <c>$display_filter</c> (<paramref name="filter"/>), the text shown is the filter's output for a screen <paramref name="columns"/>
    /// wide (see <see cref="FilterError"/>).
    /// </summary>
    public static async Task<PagerView> CreateAsync(MimeMessage message, MessageRenderer renderer, PagerSettings settings, DisplayFilter? filter = null,
        int columns = 80, bool allHeaders = false, CancellationToken cancellationToken = default)
    {
        var (text, error) = await RenderAsync(message, renderer, filter, allHeaders, columns, cancellationToken).ConfigureAwait(true);
        return new PagerView(message, renderer, text, settings, filter) { FilterError = error, AllHeaders = allHeaders };
    }

    /// <summary>Why the <c>$display_filter</c> could not filter the text last rendered (the unfiltered text is shown); null when it ran or there is none.</summary>
    public string? FilterError { get; private set; }

    /// <inheritdoc/>
    public KeyMenu Menu => KeyMenu.Pager;

    /// <inheritdoc/>
    View IMenuView.View => this;

    /// <summary>The message shown.</summary>
    public MimeMessage Message => message;

    /// <summary>The settings in force.</summary>
    public PagerSettings Settings { get; }

    /// <summary>The colours drawn with.</summary>
    public ColorPalette Palette { get; set; } = ColorPalette.Plain;

    /// <summary>The folder's index, for the mini-index and the status line; null for a message outside a folder.</summary>
    public IndexContent? Index { get; set; }

    /// <summary>The message's row in <see cref="Index"/>.</summary>
    public int IndexRow { get; set; }

    /// <summary>The status line of the mini-index (the index's <c>$status_format</c>), given the width.</summary>
    public Func<int, string>? IndexStatus { get; set; }

    /// <summary>
    /// Handles the functions that act on the message or move to another one (<c>next-undeleted</c>,
    /// <c>reply</c>, <c>delete-message</c>...): the reader wires this to the index's handlers, then
    /// shows the next message with a new pager. Returns false when it does not handle the function.
    /// </summary>
    public Func<PagerView, FunctionCall, Task<bool>>? MessageFunction { get; set; }

    /// <summary>What <c>view-attachments</c> opens the attachment menu with; null when the reader handles it through <see cref="MessageFunction"/>.</summary>
    public Attachments.AttachmentContext? Attachments { get; set; }

    /// <summary>True when every header is shown (<c>display-toggle-weed</c>).</summary>
    public bool AllHeaders { get; private set; }

    /// <summary>True while quoted text is hidden (<c>toggle-quoted</c>).</summary>
    public bool QuotedHidden => hideQuoted;

    /// <summary>The rows of the message at the current width.</summary>
    public IReadOnlyList<DisplayLine> Rows => EnsureLayout();

    /// <summary>The first row on screen.</summary>
    public int Top => top;

    /// <summary>Rows of the message on one screen (below the mini-index).</summary>
    public int PageLength => Math.Max(1, Viewport.Height - MiniIndexRows);

    /// <summary>True when the last row of the message is on screen.</summary>
    public bool AtBottom => top + PageLength >= EnsureLayout().Count;

    /// <summary>Mutt's <c>%P</c>: <c>all</c> when the message fits, <c>end</c> at its end, else how far down it is.</summary>
    public string Progress
    {
        get
        {
            int count = EnsureLayout().Count;
            if (top + PageLength >= count)
                return top == 0 ? "all" : "end";
            return $"{100 * (top + PageLength) / Math.Max(1, count)}%";
        }
    }

    /// <summary>Scrolls so that row <paramref name="row"/> is the first on screen (clamped so the screen stays full where it can).</summary>
    public void ScrollTo(int row)
    {
        int count = EnsureLayout().Count;
        top = Math.Clamp(row, 0, Math.Max(0, count - 1));
        SetNeedsDraw();
    }

    /// <summary>Shows or hides quoted text, keeping the screen on the same part of the message.</summary>
    public void SetQuotedHidden(bool hidden)
    {
        if (hidden == hideQuoted)
            return;
        int source = SourceAtTop();
        hideQuoted = hidden;
        Relayout();
        top = RowOfSource(source);
        SetNeedsDraw();
    }

    /// <summary>
    /// Set by whoever shows a folder's message: keeps a message changed in memory (<c>edit-type</c> here or in
    /// the attachment menu) as what that message reads as while the folder is open.
    /// </summary>
    public Func<MimeMessage, Task>? MessageEdited { get; set; }

    /// <summary>Shows <paramref name="edited"/> in place of the message (its type changed in memory), rendered again from the top.</summary>
    public async Task ReplaceMessageAsync(MimeMessage edited, CancellationToken cancellationToken = default)
    {
        message = edited;
        await SetAllHeadersAsync(AllHeaders, cancellationToken).ConfigureAwait(true);
    }

    /// <summary>Renders the message again with every header (or weeded again), back at the top, as Mutt's <c>h</c> does.</summary>
    public async Task SetAllHeadersAsync(bool all, CancellationToken cancellationToken = default)
    {
        (text, FilterError) = await RenderAsync(message, renderer, filter, all, Math.Max(2, Viewport.Width), cancellationToken).ConfigureAwait(true);
        AllHeaders = all;
        Relayout();
        top = 0;
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public string StatusLine(int width)
    {
        if (Index is { } index && IndexRow >= 0 && IndexRow < index.Order.Count)
        {
            var lines = index.LinesFor(width);
            var row = lines.Row(IndexRow) with { PagerProgress = Progress };
            return Settings.PagerFormat.HasFilter
                ? $"-- ({Progress})"
                : Settings.PagerFormat.Render(IndexExpandos.Create(index.Settings), row, index.Options with { Columns = width });
        }
        return $"-- ({Progress})";
    }

    private static async Task<(MessageText Text, string? Error)> RenderAsync(MimeMessage message, MessageRenderer renderer, DisplayFilter? filter,
        bool allHeaders, int columns, CancellationToken cancellationToken)
    {
        var text = await renderer.RenderAsync(message, allHeaders, cancellationToken).ConfigureAwait(true);
        if (filter is null)
            return (text, null);
        var filtered = await filter.ApplyAsync(text, columns, cancellationToken).ConfigureAwait(true);
        return (filtered.Text, filtered.Error);
    }

    private int MiniIndexRows => Index is { Order.Count: > 0 } index && Settings.PagerIndexLines > 0
        ? Math.Min(Settings.PagerIndexLines, index.Order.Count + 1)
        : 0;

    private IReadOnlyList<DisplayLine> EnsureLayout()
    {
        int width = Math.Max(2, Viewport.Width);
        if (width != layoutWidth)
        {
            int source = layoutWidth < 0 ? 0 : SourceAtTop();
            layoutWidth = width;
            rows = text.Layout(width, hideQuoted);
            top = source == 0 ? 0 : RowOfSource(source);
        }
        return rows;
    }

    private void Relayout()
    {
        layoutWidth = Math.Max(2, Viewport.Width);
        rows = text.Layout(layoutWidth, hideQuoted);
    }

    private int SourceAtTop() => top < rows.Count ? rows[top].Source : 0;

    // The first row showing logical line source or a later one.
    private int RowOfSource(int source)
    {
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Source >= source)
                return i;
        }
        return Math.Max(0, rows.Count - 1);
    }
}
