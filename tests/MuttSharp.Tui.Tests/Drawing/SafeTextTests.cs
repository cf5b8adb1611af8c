using MuttSharp.Tui.Drawing;

namespace MuttSharp.Tui.Tests.Drawing;

public sealed class SafeTextTests
{
    [Fact]
    public void Escape_sequences_never_reach_the_screen()
    {
        string drawn = SafeText.Fit("Hi\u001b[2J\u001b]0;pwned\u0007 there", 20);
        Assert.DoesNotContain('\u001b', drawn);
        Assert.StartsWith("Hi there", drawn);
        Assert.Equal(20, drawn.Length);
    }

    [Fact]
    public void Wide_characters_are_never_cut_in_half()
    {
        // Each of these takes two cells: five cells hold two of them and one space.
        Assert.Equal("日本 ", SafeText.Fit("日本語", 5));
        Assert.Equal("日本", SafeText.Clip("日本語", 5));
    }

    [Fact]
    public void Short_text_is_padded_to_the_width()
    {
        Assert.Equal("ab   ", SafeText.Fit("ab", 5));
        Assert.Equal("", SafeText.Fit("ab", 0));
    }
}
