using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Rendering;

namespace MuttSharp.Core.Tests.Rendering;

public sealed class AnsiTextTests
{
    private static readonly ColorSpec Red = new(TerminalColor.FromIndex(1), null, ColorAttributes.None);

    [Fact]
    public void A_colour_sequence_becomes_a_run_over_the_text_it_colours()
    {
        string text = AnsiText.Parse("plain \u001b[31mred\u001b[0m plain", out var spans);

        Assert.Equal("plain red plain", text);
        Assert.Equal([new ColorSpan(6, 3, Red)], spans);
    }

    [Fact]
    public void Attributes_bright_colours_backgrounds_and_palette_entries_add_up_until_reset()
    {
        string text = AnsiText.Parse("\u001b[1;4;92;44ma\u001b[22;38;5;200mb\u001b[39;49;24mc\u001b[md", out var spans);

        Assert.Equal("abcd", text);
        Assert.Equal(
        [
            new ColorSpan(0, 1, new ColorSpec(TerminalColor.FromIndex(10), TerminalColor.FromIndex(4), ColorAttributes.Bold | ColorAttributes.Underline)),
            new ColorSpan(1, 1, new ColorSpec(TerminalColor.FromIndex(200), TerminalColor.FromIndex(4), ColorAttributes.Underline)),
        ], spans);
    }

    [Fact]
    public void A_direct_colour_is_taken_to_the_nearest_entry_of_the_colour_cube()
    {
        AnsiText.Parse("\u001b[38;2;255;0;0mx", out var spans);

        Assert.Equal(TerminalColor.FromIndex(196), Assert.Single(spans).Spec.Foreground);
    }

    [Theory]
    [InlineData("a\u001b[2Jb\u001b[10;10Hc", "abc")] // clear screen, cursor move
    [InlineData("a\u001b]0;pwned\u0007b", "ab")] // window title
    [InlineData("a\u001b]8;;http://x/\u001b\\link\u001b]8;;\u001b\\b", "alinkb")] // hyperlink
    [InlineData("a\u202Eevil\u202Cb", "aevilb")] // bidi override
    [InlineData("a\u009b31mb\u001bPdata\u001b\\c", "abc")] // C1 CSI, DCS
    [InlineData("a\u001b[31", "a")] // unfinished
    public void Every_other_escape_is_still_stripped(string raw, string expected)
    {
        string text = AnsiText.Parse(raw, out var spans);

        Assert.Equal(expected, text);
        Assert.DoesNotContain('\u001b', text);
        Assert.Empty(spans);
    }

    [Fact]
    public void Tabs_expand_across_colour_changes_and_the_runs_follow()
    {
        string text = AnsiText.Parse("ab\u001b[31m\tc", out var spans);

        Assert.Equal("ab      c", text);
        Assert.Equal([new ColorSpan(2, 7, Red)], spans);
    }
}
