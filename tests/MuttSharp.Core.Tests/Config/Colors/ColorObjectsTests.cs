using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Tests.Config.Colors;

public sealed class ColorObjectsTests
{
    [Fact]
    public void EveryObjectNameReadsBack()
    {
        foreach (string name in ColorObjects.Names)
        {
            Assert.True(ColorObjects.TryParse(name, out var o, out _, out _));
            Assert.Equal(name, ColorObjects.NameOf(o));
        }
        foreach (string name in ColorObjects.ComposeNames)
        {
            Assert.True(ColorObjects.TryParseCompose(name, out var o, out _));
            Assert.Equal("compose " + name, ColorObjects.NameOf(o));
        }
    }

    [Fact]
    public void QuotedTakesALevel()
    {
        Assert.True(ColorObjects.TryParse("quoted3", out var o, out int level, out _));
        Assert.Equal((ColorObject.Quoted, 3), (o, level));
    }

    [Fact]
    public void OnlyIndexHeaderAndBodyTakeAPattern() =>
        Assert.Equal(
            [ColorObject.Index, ColorObject.Header, ColorObject.Body],
            Enum.GetValues<ColorObject>().Where(ColorObjects.TakesPattern));
}
