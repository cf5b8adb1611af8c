using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class KeyFunctionsTests
{
    [Fact]
    public void EveryFunctionOfEveryMenuHasADescription()
    {
        foreach (var menu in KeyMenus.All)
            foreach (var function in KeyFunctions.For(menu))
                Assert.False(string.IsNullOrWhiteSpace(function.Description), $"{KeyMenus.NameOf(menu)} {function.Name}");
    }

    [Fact]
    public void EveryDefaultBindingNamesAFunctionOfItsMenu()
    {
        foreach (var menu in KeyMenus.All)
            foreach (var (keys, function) in KeyFunctions.DefaultBindings(menu))
                Assert.True(KeyFunctions.TryFind(menu, function, out _), $"{KeyMenus.NameOf(menu)} {keys} {function}");
    }

    [Fact]
    public void InheritingMenusFindGenericFunctionsButThePagerDoesNot()
    {
        Assert.True(KeyFunctions.TryFind(KeyMenu.Index, "first-entry", out var f));
        Assert.Equal(KeyMenu.Generic, f.Menu);
        Assert.False(KeyFunctions.TryFind(KeyMenu.Pager, "first-entry", out _));
        Assert.True(KeyFunctions.TryFind(KeyMenu.Pager, "top", out _));
        Assert.False(KeyFunctions.TryFind(KeyMenu.Editor, "help", out _));
    }

    [Theory]
    [InlineData(KeyMenu.Compose, "<return>", "view-attach")]
    [InlineData(KeyMenu.Compose, @"\Cxe", "edit-file")]
    [InlineData(KeyMenu.Compose, "T", "tag-entry")]
    [InlineData(KeyMenu.Attach, "v", "collapse-parts")]
    [InlineData(KeyMenu.Browser, "<tab>", "toggle-mailboxes")]
    [InlineData(KeyMenu.Browser, "<space>", "view-file")]
    [InlineData(KeyMenu.Alias, "<space>", "tag-entry")]
    [InlineData(KeyMenu.Query, "A", "query-append")]
    [InlineData(KeyMenu.Postpone, "d", "delete-entry")]
    [InlineData(KeyMenu.Editor, @"\177", "backspace")]
    [InlineData(KeyMenu.Editor, "<up>", "history-up")]
    [InlineData(KeyMenu.Editor, @"\ed", "kill-eow")]
    [InlineData(KeyMenu.List, "u", "list-unsubscribe")]
    [InlineData(KeyMenu.Pgp, "%", "view-name")]
    [InlineData(KeyMenu.Mix, "l", "chain-next")]
    public void OtherMenusCarryMuttsDefaults(KeyMenu menu, string keys, string function) =>
        Assert.Contains((KeySequence.Parse(keys), function), KeyFunctions.DefaultBindings(menu));

    [Fact]
    public void MuttSharpsOwnThreadFunctionsAreIndexFunctionsUnboundByDefault()
    {
        Assert.Contains(KeyFunctions.For(KeyMenu.Index), f => f.Name == "open-thread");
        Assert.Contains(KeyFunctions.For(KeyMenu.Index), f => f.Name == "close-thread");
        Assert.DoesNotContain(KeyFunctions.DefaultBindings(KeyMenu.Index), b => b.Function is "open-thread" or "close-thread");
    }
}
