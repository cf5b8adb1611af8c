using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Tests.Config.Colors;

public sealed class ColorSpecTests
{
    [Fact]
    public void WritesTheMuttrcArgumentsThatGiveIt()
    {
        Assert.Equal("bold underline red color208",
            new ColorSpec(TerminalColor.FromIndex(1), TerminalColor.FromIndex(208), ColorAttributes.Bold | ColorAttributes.Underline).ToString());
        Assert.Equal("reverse", ColorSpec.Mono(ColorAttributes.Reverse).ToString());
        Assert.Equal("none", ColorSpec.Plain.ToString());
    }
}
