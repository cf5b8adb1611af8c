using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Tests.Config.Colors;

public sealed class ColorTableTests
{
    private readonly ColorTable table = new();

    private void Color(params string[] args) => Assert.Null(ColorCommands.Color(table, args));

    [Fact]
    public void ObjectsStartAsMuttStartsThem()
    {
        Assert.Equal(ColorAttributes.Reverse, table[ColorObject.Status].Attributes);
        Assert.Equal(ColorAttributes.Reverse, table[ColorObject.Indicator].Attributes);
        Assert.Equal(ColorAttributes.Reverse, table[ColorObject.Search].Attributes);
        Assert.Equal(ColorAttributes.Reverse, table[ColorObject.Markers].Attributes);
        Assert.Equal(ColorAttributes.Underline, table[ColorObject.SidebarHighlight].Attributes);
        Assert.Equal(ColorSpec.Plain, table[ColorObject.Normal]);
        Assert.False(table.IsSet(ColorObject.Status));
    }

    [Fact]
    public void DeeperQuotesCycleThroughTheColouredLevels()
    {
        Color("quoted", "blue", "default");
        Color("quoted1", "green", "default");
        Color("quoted2", "red", "default");
        Assert.Equal(3, table.QuoteLevels);
        Assert.Equal(TerminalColor.FromIndex(4), table.QuotedAtDepth(0).Foreground);
        Assert.Equal(TerminalColor.FromIndex(1), table.QuotedAtDepth(2).Foreground);
        Assert.Equal(TerminalColor.FromIndex(4), table.QuotedAtDepth(3).Foreground);
        Assert.Equal(TerminalColor.FromIndex(2), table.QuotedAtDepth(4).Foreground);
    }

    [Fact]
    public void TheLastDefinedMatchingIndexRuleWins()
    {
        Color("index", "red", "default", "~N");
        Color("index", "blue", "default", "~F");
        var both = table.IndexColor(_ => true);
        var onlyNew = table.IndexColor(r => r.Pattern == "~N");
        Assert.Equal(TerminalColor.FromIndex(4), both!.Value.Foreground);
        Assert.Equal(TerminalColor.FromIndex(1), onlyNew!.Value.Foreground);
        Assert.Null(table.IndexColor(_ => false));
    }

    [Fact]
    public void AHeaderLineTakesTheLastMatchingRuleElseHdrdefault()
    {
        Color("hdrdefault", "cyan", "default");
        Color("header", "red", "default", "^(from|to):");
        Color("header", "green", "default", "^from:");
        Assert.Equal(TerminalColor.FromIndex(2), table.HeaderColor("From: a@b").Foreground);
        Assert.Equal(TerminalColor.FromIndex(1), table.HeaderColor("To: a@b").Foreground);
        Assert.Equal(TerminalColor.FromIndex(6), table.HeaderColor("Date: today").Foreground);
    }

    [Fact]
    public void BodySpansRunLeftToRightWithoutOverlap()
    {
        Color("body", "red", "default", "[a-z]+@[a-z.]+");
        Color("body", "blue", "default", "https?://[^ ]+");
        Color("body", "green", "default", "example");
        var spans = table.BodySpans("mail bob@example.org or see http://example.org now");
        Assert.Equal(
            [(5, 15, 1), (28, 18, 4)],
            spans.Select(s => (s.Start, s.Length, s.Spec.Foreground!.Value.Index)));
    }

    [Fact]
    public void AtTheSameStartTheLongerMatchWinsThenTheLaterRule()
    {
        Color("body", "red", "default", "abc");
        Color("body", "blue", "default", "ab");
        Color("body", "green", "default", "abc");
        var span = Assert.Single(table.BodySpans("abc"));
        Assert.Equal(3, span.Length);
        Assert.Equal(2, span.Spec.Foreground!.Value.Index);
    }

    [Fact]
    public void ARegexThatRunsTooLongMatchesNothingInsteadOfHanging()
    {
        var options = new ColorOptions { RegexTimeout = TimeSpan.FromMilliseconds(1) };
        Assert.Null(ColorCommands.Color(table, ["body", "red", "default", "(a+)+$"], options));
        Assert.Empty(table.BodySpans(new string('a', 5000) + "!"));
    }

    [Fact]
    public void ACloneIsIndependent()
    {
        Color("normal", "red", "default");
        var copy = table.Clone();
        Assert.Null(ColorCommands.Color(copy, ["normal", "blue", "default"]));
        Assert.Null(ColorCommands.Color(copy, ["index", "blue", "default", "~A"]));
        Assert.Equal(1, table[ColorObject.Normal].Foreground!.Value.Index);
        Assert.Empty(table.IndexRules);
    }
}
