using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Input;
using Terminal.Gui.Input;
using KeyCode = MuttSharp.Core.Config.Keys.KeyCode;

namespace MuttSharp.Tui.Tests.Input;

public sealed class TerminalKeysTests
{
    public static TheoryData<Key, string> Keys => new()
    {
        { Key.J, "j" },
        { Key.G.WithShift, "G" },
        { new Key('?'), "?" },
        { new Key('$'), "$" },
        { Key.D.WithCtrl, "^D" },
        { Key.Enter, "<Return>" },
        { Key.Esc, "<Esc>" },
        { Key.Tab, "<Tab>" },
        { Key.Tab.WithShift, "<BackTab>" },
        { Key.CursorDown, "<Down>" },
        { Key.PageUp, "<PageUp>" },
        { Key.CursorUp.WithCtrl, "<C-Up>" },
        { Key.Backspace, "<BackSpace>" },
        { Key.F5, "<F5>" },
        { Key.V.WithAlt, "<Esc>v" },
        { new Key('é'), "é" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_key_becomes_what_the_terminal_would_have_sent_Mutt(Key key, string expected)
    {
        Assert.Equal(expected, KeyNames.Format(TerminalKeys.Translate(key)));
    }

    [Fact]
    public void Enter_matches_Mutts_return_binding()
    {
        var keys = TerminalKeys.Translate(Key.Enter);
        Assert.Equal(KeySequence.Parse("<return>").Keys, keys);
    }

    [Fact]
    public void A_modifier_alone_is_no_key()
    {
        Assert.Empty(TerminalKeys.Translate(Key.Empty));
    }

    [Fact]
    public void Typed_events_are_marked_as_typed()
    {
        var e = Assert.Single(TerminalKeys.Typed(Key.K));
        Assert.False(e.FromMacro);
        Assert.Equal(KeyCode.Char('k'), e.Key);
    }
}
