using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Redraw;

/// <summary>The index redraws what changed, and the screen stays exactly what a full redraw would show.</summary>
public sealed class IndexViewTests
{
    [Fact]
    public async Task Moving_within_the_page_rewrites_the_two_rows_and_the_status_lines_only()
    {
        using var h = await ReaderHarness.StartAsync(messages: 30, height: 20);
        _ = h.Screen;
        var rewritten = RowsRewrittenBy(h, "k");
        // Screen rows: 0 help, 1-17 index, 18 status, 19 bottom line. The cursor went from row 13 to row 12.
        Assert.Equal([12, 13, 18, 19], rewritten);
    }

    [Fact]
    public async Task Scrolling_a_page_rewrites_the_whole_index_but_not_the_help_line()
    {
        using var h = await ReaderHarness.StartAsync(messages: 100, height: 20);
        _ = h.Screen;
        var rewritten = RowsRewrittenBy(h, "<pageup>");
        Assert.Equal(Enumerable.Range(1, 19), rewritten);
    }

    [Theory]
    [InlineData("kkkk")]
    [InlineData("kkkkkkkkkkkkkkkkkkkkkkjjj")]
    [InlineData("<pageup>jjkk<pagedown>")]
    [InlineData("1<enter>jjjjjjjjjjjjjjjjjjjjj")]
    [InlineData("ddjjdd")]
    [InlineData(":set arrow_cursor<enter>kkjj")]
    public async Task The_screen_after_partial_redraws_is_what_a_full_redraw_shows(string keys)
    {
        using var h = await ReaderHarness.StartAsync(messages: 60, height: 20);
        _ = h.Screen;
        h.Type(keys);
        string partial = h.Screen;
        h.Shell.Redraw();
        h.App.LayoutAndDraw(forceRedraw: true);
        Assert.Equal(h.Screen, partial);
    }

    [Fact]
    public async Task A_message_on_the_bottom_line_is_cleared_by_the_next_key()
    {
        using var h = await ReaderHarness.StartAsync(messages: 30);
        h.Type("<F12>");
        Assert.Contains("Key is not bound", h.BottomLine);
        h.Type("k");
        Assert.Equal("", h.BottomLine);
    }

    // The screen rows Terminal.Gui has to write out for the frame after typing keys.
    private static int[] RowsRewrittenBy(ReaderHarness h, string keys)
    {
        int[]? rows = null;
        void Capture(object? sender, EventArgs e)
        {
            var dirty = h.App.Driver!.GetOutputBuffer().DirtyLines;
            rows = [.. Enumerable.Range(0, dirty.Length).Where(i => dirty[i])];
        }
        h.Shell.DrawComplete += Capture;
        try
        {
            h.Type(keys);
        }
        finally
        {
            h.Shell.DrawComplete -= Capture;
        }
        return rows ?? [];
    }
}
