using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class KeyMapTests
{
    private static KeySequence K(string s) => KeySequence.Parse(s);

    [Fact]
    public void BindingALongerSequenceTakesTheShorterOneAwayAsMuttDoes()
    {
        var map = new KeyMap(KeyMenu.Index);
        map.BindFunction(K("g"), "group-reply");
        map.BindFunction(K("gg"), "first-entry");

        Assert.Null(map.Find(K("g")));
        Assert.True(map.IsPrefix(K("g")));
        Assert.Equal("first-entry", map.Find(K("gg"))!.Function);
    }

    [Fact]
    public void BindingAPrefixTakesTheLongerSequencesAway()
    {
        var map = new KeyMap(KeyMenu.Index);
        map.BindFunction(K("dd"), "delete-message");
        map.BindFunction(K("dt"), "delete-subthread");
        map.BindFunction(K("d"), "undelete-message");

        Assert.Equal(1, map.Count);
        Assert.False(map.IsPrefix(K("d")));
        Assert.Equal("undelete-message", map.Find(K("d"))!.Function);
    }

    [Fact]
    public void ABindingReplacesTheSameSequence()
    {
        var map = new KeyMap(KeyMenu.Index);
        map.BindFunction(K("x"), "exit");
        map.BindMacro(K("x"), "<quit>", "leave");

        var binding = map.Find(K("x"))!;
        Assert.True(binding.IsMacro);
        Assert.Equal("leave", binding.Description);
    }

    [Fact]
    public void ListsTheKeysOfAFunctionShortestFirst()
    {
        var map = new KeyMap(KeyMenu.Pager);
        map.BindFunction(K("gg"), "top");
        map.BindFunction(K("^"), "top");
        map.BindFunction(K("<home>"), "top");
        Assert.Equal(["<Home>", "^", "gg"], map.KeysFor("top").Select(k => k.ToString()));
    }
}
