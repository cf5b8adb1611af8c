using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Model;
using MuttSharp.Core.Sorting;

namespace MuttSharp.Core.Reading;

/// <summary>
/// Renders rows of a <see cref="DisplayOrder"/> through <c>$index_format</c>: what the reader's
/// index draws for its visible rows and what <c>muttsharp index</c> prints for all of them. Each
/// row costs the format's expandos plus the depth of its thread, never the size of the folder.
/// </summary>
public sealed class IndexLines
{
    private readonly Mailbox mailbox;
    private readonly DisplayOrder order;
    private readonly FormatString format;
    private readonly ExpandoTable<IndexRow> expandos;
    private readonly FormatOptions options;

    public IndexLines(Mailbox mailbox, DisplayOrder order, FormatString format, IndexFormatSettings settings, FormatOptions options)
    {
        this.mailbox = mailbox;
        this.order = order;
        this.format = format;
        this.options = options;
        expandos = IndexExpandos.Create(settings);
    }

    public int Count => order.Count;

    /// <summary>The line for <paramref name="row"/>, already made safe for a terminal by the expandos.</summary>
    public string Render(int row) => format.Render(expandos, Row(row), options);

    /// <summary>The format inputs for <paramref name="row"/>: position, tree and thread facts.</summary>
    public IndexRow Row(int row)
    {
        var message = mailbox.Messages[order.MessageAt(row)];
        bool collapsed = order.IsCollapsed(row);
        return new IndexRow(message)
        {
            Number = order.SortedPosition(row) + 1,
            Total = mailbox.Messages.Count,
            TreePrefix = order.TreePrefix(row),
            SubjectHidden = !order.ShowSubject(row),
            Collapsed = collapsed,
            HiddenCount = collapsed ? order.CollapsedCount(row) : 0,
            ThreadUnread = !collapsed ? ThreadUnread.None
                : order.ThreadHasNew(row) ? ThreadUnread.New
                : order.ThreadHasUnread(row) ? ThreadUnread.Old
                : ThreadUnread.None,
            ThreadPosition = order.ThreadPosition(row),
            ThreadCount = order.ThreadSize(row),
        };
    }
}
