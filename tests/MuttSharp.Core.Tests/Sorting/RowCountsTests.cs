using MuttSharp.Core.Sorting;

namespace MuttSharp.Core.Tests.Sorting;

public sealed class RowCountsTests
{
    [Fact]
    public void Finds_the_thread_holding_each_row_as_counts_change()
    {
        var counts = new RowCounts([3, 1, 4, 1, 5]);

        Assert.Equal(14, counts.Total);
        Assert.Equal(2, counts.Find(5, out int first));
        Assert.Equal(4, first);

        counts.Set(2, 1);

        Assert.Equal(11, counts.Total);
        Assert.Equal(3, counts.Find(5, out first));
        Assert.Equal(5, first);
        Assert.Equal(4, counts.Find(10, out first));
        Assert.Equal(6, first);
        Assert.Equal(6, counts.Prefix(4));
    }

    [Fact]
    public void Agrees_with_a_plain_running_sum()
    {
        var random = new Random(7);
        int[] values = Enumerable.Range(0, 257).Select(_ => random.Next(1, 9)).ToArray();
        var counts = new RowCounts(values);
        for (int step = 0; step < 200; step++)
        {
            int at = random.Next(values.Length);
            values[at] = random.Next(1, 9);
            counts.Set(at, values[at]);
        }

        int row = 0;
        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(row, counts.Prefix(i));
            Assert.Equal(i, counts.Find(row + values[i] - 1, out int first));
            Assert.Equal(row, first);
            row += values[i];
        }
        Assert.Equal(row, counts.Total);
    }
}
