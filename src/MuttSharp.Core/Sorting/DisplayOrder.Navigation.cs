namespace MuttSharp.Core.Sorting;

public sealed partial class DisplayOrder
{
    /// <summary>Mutt's <c>&lt;next-thread&gt;</c>: the row of the next thread's first message, or -1 at the last thread.</summary>
    public int NextThreadRow(int row) => ThreadRow(BlockOfRow(row) + 1);

    /// <summary>Mutt's <c>&lt;previous-thread&gt;</c>: the row of the previous thread's first message, or -1 at the first thread.</summary>
    public int PreviousThreadRow(int row) => ThreadRow(BlockOfRow(row) - 1);

    /// <summary>
    /// Mutt's <c>&lt;parent-message&gt;</c>: the row of the nearest message above in the thread,
    /// or -1 when there is none or the limit hides it (Mutt says "Parent message is not visible").
    /// </summary>
    public int ParentRow(int row)
    {
        if (_tree is null)
            return -1;
        for (int node = _tree.ParentNode(MessageAt(row)); node >= 0; node = _tree.ParentNode(node))
        {
            if (_tree.IsMessageNode(node))
                return RowOf(node);
        }
        return -1;
    }

    /// <summary>Mutt's <c>&lt;root-message&gt;</c>: the row of the thread's topmost message, or -1 when the limit hides it.</summary>
    public int RootRow(int row)
    {
        if (_tree is null)
            return -1;
        int root = MessageAt(row);
        for (int node = root; node >= 0; node = _tree.ParentNode(node))
        {
            if (_tree.IsMessageNode(node))
                root = node;
        }
        return RowOf(root);
    }

    /// <summary>
    /// Mutt's <c>%E</c>: how many messages the thread on <paramref name="row"/> holds, limit or
    /// not; 1 when not sorted by threads.
    /// </summary>
    public int ThreadSize(int row)
    {
        if (!IsThreaded)
            return 1;
        int block = BlockOfRow(row);
        return _threadSpan[block + 1] - _threadSpan[block];
    }

    /// <summary>
    /// Mutt's <c>%e</c>: where the message on <paramref name="row"/> stands in its thread, from 1
    /// at the thread's root (counted upwards when the index is upside down); 1 when not sorted by threads.
    /// </summary>
    public int ThreadPosition(int row)
    {
        if (!IsThreaded)
            return 1;
        int block = BlockOfRow(row), position = _sortedPosition[MessageAt(row)];
        return _reverse ? _threadSpan[block + 1] - position : position - _threadSpan[block] + 1;
    }

    /// <summary>The row of a thread's first message (top down), or -1 past either end; for unthreaded orders a thread is one row.</summary>
    private int ThreadRow(int block)
    {
        if (!IsThreaded)
            return block >= 0 && block < _order.Length ? block : -1;
        return block >= 0 && block < _blockRoot.Length ? RowOf(CollapsedMessage(block)) : -1;
    }
}
