using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class KeyCodeTests
{
    [Fact]
    public void CharactersNamedKeysAndFunctionKeysNeverCollide()
    {
        var ch = KeyCode.Char('a');
        var special = KeyCode.Special(SpecialKey.Up);
        var function = KeyCode.Function(1);

        Assert.Equal(('a', (SpecialKey?)null, -1), (ch.CodePoint, ch.AsSpecial, ch.FunctionNumber));
        Assert.Equal((-1, (SpecialKey?)SpecialKey.Up, -1), (special.CodePoint, special.AsSpecial, special.FunctionNumber));
        Assert.Equal((-1, (SpecialKey?)null, 1), (function.CodePoint, function.AsSpecial, function.FunctionNumber));
        Assert.True(ch.IsChar);
        Assert.False(special.IsChar);
    }

    [Theory]
    [InlineData('d', 4)]
    [InlineData('D', 4)]
    [InlineData('[', 27)]
    [InlineData('?', 127)]
    [InlineData('@', 0)]
    public void ControlKeysAreTheCodesTerminalsSend(char c, int code) =>
        Assert.Equal(KeyCode.Char(code), KeyCode.Ctrl(c));

    [Fact]
    public void RefusesCodesOutsideItsRanges()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyCode.Char(0x110000));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyCode.Function(64));
    }
}
