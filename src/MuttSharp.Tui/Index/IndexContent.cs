using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading;
using MuttSharp.Core.Search;
using MuttSharp.Core.Sorting;

namespace MuttSharp.Tui.Index;

/// <summary>What the index shows: the folder, its rows in display order, and how a row is written.</summary>
/// <param name="Mailbox">The open folder.</param>
/// <param name="Order">Rows in display order (sort, threads, limit, collapsed threads).</param>
/// <param name="Format"><c>$index_format</c>.</param>
/// <param name="Settings">The inputs of <c>$index_format</c>'s expandos.</param>
/// <param name="Options">Locale, clock; the width is the view's.</param>
/// <param name="Patterns">What <c>color index</c> patterns are evaluated with.</param>
public sealed record IndexContent(Mailbox Mailbox, DisplayOrder Order, FormatString Format, IndexFormatSettings Settings, FormatOptions Options, PatternContext Patterns)
{
    /// <summary>The rows written for a screen <paramref name="width"/> cells wide (<c>%&gt;</c> and <c>%*</c> fill to it).</summary>
    public IndexLines LinesFor(int width) => new(Mailbox, Order, Format, Settings, Options with { Columns = width });
}
