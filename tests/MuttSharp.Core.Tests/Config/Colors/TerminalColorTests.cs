using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Tests.Config.Colors;

public sealed class TerminalColorTests
{
    [Theory]
    [InlineData(-1, "default")]
    [InlineData(1, "red")]
    [InlineData(9, "color9")]
    [InlineData(208, "color208")]
    public void WritesMuttNames(int index, string name) =>
        Assert.Equal(name, (index < 0 ? TerminalColor.Default : TerminalColor.FromIndex(index)).ToString());

    [Fact]
    public void GivesXtermRgbForTheWholePalette()
    {
        Assert.Null(TerminalColor.Default.Rgb);
        Assert.Equal(((byte)205, (byte)0, (byte)0), TerminalColor.FromIndex(1).Rgb);
        Assert.Equal(((byte)255, (byte)135, (byte)0), TerminalColor.FromIndex(208).Rgb);
        Assert.Equal(((byte)8, (byte)8, (byte)8), TerminalColor.FromIndex(232).Rgb);
        Assert.Equal(((byte)238, (byte)238, (byte)238), TerminalColor.FromIndex(255).Rgb);
    }

    [Fact]
    public void RefusesIndicesOutsideThePalette() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TerminalColor.FromIndex(256));
}
