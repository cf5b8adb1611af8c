namespace MuttSharp.Core.Sorting;

/// <summary>
/// A Fenwick tree over the number of rows each thread shows, so that collapsing one thread
/// and mapping a row to its thread cost O(log threads) instead of renumbering every row.
/// </summary>
internal sealed class RowCounts
{
    private readonly int[] _tree;
    private readonly int[] _value;
    private readonly int _highBit;

    public RowCounts(ReadOnlySpan<int> counts)
    {
        _value = counts.ToArray();
        _tree = new int[counts.Length + 1];
        for (int i = 1; i <= counts.Length; i++)
        {
            _tree[i] += counts[i - 1];
            int parent = i + (i & -i);
            if (parent <= counts.Length)
                _tree[parent] += _tree[i];
        }
        _highBit = counts.Length == 0 ? 0 : 1 << (31 - int.LeadingZeroCount(counts.Length));
        Total = _tree.Length > 1 ? Prefix(counts.Length) : 0;
    }

    public int Total { get; private set; }

    public void Set(int index, int count)
    {
        int delta = count - _value[index];
        _value[index] = count;
        Total += delta;
        for (int i = index + 1; i < _tree.Length; i += i & -i)
            _tree[i] += delta;
    }

    /// <summary>The sum of the counts before <paramref name="index"/>.</summary>
    public int Prefix(int index)
    {
        int sum = 0;
        for (int i = index; i > 0; i -= i & -i)
            sum += _tree[i];
        return sum;
    }

    /// <summary>The index whose rows contain <paramref name="row"/>, and where those rows start.</summary>
    public int Find(int row, out int firstRow)
    {
        int index = 0, sum = 0;
        for (int step = _highBit; step > 0; step >>= 1)
        {
            int next = index + step;
            if (next < _tree.Length && sum + _tree[next] <= row)
            {
                index = next;
                sum += _tree[next];
            }
        }
        firstRow = sum;
        return index;
    }
}
