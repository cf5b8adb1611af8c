using MuttSharp.Core.Text;

namespace MuttSharp.Core.Tests.Text;

public sealed class TerminalTextTests
{
    [Fact]
    public void Clean_text_comes_back_as_the_same_instance()
    {
        string clean = "Re: réunion 日本 😀";

        Assert.Same(clean, TerminalText.Sanitize(clean));
    }

    [Theory]
    [InlineData("a\u001B[2Jb", "ab")]
    [InlineData("\u001B[1;31mred\u001B[0m", "red")]
    [InlineData("x\u001B]0;pwned\u0007y", "xy")]
    [InlineData("x\u001B]8;;http://evil\u001B\\link\u001B]8;;\u001B\\y", "xlinky")]
    [InlineData("x\u001BPqpayload\u001B\\y", "xy")]
    [InlineData("x\u001B(By", "xy")]
    [InlineData("x\u001B7y", "xy")]
    [InlineData("x\u009B2Jy", "xy")]
    [InlineData("x\u009D0;title\u009Cy", "xy")]
    [InlineData("unterminated\u001B[12", "unterminated")]
    public void Escape_sequences_are_removed_whole(string hostile, string shown)
    {
        Assert.Equal(shown, TerminalText.Sanitize(hostile));
    }

    [Theory]
    [InlineData("a\u0007b", "a?b")]
    [InlineData("a\u0000b", "a?b")]
    [InlineData("a\u007Fb", "a?b")]
    [InlineData("a\u0085b", "a b")]
    [InlineData("a\u0080b", "a?b")]
    [InlineData("line\r\nnext", "line  next")]
    [InlineData("a\tb", "a b")]
    public void Other_controls_are_replaced(string hostile, string shown)
    {
        Assert.Equal(shown, TerminalText.Sanitize(hostile));
    }

    [Fact]
    public void Tabs_survive_where_the_pager_asks()
    {
        Assert.Equal("a\tb", TerminalText.Sanitize("a\tb", keepTabs: true));
    }

    [Theory]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("\u202Aa\u202Bb\u202Cc\u202Dd", "abcd")]
    [InlineData("\u2066x\u2067y\u2068z\u2069", "xyz")]
    public void Bidi_overrides_and_isolates_are_removed(string hostile, string shown)
    {
        Assert.Equal(shown, TerminalText.Sanitize(hostile));
    }

    [Fact]
    public void Unpaired_surrogates_become_the_replacement_character()
    {
        Assert.Equal("a\uFFFDb", TerminalText.Sanitize("a\uD800b"));
        Assert.Equal("😀", TerminalText.Sanitize("😀"));
    }

    [Fact]
    public void IsSafe_agrees_with_Sanitize()
    {
        Assert.True(TerminalText.IsSafe("plain"));
        Assert.False(TerminalText.IsSafe("\u001B[2J"));
    }
}
