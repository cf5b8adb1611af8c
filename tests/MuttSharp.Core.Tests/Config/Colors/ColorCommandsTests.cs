using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Tests.Config.Colors;

public sealed class ColorCommandsTests
{
    private readonly ColorTable table = new();

    private static string[] Args(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private void Color(string line) => Assert.Null(ColorCommands.Color(table, Args(line)));

    private static TerminalColor C(int index) => TerminalColor.FromIndex(index);

    public static TheoryData<string> PlainObjects() =>
    [
        "normal", "indicator", "status", "tree", "quoted", "signature", "attachment", "hdrdefault", "markers",
        "search", "tilde", "error", "message", "prompt", "bold", "underline", "sidebar_new", "sidebar_flagged",
        "sidebar_highlight", "sidebar_indicator", "sidebar_divider", "sidebar_spoolfile",
    ];

    [Theory]
    [MemberData(nameof(PlainObjects))]
    public void EveryPlainObjectTakesAColour(string name)
    {
        Color($"{name} red blue");
        ColorObjects.TryParse(name, out var o, out _, out _);
        Assert.Equal(new ColorSpec(C(1), C(4), ColorAttributes.None), table[o]);
    }

    [Theory]
    [InlineData("black", 0)]
    [InlineData("red", 1)]
    [InlineData("green", 2)]
    [InlineData("yellow", 3)]
    [InlineData("blue", 4)]
    [InlineData("magenta", 5)]
    [InlineData("cyan", 6)]
    [InlineData("white", 7)]
    [InlineData("RED", 1)]
    [InlineData("color0", 0)]
    [InlineData("color208", 208)]
    [InlineData("color255", 255)]
    [InlineData("lightred", 9)]
    [InlineData("lightcolor4", 12)]
    public void ReadsColourNames(string name, int index)
    {
        Color($"normal {name} {name}");
        Assert.Equal(C(index), table[ColorObject.Normal].Foreground);
        Assert.Equal(C(index), table[ColorObject.Normal].Background);
    }

    [Fact]
    public void BrightIsBoldForTheForegroundAndTheLightColourForTheBackground()
    {
        Color("status brightyellow brightblue");
        Assert.Equal(new ColorSpec(C(3), C(12), ColorAttributes.Bold), table[ColorObject.Status]);
    }

    [Fact]
    public void DefaultIsTheTerminalsOwnColour()
    {
        Color("normal default default");
        Assert.True(table[ColorObject.Normal].Foreground!.Value.IsDefault);
        Assert.True(table[ColorObject.Normal].Background!.Value.IsDefault);
    }

    [Theory]
    [InlineData("bold", ColorAttributes.Bold)]
    [InlineData("underline", ColorAttributes.Underline)]
    [InlineData("reverse", ColorAttributes.Reverse)]
    [InlineData("standout", ColorAttributes.Standout)]
    [InlineData("blink", ColorAttributes.Blink)]
    [InlineData("italic", ColorAttributes.Italic)]
    [InlineData("bold underline", ColorAttributes.Bold | ColorAttributes.Underline)]
    [InlineData("bold none", ColorAttributes.None)]
    [InlineData("reverse normal underline", ColorAttributes.Underline)]
    public void AttributesComeBeforeTheColours(string attributes, ColorAttributes expected)
    {
        Color($"tree {attributes} green default");
        Assert.Equal(expected, table[ColorObject.Tree].Attributes);
    }

    [Fact]
    public void QuoteLevelsAreSeparateObjects()
    {
        Color("quoted green default");
        Color("quoted1 blue default");
        Color("quoted9 red default");
        Assert.Equal(C(2), table.Quoted(0).Foreground);
        Assert.Equal(C(4), table.Quoted(1).Foreground);
        Assert.Equal(C(1), table.Quoted(9).Foreground);
        Assert.Equal(C(2), table.Quoted(5).Foreground);
    }

    [Fact]
    public void ComposeObjectsAreNamedAfterTheWordCompose()
    {
        Color("compose header cyan default");
        Color("compose security_encrypt green default");
        Color("compose security_sign blue default");
        Color("compose security_both magenta default");
        Color("compose security_none red default");
        Assert.Equal(C(6), table[ColorObject.ComposeHeader].Foreground);
        Assert.Equal(C(2), table[ColorObject.ComposeSecurityEncrypt].Foreground);
        Assert.Equal(C(4), table[ColorObject.ComposeSecuritySign].Foreground);
        Assert.Equal(C(5), table[ColorObject.ComposeSecurityBoth].Foreground);
        Assert.Equal(C(1), table[ColorObject.ComposeSecurityNone].Foreground);
    }

    [Fact]
    public void IndexRulesKeepTheirPatternTextAndTheCompiledForm()
    {
        var options = new ColorOptions { CompileIndexPattern = p => (p.ToUpperInvariant(), null) };
        Assert.Null(ColorCommands.Color(table, ["index", "brightyellow", "default", "~N"], options));
        var rule = Assert.Single(table.IndexRules);
        Assert.Equal("~N", rule.Pattern);
        Assert.Equal("~N", rule.CompiledPattern);
        Assert.Equal(new ColorSpec(C(3), TerminalColor.Default, ColorAttributes.Bold), rule.Spec);
    }

    [Fact]
    public void IndexRulesWithoutACompilerKeepTheTextOnly()
    {
        Assert.Null(ColorCommands.Color(table, ["index", "red", "default", "~D"], new ColorOptions { CompileIndexPattern = null }));
        Assert.Null(Assert.Single(table.IndexRules).CompiledPattern);
    }

    [Fact]
    public void APatternCompileErrorIsReportedAndNothingIsAdded()
    {
        var options = new ColorOptions { CompileIndexPattern = p => (null, $"{p}: bad pattern") };
        Assert.Equal("~Q: bad pattern", ColorCommands.Color(table, ["index", "red", "default", "~Q"], options));
        Assert.Empty(table.IndexRules);
    }

    [Fact]
    public void RedefiningAPatternChangesItsColourInPlace()
    {
        Color("index red default ~N");
        Color("index blue default ~F");
        Color("index green default ~N");
        Assert.Equal(["~N", "~F"], table.IndexRules.Select(r => r.Pattern));
        Assert.Equal(C(2), table.IndexRules[0].Spec.Foreground);
    }

    [Fact]
    public void HeaderAndBodyRegexesAreCompiled()
    {
        Assert.Null(ColorCommands.Color(table, ["header", "brightgreen", "default", "^From:"]));
        Assert.Null(ColorCommands.Color(table, ["body", "cyan", "default", "(https?|ftp)://[^ ]+"]));
        Assert.Matches(table.HeaderRules[0].Regex!, "from: someone");
        Assert.Matches(table.BodyRules[0].Regex!, "see https://example.org");
    }

    [Fact]
    public void HeaderRegexesIgnoreCaseAndBodyRegexesDoUnlessTheyHaveCapitals()
    {
        Color("header red default ^subject:");
        Color("body red default warning");
        Color("body red default ERROR");
        Assert.Matches(table.HeaderRules[0].Regex!, "SUBJECT: x");
        Assert.Matches(table.BodyRules[0].Regex!, "WARNING");
        Assert.DoesNotMatch(table.BodyRules[1].Regex!, "error");
    }

    [Fact]
    public void MonoSetsAttributesOnly()
    {
        Assert.Null(ColorCommands.Mono(table, ["indicator", "reverse"]));
        Assert.Null(ColorCommands.Mono(table, ["body", "bold", "\\*[^*]+\\*"]));
        Assert.Equal(ColorSpec.Mono(ColorAttributes.Reverse), table[ColorObject.Indicator]);
        Assert.Equal(ColorAttributes.Bold, table.BodyRules[0].Spec.Attributes);
        Assert.Null(table.BodyRules[0].Spec.Foreground);
    }

    [Fact]
    public void UncolorRemovesOnePatternOrAllWithStar()
    {
        Color("index red default ~N");
        Color("index blue default ~F");
        Color("body red default foo");
        Assert.Null(ColorCommands.Uncolor(table, ["index", "~N"]));
        Assert.Equal(["~F"], table.IndexRules.Select(r => r.Pattern));
        Assert.Null(ColorCommands.Uncolor(table, ["index", "*"]));
        Assert.Empty(table.IndexRules);
        Assert.Null(ColorCommands.Uncolor(table, ["body", "*"], "unmono"));
        Assert.Empty(table.BodyRules);
    }

    [Fact]
    public void UncolorOfAnUnknownPatternIsNotAnError() =>
        Assert.Null(ColorCommands.Uncolor(table, ["header", "nothing-like-this"]));

    [Theory]
    [InlineData("", "Missing arguments.")]
    [InlineData("compose", "Missing arguments.")]
    [InlineData("nosuch red default", "nosuch: no such object")]
    [InlineData("quotedx red default", "quotedx: no such object")]
    [InlineData("compose footer red default", "footer: no such object")]
    [InlineData("normal", "color: too few arguments")]
    [InlineData("normal bold", "color: too few arguments")]
    [InlineData("normal red", "color: too few arguments")]
    [InlineData("normal purple default", "purple: no such color")]
    [InlineData("normal red brightpurple", "purple: no such color")]
    [InlineData("normal color256 default", "256: color not supported by term")]
    [InlineData("normal color default", ": color not supported by term")]
    [InlineData("normal colorx default", "x: color not supported by term")]
    [InlineData("index red default", "too few arguments")]
    [InlineData("body red default", "too few arguments")]
    [InlineData("normal red default extra", "too many arguments")]
    [InlineData("index red default ~N extra", "too many arguments")]
    public void ColorErrorsAreMuttsOwn(string line, string expected)
    {
        Assert.Equal(expected, ColorCommands.Color(table, Args(line)));
        Assert.False(table.IsSet(ColorObject.Normal));
        Assert.Empty(table.IndexRules);
    }

    [Fact]
    public void ABadRegexNamesThePattern()
    {
        string? error = ColorCommands.Color(table, ["body", "red", "default", "(unclosed"]);
        Assert.StartsWith("(unclosed: ", error);
        Assert.Empty(table.BodyRules);
    }

    [Fact]
    public void ASixteenColourTerminalRefusesHigherColours()
    {
        var options = new ColorOptions { PaletteSize = 16 };
        Assert.Equal("16: color not supported by term", ColorCommands.Color(table, ["normal", "color16", "default"], options));
        Assert.Null(ColorCommands.Color(table, ["normal", "color15", "default"], options));
    }

    [Theory]
    [InlineData("", "Missing arguments.")]
    [InlineData("normal", "mono: too few arguments")]
    [InlineData("normal shiny", "shiny: no such attribute")]
    [InlineData("index bold", "too few arguments")]
    [InlineData("normal bold extra", "too many arguments")]
    public void MonoErrorsAreMuttsOwn(string line, string expected) =>
        Assert.Equal(expected, ColorCommands.Mono(table, Args(line)));

    [Theory]
    [InlineData("", "uncolor: too few arguments")]
    [InlineData("index", "uncolor: too few arguments")]
    [InlineData("nosuch ~N", "nosuch: no such object")]
    [InlineData("status *", "uncolor: command valid only for index, body, header objects")]
    public void UncolorErrorsAreMuttsOwn(string line, string expected) =>
        Assert.Equal(expected, ColorCommands.Uncolor(table, Args(line)));
}
