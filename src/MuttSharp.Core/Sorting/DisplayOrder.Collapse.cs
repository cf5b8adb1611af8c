using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sorting;

public sealed partial class DisplayOrder
{
    private readonly bool[] _collapsed;
    private int _collapsedCount;

    // Null while every thread is expanded: then a row is simply a position in _order.
    private RowCounts? _rows;

    /// <summary>Whether <paramref name="row"/> stands for a collapsed thread.</summary>
    public bool IsCollapsed(int row) => _rows is not null && _collapsed[_rows.Find(row, out _)];

    /// <summary>
    /// Mutt's <c>%M</c>: how many messages (within the limit) a collapsed thread holds, root
    /// included; 0 when <paramref name="row"/> is not a collapsed thread. Mutt prints it when above 1.
    /// </summary>
    public int CollapsedCount(int row)
    {
        if (_rows is null)
            return 0;
        int block = _rows.Find(row, out _);
        return _collapsed[block] ? BlockSize(block) : 0;
    }

    /// <summary>Whether the thread shown on <paramref name="row"/> holds an unread message within the limit.</summary>
    public bool ThreadHasUnread(int row) => BlockHas(BlockOfRow(row), m => !m.IsRead);

    /// <summary>
    /// Whether the thread shown on <paramref name="row"/> holds a new message within the limit
    /// (Mutt's <c>%Z</c> shows <c>n</c> on a collapsed thread then, <c>o</c> when its unread
    /// messages are all old).
    /// </summary>
    public bool ThreadHasNew(int row) => BlockHas(BlockOfRow(row), m => m.IsNew);

    /// <summary>
    /// Mutt's <c>&lt;collapse-thread&gt;</c>: folds the thread on <paramref name="row"/> into its
    /// first message, or unfolds it. Refused (nothing changes) when not sorted by threads, or when
    /// folding a thread with unread messages while <c>$collapse_unread</c> is unset.
    /// Returns the row the cursor goes to: the thread's first message.
    /// </summary>
    public int ToggleThread(int row)
    {
        if (!IsThreaded)
            return row;
        int block = BlockOfRow(row);
        if (_collapsed[block])
            SetCollapsed(block, false);
        else if (_options.CollapseUnread || !BlockHasUnread(block))
            SetCollapsed(block, true);
        return RowOf(CollapsedMessage(block));
    }

    /// <summary>Mutt's <c>&lt;collapse-all&gt;</c> when the current thread is expanded: folds every thread that may be folded.</summary>
    public void CollapseAll()
    {
        for (int block = 0; block < _collapsed.Length; block++)
        {
            if (!_collapsed[block] && (_options.CollapseUnread || !BlockHasUnread(block)))
                SetCollapsed(block, true);
        }
    }

    /// <summary>Mutt's <c>&lt;collapse-all&gt;</c> when the current thread is collapsed: unfolds every thread.</summary>
    public void ExpandAll()
    {
        Array.Clear(_collapsed);
        _collapsedCount = 0;
        _rows = null;
    }

    /// <summary>
    /// The row where <paramref name="message"/> is, or the row of the collapsed thread that hides
    /// it (where a cursor on it goes after <see cref="CollapseAll"/>); -1 when the limit hides it.
    /// </summary>
    public int NearestRowOf(int message)
    {
        int row = RowOf(message);
        int position = (uint)message < (uint)_positionOf.Length ? _positionOf[message] : -1;
        if (row >= 0 || position < 0)
            return row;
        return RowOf(CollapsedMessage(BlockOfPosition(position)));
    }

    private void SetCollapsed(int block, bool collapsed)
    {
        if (_collapsed[block] == collapsed)
            return;
        _collapsed[block] = collapsed;
        _collapsedCount += collapsed ? 1 : -1;
        if (_collapsedCount == 0)
        {
            _rows = null;
            return;
        }
        _rows ??= new RowCounts(BlockSizes());
        _rows.Set(block, collapsed ? 1 : BlockSize(block));
    }

    private int[] BlockSizes()
    {
        var sizes = new int[_collapsed.Length];
        for (int b = 0; b < sizes.Length; b++)
            sizes[b] = BlockSize(b);
        return sizes;
    }

    private int BlockSize(int block) => _blockStart[block + 1] - _blockStart[block];

    private int BlockOfRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        return _rows?.Find(row, out _) ?? (IsThreaded ? BlockOfPosition(row) : row);
    }

    /// <summary>The message a collapsed thread shows: its first message within the limit, top down.</summary>
    private int CollapsedMessage(int block) =>
        _reverse ? _order[_blockStart[block + 1] - 1] : _order[_blockStart[block]];

    private bool BlockHasUnread(int block) => BlockHas(block, m => !m.IsRead);

    private bool BlockHas(int block, Func<Message, bool> test)
    {
        if (!IsThreaded)
            return test(_messages[_order[block]]);
        for (int p = _blockStart[block]; p < _blockStart[block + 1]; p++)
        {
            if (test(_messages[_order[p]]))
                return true;
        }
        return false;
    }
}
