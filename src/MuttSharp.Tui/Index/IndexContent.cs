using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Search;
using MuttSharp.Core.Sorting;

namespace MuttSharp.Tui.Index;

/// <summary>
/// A folder's rows and how a row is written, for views that show index lines of their own (the pager's
/// mini-index and its <c>$pager_format</c> status line).
/// </summary>
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

    /// <summary>The rows of <paramref name="session"/> as they are now.</summary>
    public static IndexContent Of(ReaderSession session)
    {
        var settings = new ReaderSettings(session.Config);
        var format = FormatString.Get(session.Config.GetString("index_format"));
        if (format.Error is not null)
            format = FormatString.Get("%s");
        var options = FormatOptions.Default with { Culture = PosixLocale.FromEnvironment() };
        return new IndexContent(session.Mailbox, session.Order, format, settings.IndexFormat(session.Mailbox, session.Sort.Threaded), options,
            settings.Search(session.Mailbox, session.Tree));
    }
}
