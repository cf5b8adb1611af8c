using MuttSharp.Core.Model;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Sorting;

/// <summary>
/// The index as the reader shows it: message numbers in row order (an <c>int[]</c>), and, when
/// sorted by threads, the thread blocks, their collapse state and the tree drawn before each
/// subject. Built once per sort or limit; moving, drawing a row, collapsing a thread cost
/// O(log threads) or the depth of one thread, never the size of the folder.
/// </summary>
public sealed partial class DisplayOrder
{
    private readonly IReadOnlyList<Message> _messages;
    private readonly int[] _order;
    private readonly int[] _positionOf;
    private readonly int[] _sortedPosition;
    private readonly bool[] _keep;
    private readonly ThreadOptions _options;

    // Threads only: blocks of _order, one per thread, in display order.
    private readonly ThreadTree? _tree;
    private readonly int[] _blockStart;
    private readonly int[] _blockRoot;
    private readonly SortedForest? _forest;
    private readonly bool _reverse;

    // Threads only: where each thread's messages, limited or not, start in the sort of the whole folder.
    private int[] _threadSpan = [];

    private DisplayOrder(IReadOnlyList<Message> messages, int[] sorted, int[] order, bool[] keep, ThreadOptions options, ThreadTree? tree, SortedForest? forest, int[] blockStart, int[] blockRoot, bool reverse)
    {
        _messages = messages;
        _order = order;
        _keep = keep;
        _options = options;
        _tree = tree;
        _forest = forest;
        _blockStart = blockStart;
        _blockRoot = blockRoot;
        _reverse = reverse;
        _positionOf = new int[keep.Length];
        Array.Fill(_positionOf, -1);
        for (int p = 0; p < order.Length; p++)
            _positionOf[order[p]] = p;
        _sortedPosition = new int[keep.Length];
        for (int p = 0; p < sorted.Length; p++)
            _sortedPosition[sorted[p]] = p;
        _collapsed = new bool[Math.Max(0, blockStart.Length - 1)];
    }

    /// <summary>How many rows are shown (collapsed threads count once).</summary>
    public int Count => _rows?.Total ?? _order.Length;

    /// <summary>How many messages passed the limit (rows if every thread were expanded).</summary>
    public int MessageCount => _order.Length;

    /// <summary>Whether the order is by threads (tree prefixes and collapsing apply).</summary>
    public bool IsThreaded => _tree is not null;

    /// <summary>The thread tree the order was built from, or null when not sorted by threads.</summary>
    public ThreadTree? Tree => _tree;

    /// <summary>How many threads have a message in the limit.</summary>
    public int ThreadCount => _blockRoot.Length;

    /// <summary>The message number shown on <paramref name="row"/>.</summary>
    public int this[int row] => MessageAt(row);

    /// <summary>The message number shown on <paramref name="row"/>.</summary>
    public int MessageAt(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        if (_rows is null)
            return _order[row];
        int block = _rows.Find(row, out int firstRow);
        return _collapsed[block] ? CollapsedMessage(block) : _order[_blockStart[block] + row - firstRow];
    }

    /// <summary>The row showing <paramref name="message"/>, or -1 when the limit or a collapsed thread hides it.</summary>
    public int RowOf(int message)
    {
        int position = (uint)message < (uint)_positionOf.Length ? _positionOf[message] : -1;
        if (position < 0 || _rows is null)
            return position;
        int block = BlockOfPosition(position);
        if (_collapsed[block])
            return message == CollapsedMessage(block) ? _rows.Prefix(block) : -1;
        return _rows.Prefix(block) + position - _blockStart[block];
    }

    /// <summary>
    /// Where the message on <paramref name="row"/> stands in the sort of the whole folder, from 0,
    /// ignoring the limit and collapsed threads: Mutt's <c>%C</c> prints this plus one.
    /// </summary>
    public int SortedPosition(int row) => _sortedPosition[MessageAt(row)];

    /// <summary>Whether the limit keeps <paramref name="message"/> (it may still be inside a collapsed thread).</summary>
    public bool InLimit(int message) => _keep[message];

    /// <summary>Copies the message numbers of every row, in order (for scripts and tests).</summary>
    public int[] ToArray()
    {
        if (_rows is null)
            return (int[])_order.Clone();
        var rows = new int[Count];
        for (int r = 0; r < rows.Length; r++)
            rows[r] = MessageAt(r);
        return rows;
    }

    private int BlockOfPosition(int position)
    {
        int lo = 0, hi = _blockRoot.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (_blockStart[mid] <= position)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
}
