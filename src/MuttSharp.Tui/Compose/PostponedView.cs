using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Sending;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Compose;

/// <summary>
/// Mutt's Postponed Messages menu: one <c>$index_format</c> line per draft of <c>$postponed</c>, a cursor,
/// and <c>d</c>/<c>u</c> marks. Keys reach <see cref="RecallFunctions"/> through the postpone key map.
/// </summary>
public sealed class PostponedView : EntryListView
{
    /// <summary>Lists <paramref name="drafts"/>.</summary>
    public PostponedView(PostponedList drafts, ColorPalette palette)
        : base(palette) => Drafts = drafts;

    /// <summary>The drafts listed.</summary>
    public PostponedList Drafts { get; }

    /// <summary>The folder open in the index, where a recalled reply looks for the message it answers.</summary>
    public ReaderSession? Folder { get; init; }

    /// <inheritdoc/>
    public override KeyMenu Menu => KeyMenu.Postpone;

    /// <inheritdoc/>
    public override int Rows => Drafts.Count;

    /// <inheritdoc/>
    public override string StatusLine(int width) => SafeText.Fit("-- Mutt: Postponed Messages", width);

    /// <inheritdoc/>
    protected override string Line(int row, int width) => Drafts.Line(row);
}
