using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class KeyMapSetTests
{
    private static KeySequence K(string s) => KeySequence.Parse(s);

    [Fact]
    public void BindChecksTheFunctionAgainstTheMenuAndGeneric()
    {
        var maps = new KeyMapSet();
        Assert.Null(maps.TryBindFunction(KeyMenu.Index, K("G"), "last-entry"));
        Assert.Equal("last-entry: no such function in map", maps.TryBindFunction(KeyMenu.Pager, K("G"), "last-entry"));
        Assert.Equal("frobnicate: no such function in map", maps.TryBindFunction(KeyMenu.Index, K("G"), "frobnicate"));
    }

    [Fact]
    public void NoopIsAcceptedInAnyCaseInEveryMenu()
    {
        var maps = new KeyMapSet();
        Assert.Null(maps.TryBindFunction(KeyMenu.Editor, K("x"), "NOOP"));
        Assert.True(maps[KeyMenu.Editor].Find(K("x"))!.IsNoop);
    }

    [Fact]
    public void ResolveFallsBackToGenericOnlyForInheritingMenus()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Mutt);
        Assert.Equal("first-entry", maps.Resolve(KeyMenu.Index, K("="))!.Function);
        Assert.Equal("first-entry", maps.Resolve(KeyMenu.Browser, K("="))!.Function);
        Assert.Null(maps.Resolve(KeyMenu.Pager, K("=")));
        Assert.Equal("next-undeleted", maps.Resolve(KeyMenu.Index, K("j"))!.Function);
    }

    [Fact]
    public void KeysForListsTheMenusOwnKeysThenTheGenericOnesItDoesNotHide()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Mutt);
        Assert.Equal(["<Home>", "="], maps.KeysFor(KeyMenu.Index, "first-entry").Select(k => k.ToString()));
        Assert.Equal(["x"], maps.KeysFor(KeyMenu.Index, "exit").Select(k => k.ToString()));
        Assert.Equal(["?"], maps.KeysFor(KeyMenu.Index, "help").Select(k => k.ToString()));
    }
}
