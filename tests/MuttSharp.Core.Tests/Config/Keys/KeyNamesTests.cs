using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class KeyNamesTests
{
    private static KeyCode[] Parse(string written)
    {
        Assert.True(KeyNames.TryParse(written, out var keys, out string? error), error);
        return [.. keys.Keys];
    }

    [Theory]
    [InlineData(@"\Cd", 4)]
    [InlineData(@"\cD", 4)]
    [InlineData(@"\CA", 1)]
    [InlineData(@"\c?", 127)]
    [InlineData(@"\e", 27)]
    [InlineData(@"\177", 127)]
    [InlineData(@"\033", 27)]
    [InlineData(@"\n", 10)]
    [InlineData(@"\r", 13)]
    [InlineData(@"\t", 9)]
    [InlineData(@"\f", 12)]
    [InlineData(@"\\", '\\')]
    [InlineData(@"\q", 'q')]
    [InlineData("<enter>", 10)]
    [InlineData("<Return>", 13)]
    [InlineData("<tab>", 9)]
    [InlineData("<space>", ' ')]
    [InlineData("<esc>", 27)]
    [InlineData("<177>", 127)]
    [InlineData("< 33 >", 27)]
    [InlineData("j", 'j')]
    [InlineData("<", '<')]
    [InlineData("é", 'é')]
    public void ReadsOneCharacterKey(string written, int codePoint) =>
        Assert.Equal([KeyCode.Char(codePoint)], Parse(written));

    [Theory]
    [InlineData("<pagedown>", SpecialKey.PageDown)]
    [InlineData("<PageUp>", SpecialKey.PageUp)]
    [InlineData("<up>", SpecialKey.Up)]
    [InlineData("<down>", SpecialKey.Down)]
    [InlineData("<left>", SpecialKey.Left)]
    [InlineData("<right>", SpecialKey.Right)]
    [InlineData("<backtab>", SpecialKey.BackTab)]
    [InlineData("<backspace>", SpecialKey.Backspace)]
    [InlineData("<delete>", SpecialKey.Delete)]
    [InlineData("<insert>", SpecialKey.Insert)]
    [InlineData("<home>", SpecialKey.Home)]
    [InlineData("<end>", SpecialKey.End)]
    [InlineData("<keypadenter>", SpecialKey.KeypadEnter)]
    [InlineData("<next>", SpecialKey.Next)]
    [InlineData("<c-up>", SpecialKey.CtrlUp)]
    [InlineData("<S-Left>", SpecialKey.ShiftLeft)]
    [InlineData("<a-prev>", SpecialKey.AltPrev)]
    public void ReadsNamedKeysInAnyCase(string written, SpecialKey key) =>
        Assert.Equal([KeyCode.Special(key)], Parse(written));

    [Theory]
    [InlineData("<f1>", 1)]
    [InlineData("<F12>", 12)]
    [InlineData("<f63>", 63)]
    public void ReadsFunctionKeys(string written, int number) =>
        Assert.Equal([KeyCode.Function(number)], Parse(written));

    [Theory]
    [InlineData("<f0>")]
    [InlineData("<f64>")]
    [InlineData("<nosuchkey>")]
    [InlineData("<9>")]
    public void AnUnknownBracketIsTypedCharacterByCharacter(string written) =>
        Assert.Equal(written.Select(c => KeyCode.Char(c)), Parse(written));

    [Fact]
    public void ReadsMultiKeySequences()
    {
        Assert.Equal([KeyCode.Char('g'), KeyCode.Char('g')], Parse("gg"));
        Assert.Equal([KeyCode.Escape, KeyCode.Char('v')], Parse("<esc>v"));
        Assert.Equal([KeyCode.Escape, KeyCode.Char('x')], Parse(@"\ex"));
        Assert.Equal([KeyCode.Escape, KeyCode.Char('x')], Parse("<Esc>x"));
        Assert.Equal([KeyCode.Ctrl('x'), KeyCode.Char('e')], Parse(@"\Cxe"));
        Assert.Equal([KeyCode.Char(','), KeyCode.Special(SpecialKey.PageDown), KeyCode.Function(2)], Parse(",<pagedown><f2>"));
    }

    [Fact]
    public void CaretIsAControlKeyOnlyInMacroText()
    {
        Assert.Equal([KeyCode.Char('^'), KeyCode.Char('D')], Parse("^D"));
        Assert.True(KeyNames.TryUnescape("^D^g^[^^^1", condenseCaret: true, out string text, out _));
        Assert.Equal("\u0004\u0007\u001b^^1", text);
    }

    [Theory]
    [InlineData(@"ab\", "column 3: expected a character after '\\'")]
    [InlineData(@"\C", "column 2: expected a character after '\\C'")]
    [InlineData("", "null key sequence")]
    public void ReportsWhatIsWrongAndWhere(string written, string expected)
    {
        Assert.False(KeyNames.TryParse(written, out _, out string? error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void ATrailingCaretInMacroTextIsAnError()
    {
        Assert.False(KeyNames.TryUnescape("x^", condenseCaret: true, out _, out string? error));
        Assert.Equal("column 2: expected a character after '^'", error);
    }

    [Theory]
    [InlineData(4, "^D")]
    [InlineData(27, "<Esc>")]
    [InlineData(10, "<Enter>")]
    [InlineData(13, "<Return>")]
    [InlineData(9, "<Tab>")]
    [InlineData(32, "<Space>")]
    [InlineData(127, "^?")]
    [InlineData(0x85, "\\205")]
    [InlineData('j', "j")]
    [InlineData('ß', "ß")]
    public void ShowsKeysAsMuttsHelpDoes(int codePoint, string shown) =>
        Assert.Equal(shown, KeyNames.Format(KeyCode.Char(codePoint)));

    [Fact]
    public void ShowsNamedAndFunctionKeys()
    {
        Assert.Equal("<PageDown>", KeyNames.Format(KeyCode.Special(SpecialKey.PageDown)));
        Assert.Equal("<BackSpace>", KeyNames.Format(KeyCode.Special(SpecialKey.Backspace)));
        Assert.Equal("<F5>", KeyNames.Format(KeyCode.Function(5)));
        Assert.Equal("<Esc>v", KeySequence.Parse(@"\ev").ToString());
    }

    [Fact]
    public void EveryNameReadsBackAsTheKeyItShows()
    {
        foreach (string name in KeyNames.AllNames)
        {
            var keys = Parse(name);
            Assert.Single(keys);
            Assert.Equal(name, KeyNames.Format(keys[0]));
        }
    }
}
