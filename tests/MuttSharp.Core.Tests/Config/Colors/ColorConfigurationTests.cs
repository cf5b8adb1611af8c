using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Tests.Config.Colors;

public sealed class ColorConfigurationTests
{
    [Fact]
    public void LinesAreLaidOverTheThemeInOrderWithoutChangingTheTheme()
    {
        var theme = new ColorTable();
        Assert.Null(ColorCommands.Color(theme, ["normal", "white", "black"]));
        Assert.Null(ColorCommands.Color(theme, ["index", "red", "default", "~F"]));
        var lines = new ColorConfiguration();
        Assert.Null(lines.Color(["normal", "green", "default"]));
        Assert.Null(lines.Uncolor(["index", "*"]));
        Assert.Null(lines.Color(["index", "blue", "default", "~N"]));

        var (colors, _) = lines.Build(theme, new ColorTable());

        Assert.Equal(2, colors[ColorObject.Normal].Foreground!.Value.Index);
        Assert.Equal(["~N"], colors.IndexRules.Select(r => r.Pattern));
        Assert.Equal(7, theme[ColorObject.Normal].Foreground!.Value.Index);
        Assert.Equal(["~F"], theme.IndexRules.Select(r => r.Pattern));
    }

    [Fact]
    public void MonoLinesGoToTheMonoTableOnly()
    {
        var lines = new ColorConfiguration();
        Assert.Null(lines.Mono(["status", "bold"]));
        Assert.Null(lines.Unmono(["body", "*"]));
        var (colors, mono) = lines.Build(new ColorTable(), new ColorTable());
        Assert.Equal(ColorAttributes.Bold, mono[ColorObject.Status].Attributes);
        Assert.Equal(ColorAttributes.Reverse, colors[ColorObject.Status].Attributes);
    }

    [Fact]
    public void AWrongLineIsReportedAndNotRecorded()
    {
        var lines = new ColorConfiguration();
        Assert.Equal("purple: no such color", lines.Color(["normal", "purple", "default"]));
        Assert.Equal("unmono: too few arguments", lines.Unmono(["body"]));
        Assert.Equal(0, lines.Count);
    }

    [Fact]
    public void TheIndexPatternCompilerComesFromTheOptions()
    {
        var lines = new ColorConfiguration { Options = new ColorOptions { CompileIndexPattern = p => (null, $"{p}: bad") } };
        Assert.Equal("~Z: bad", lines.Color(["index", "red", "default", "~Z"]));
    }
}
