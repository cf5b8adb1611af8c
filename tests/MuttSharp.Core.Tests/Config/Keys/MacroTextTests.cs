using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class MacroTextTests
{
    [Fact]
    public void FunctionNamesKeyNamesAndTextBecomeEvents()
    {
        var events = MacroText.Parse("<change-folder>=IN<enter><f2><nosuch>");
        Assert.Equal(
            ["<change-folder>", "=", "I", "N", "<Enter>", "<F2>", "<", "n", "o", "s", "u", "c", "h", ">"],
            events.Select(e => e.ToString()));
        Assert.True(events[0].IsFunction);
        Assert.All(events, e => Assert.True(e.FromMacro));
    }

    [Fact]
    public void ControlCharactersArriveAsKeys()
    {
        Assert.True(KeyNames.TryUnescape(@"^Gq\n", condenseCaret: true, out string text, out _));
        Assert.Equal([KeyCode.Ctrl('g'), KeyCode.Char('q'), KeyCode.Char('\n')], MacroText.Parse(text).Select(e => e.Key));
    }

    [Fact]
    public void ExecTakesFunctionsOfTheMenu()
    {
        Assert.True(MacroText.TryParseExec(["first-entry", "display-message"], KeyMenu.Index, out var events, out _));
        Assert.Equal(["first-entry", "display-message"], events.Select(e => e.Function));
    }

    [Theory]
    [InlineData(KeyMenu.Index, "skip-quoted", "skip-quoted: no such function")]
    [InlineData(KeyMenu.Pager, "first-entry", "first-entry: no such function")]
    public void ExecRefusesFunctionsTheMenuLacks(KeyMenu menu, string name, string expected)
    {
        Assert.False(MacroText.TryParseExec([name], menu, out _, out string? error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void ExecWithoutArgumentsIsAnError()
    {
        Assert.False(MacroText.TryParseExec([], KeyMenu.Index, out _, out string? error));
        Assert.Equal("exec: no arguments", error);
    }
}
