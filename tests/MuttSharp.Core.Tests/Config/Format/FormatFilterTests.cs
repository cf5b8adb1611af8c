using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class FormatFilterTests
{
    private sealed record Row(string S, long N = 0);

    private static readonly ExpandoTable<Row> Table = new ExpandoTable<Row>().Text('s', r => r.S).Number('n', r => r.N);

    private static Task<string> RenderAsync(string format, Row row, FormatOptions? options = null) =>
        FormatString.Get(format).RenderAsync(Table, row, options, CancellationToken.None);

    [Fact]
    public void Words_split_as_Mutt_splits_them()
    {
        Assert.Equal(["script.sh", "%r %f (%L)"], FormatFilter.SplitWords("script.sh '%r %f (%L)'"));
        Assert.Equal(["echo", "a b", "c\"d", @"e\tf"], FormatFilter.SplitWords(@"echo ""a b"" ""c\""d"" e\tf"));
        Assert.Equal(["x"], FormatFilter.SplitWords("  x  "));
    }

    [Fact]
    public void A_trailing_bar_makes_the_format_a_filter()
    {
        Assert.True(FormatString.Get("echo %s|").HasFilter);
        Assert.False(FormatString.Get(@"echo %s\|").HasFilter);
        Assert.True(FormatString.Get(@"echo %s\\|").HasFilter);
        Assert.False(FormatString.Get("|").HasFilter);
        Assert.False(FormatString.Get("a|b").HasFilter);
    }

    [Fact]
    public async Task The_command_output_is_displayed()
    {
        Assert.Equal("Subject: Hello 5", await RenderAsync("echo Subject: %s %n|", new Row("Hello", 5)));
    }

    [Fact]
    public async Task Message_data_reaches_the_command_as_one_inert_argument()
    {
        string hostile = "x'; touch /tmp/muttsharp-pwned; echo '$(id) `id` | ; >";

        Assert.Equal(hostile, await RenderAsync("printf '%%s' %s|", new Row(hostile)));
        Assert.False(File.Exists("/tmp/muttsharp-pwned"));
    }

    [Fact]
    public async Task Output_ending_in_a_percent_is_expanded_again()
    {
        Assert.Equal("[7]", await RenderAsync("echo [%%n]%%|", new Row("", 7)));
        Assert.Equal("50%", await RenderAsync("echo 50%%%%|", new Row("")));
    }

    [Fact]
    public async Task Output_is_sanitised()
    {
        Assert.Equal("redtext", await RenderAsync(@"printf '\\033[31mred\\033[0mtext'|", new Row("")));
    }

    [Fact]
    public async Task Recycled_output_is_sanitised_too()
    {
        Assert.Equal("[7]", await RenderAsync(@"printf '\\033[2J[%%%%n]%%%%'|", new Row("", 7)));
    }

    [Fact]
    public async Task A_missing_command_shows_nothing()
    {
        Assert.Equal("", await RenderAsync("/nonexistent/muttsharp-filter %s|", new Row("x")));
    }

    [Fact]
    public async Task A_command_that_outlives_its_timeout_is_killed_and_shows_nothing()
    {
        var options = new FormatOptions { FilterTimeout = TimeSpan.FromMilliseconds(200) };

        Assert.Equal("", await RenderAsync("sleep 30|", new Row(""), options));
    }

    [Fact]
    public async Task Formats_without_a_filter_render_the_same_either_way()
    {
        Assert.Equal("x 1", await RenderAsync("%s %n", new Row("x", 1)));
    }

    [Fact]
    public void The_synchronous_render_refuses_a_filter()
    {
        Assert.Throws<InvalidOperationException>(() => FormatString.Get("echo %s|").Render(Table, new Row("x")));
    }
}
