using MuttSharp.Tui.Index;

namespace MuttSharp.Tui.Tests.Index;

public sealed class MenuScrollTests
{
    [Theory]
    // Page at a time: the page turns when the cursor leaves it.
    [InlineData(false, 0, 0, 9, 0)]
    [InlineData(false, 0, 0, 10, 10)]
    [InlineData(false, 0, 10, 9, 0)]
    [InlineData(false, 0, 0, 95, 90)]
    // Page at a time with context: the page turns that many rows early and keeps them.
    [InlineData(false, 2, 0, 8, 6)]
    // A line at a time.
    [InlineData(true, 0, 0, 10, 1)]
    [InlineData(true, 0, 5, 4, 4)]
    [InlineData(true, 2, 0, 8, 1)]
    public void The_page_follows_the_cursor_as_Mutt_scrolls(bool scroll, int context, int top, int cursor, int expectedTop)
    {
        var menu = new MenuScroll(scroll, context, MoveOff: true);
        Assert.Equal(expectedTop, menu.Top(top, cursor, rows: 100, pageLength: 10));
    }

    [Fact]
    public void Without_move_off_the_last_page_stays_full()
    {
        var menu = new MenuScroll(false, 0, MoveOff: false);
        Assert.Equal(90, menu.Top(0, 99, rows: 100, pageLength: 10));
        Assert.Equal(0, menu.Top(0, 3, rows: 5, pageLength: 10));
    }
}
