using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class SizeFormatTests
{
    [Theory]
    [InlineData(0, "0K")]
    [InlineData(50, "0.1K")]
    [InlineData(1024, "1.0K")]
    [InlineData(4300, "4.2K")]
    [InlineData(10188, "9.9K")]
    [InlineData(10189, "10K")]
    [InlineData(512_000, "500K")]
    [InlineData(1_023_948, "999K")]
    [InlineData(1_023_949, "1.0M")]
    [InlineData(1_572_864, "1.5M")]
    [InlineData(10_433_332, "10M")]
    [InlineData(24_117_248, "23M")]
    public void Sizes_are_abbreviated_as_Mutt_does_by_default(long bytes, string shown)
    {
        Assert.Equal(shown, SizeFormat.Default.Format(bytes));
    }

    [Fact]
    public void Each_size_variable_changes_its_part()
    {
        Assert.Equal("900", new SizeFormat { ShowBytes = true }.Format(900));
        Assert.Equal("4K", new SizeFormat { ShowFractions = false }.Format(4300));
        Assert.Equal("1536K", new SizeFormat { ShowMegabytes = false }.Format(1_572_864));
        Assert.Equal("K4.2", new SizeFormat { UnitsOnLeft = true }.Format(4300));
        Assert.Equal("K0", new SizeFormat { UnitsOnLeft = true }.Format(0));
    }
}
