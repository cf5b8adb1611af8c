using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Themes;

namespace MuttSharp.Core.Tests.Config.Themes;

public sealed class ThemeLoaderTests
{
    private static Theme Parse(string toml, ColorOptions? options = null)
    {
        Assert.True(ThemeLoader.TryParse(toml, "t.toml", "t", options, out var theme, out var errors), string.Join("\n", errors));
        return theme;
    }

    private static ThemeError Broken(string toml)
    {
        Assert.False(ThemeLoader.TryParse(toml, "broken.toml", "broken", null, out var theme, out var errors));
        Assert.Equal(Theme.MuttName, theme.Name);
        return errors[0];
    }

    [Fact]
    public void ObjectsTakeColoursAttributesAndAMonoAttribute()
    {
        var theme = Parse("""
            name = "mine"
            description = "for testing"
            [objects]
            indicator = { fg = "black", bg = "color74", attrs = ["bold", "underline"], mono = "reverse" }
            quoted2 = { fg = "green" }
            "compose header" = { bg = "blue" }
            """);
        Assert.Equal("mine", theme.Name);
        Assert.Equal("for testing", theme.Description);
        Assert.Equal(
            new ColorSpec(TerminalColor.FromIndex(0), TerminalColor.FromIndex(74), ColorAttributes.Bold | ColorAttributes.Underline),
            theme.Colors[ColorObject.Indicator]);
        Assert.Equal(ColorSpec.Mono(ColorAttributes.Reverse), theme.Mono[ColorObject.Indicator]);
        Assert.Equal(new ColorSpec(TerminalColor.FromIndex(2), TerminalColor.Default, ColorAttributes.None), theme.Colors.Quoted(2));
        Assert.Equal(TerminalColor.FromIndex(4), theme.Colors[ColorObject.ComposeHeader].Background);
    }

    [Fact]
    public void RuleArraysBecomeIndexHeaderAndBodyRulesInOrder()
    {
        var options = new ColorOptions { CompileIndexPattern = p => ("compiled " + p, null) };
        var theme = Parse("""
            [[index]]
            pattern = "~N"
            fg = "yellow"
            [[index]]
            pattern = "~F"
            fg = "red"
            mono = "bold"
            [[header]]
            regex = "^From:"
            fg = "cyan"
            [[body]]
            regex = "https?://[^ ]+"
            attrs = ["underline"]
            """, options);
        Assert.Equal(["~N", "~F"], theme.Colors.IndexRules.Select(r => r.Pattern));
        Assert.Equal("compiled ~F", theme.Colors.IndexRules[1].CompiledPattern);
        Assert.Equal(["~F"], theme.Mono.IndexRules.Select(r => r.Pattern));
        Assert.Equal(TerminalColor.FromIndex(6), theme.Colors.HeaderColor("from: x").Foreground);
        Assert.Equal(ColorAttributes.Underline, Assert.Single(theme.Colors.BodySpans("see http://x.org")).Spec.Attributes);
    }

    [Fact]
    public void ASyntaxErrorNamesTheFileAndLine()
    {
        var error = Broken("name = \"x\"\n[objects\nnormal = 1\n");
        Assert.Equal("broken.toml", error.File);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("[objects]\nnormal = { fg = \"purple\" }", 2, "objects.normal", "purple: no such color")]
    [InlineData("[objects]\nnosuch = { fg = \"red\" }", 2, "objects.nosuch", "nosuch: no such object")]
    [InlineData("[objects]\n\nnormal = \"red\"", 3, "objects.normal", "expected an inline table such as { fg = \"red\", bg = \"default\" }")]
    [InlineData("[objects]\nnormal = { fg = 3 }", 2, "objects.normal.fg", "expected a string")]
    [InlineData("[objects]\nnormal = { fg = \"red\", shade = \"x\" }", 2, "objects.normal.shade", "unknown key (expected fg, bg, attrs or mono)")]
    [InlineData("[objects]\nnormal = { attrs = [1] }", 2, "objects.normal.attrs", "expected an array of strings such as [\"bold\", \"underline\"]")]
    [InlineData("[objects]\nnormal = { mono = \"shiny\" }", 2, "objects.normal.mono", "shiny: no such attribute")]
    [InlineData("colour = \"red\"", 1, "colour", "unknown key (expected name, description, [objects], [[index]], [[header]] or [[body]])")]
    [InlineData("[colors]\nnormal = {}", 1, "colors", "unknown table (expected [objects], [[index]], [[header]] or [[body]])")]
    [InlineData("[[index]]\nfg = \"red\"", 1, "index[1]", "missing pattern")]
    [InlineData("[[body]]\nregex = \"x\"\n[[body]]\nregex = \"(\"\nfg = \"red\"", 4, "body[2]", "(: Invalid pattern '(' at offset 1. Not enough )'s.")]
    public void ABrokenEntryNamesTheFileLineAndKey(string toml, int line, string key, string message)
    {
        var error = Broken(toml);
        Assert.Equal(("broken.toml", line, key, message), (error.File, error.Line, error.Key, error.Message));
    }

    [Fact]
    public void AnErrorPrintsAsFileLineKeyMessage() =>
        Assert.Equal("a.toml:3: objects.normal: red: no such color", new ThemeError("a.toml", 3, "objects.normal", "red: no such color").ToString());

    [Fact]
    public void AMissingFileIsAnError()
    {
        Assert.False(ThemeLoader.TryLoad("/nonexistent/x.toml", null, out _, out var errors));
        Assert.Equal("/nonexistent/x.toml", errors[0].File);
    }
}
