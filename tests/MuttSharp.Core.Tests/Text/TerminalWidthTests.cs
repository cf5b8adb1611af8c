using MuttSharp.Core.Text;

namespace MuttSharp.Core.Tests.Text;

public sealed class TerminalWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("日本語", 6)]
    [InlineData("한국", 4)]
    [InlineData("😀", 2)]
    [InlineData("e\u0301", 1)]
    [InlineData("cafe\u0301!", 5)]
    [InlineData("a\u200Bb", 2)]
    [InlineData("👍🏽", 2)]
    [InlineData("👨‍👩‍👧", 2)]
    [InlineData("🇫🇷", 2)]
    [InlineData("❤️", 2)]
    [InlineData("ｶ", 1)]
    [InlineData("\u1100\u1161\u11A8", 2)]
    [InlineData("\uAC00\u11A8가", 4)]
    [InlineData("\u0436\u0483", 1)]
    [InlineData("\u05E9\u05BC", 1)]
    [InlineData("\u304B\u3099", 2)]
    [InlineData("Ωμέγα", 5)]
    [InlineData("\u0001", 0)]
    public void Counts_terminal_cells(string text, int cells)
    {
        Assert.Equal(cells, TerminalWidth.Of(text));
    }

    [Fact]
    public void Fit_never_splits_a_wide_character()
    {
        int length = TerminalWidth.Fit("日本語", 5, out int cells);

        Assert.Equal(2, length);
        Assert.Equal(4, cells);
    }

    [Fact]
    public void Fit_keeps_ideographic_tone_marks_with_their_base()
    {
        Assert.Equal(2, TerminalWidth.Fit("中\u302A文", 2, out int cells));
        Assert.Equal(2, cells);
    }

    [Fact]
    public void Fit_keeps_combining_marks_with_their_base()
    {
        int length = TerminalWidth.Fit("e\u0301e\u0301e", 2, out int cells);

        Assert.Equal("e\u0301e\u0301", "e\u0301e\u0301e"[..length]);
        Assert.Equal(2, cells);
    }

    [Fact]
    public void Fit_keeps_an_emoji_sequence_whole()
    {
        string family = "👨‍👩‍👧";
        Assert.Equal(0, TerminalWidth.Fit("x" + family, 2, out _) - 1);
        Assert.Equal(family.Length + 1, TerminalWidth.Fit("x" + family, 3, out int cells));
        Assert.Equal(3, cells);
    }
}
