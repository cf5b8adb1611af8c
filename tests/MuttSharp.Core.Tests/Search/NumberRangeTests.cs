using MuttSharp.Core.Search;

namespace MuttSharp.Core.Tests.Search;

public sealed class NumberRangeTests
{
    private static NumberRange Parse(string text, bool symbols = false)
    {
        int i = 0;
        Assert.True(NumberRange.TryParse(text, ref i, text.Length, symbols, out var range, out var error), error?.ToString());
        Assert.Equal(text.Length, i);
        return range!;
    }

    [Theory]
    [InlineData("5", 4, false)]
    [InlineData("5", 5, true)]
    [InlineData("5", 6, false)]
    [InlineData("3-7", 3, true)]
    [InlineData("3-7", 7, true)]
    [InlineData("3-7", 8, false)]
    [InlineData("3-", 1000000, true)]
    [InlineData("-7", 0, true)]
    [InlineData("-7", 8, false)]
    [InlineData("<7", 6, true)]       // exclusive
    [InlineData("<7", 7, false)]
    [InlineData(">7", 7, false)]      // exclusive
    [InlineData(">7", 8, true)]
    [InlineData("1K", 1024, true)]
    [InlineData("1k-2M", 2097152, true)]
    [InlineData("1k-2M", 2097153, false)]
    [InlineData("<1M", 1048575, true)]
    [InlineData("-", 123456, true)]   // both ends open
    public void Bounds_are_inclusive_unless_written_with_less_or_greater(string text, long value, bool contained) =>
        Assert.Equal(contained, Parse(text).Contains(value, new PatternContext()));

    [Fact]
    public void Message_symbols_resolve_against_the_context()
    {
        var current = TestMessages.Make(number: 9);             // shown as message 10
        var context = new PatternContext { CurrentMessage = current, MessageCount = 50 };
        Assert.True(Parse(".", symbols: true).Contains(10, context));
        Assert.True(Parse("^-.", symbols: true).Contains(1, context));
        Assert.True(Parse(".-$", symbols: true).Contains(50, context));
        Assert.False(Parse(".-$", symbols: true).Contains(9, context));
        Assert.True(Parse(">.", symbols: true).Contains(11, context));
        Assert.False(Parse(".", symbols: true).Contains(10, new PatternContext())); // no current message
    }

    [Theory]
    [InlineData("x", 0)]
    [InlineData("5x", 1)]
    [InlineData("<", 1)]
    [InlineData(">", 1)]
    [InlineData(".", 0)]              // symbols only for ~m
    [InlineData("\"5", 2)]
    public void Rejects_what_is_not_a_range(string text, int position)
    {
        int i = 0;
        Assert.False(NumberRange.TryParse(text, ref i, text.Length, false, out var range, out var error));
        Assert.Null(range);
        Assert.Equal(position, error!.Position);
    }
}
