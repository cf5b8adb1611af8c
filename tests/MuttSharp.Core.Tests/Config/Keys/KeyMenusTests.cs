using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class KeyMenusTests
{
    [Theory]
    [InlineData(KeyMenu.Index, true)]
    [InlineData(KeyMenu.Attach, true)]
    [InlineData(KeyMenu.Browser, true)]
    [InlineData(KeyMenu.Alias, true)]
    [InlineData(KeyMenu.Query, true)]
    [InlineData(KeyMenu.Postpone, true)]
    [InlineData(KeyMenu.Compose, true)]
    [InlineData(KeyMenu.Pager, false)]
    [InlineData(KeyMenu.Editor, false)]
    [InlineData(KeyMenu.Generic, false)]
    public void MenusInheritGenericAsInMutt(KeyMenu menu, bool inherits) =>
        Assert.Equal(inherits, KeyMenus.InheritsGeneric(menu));

    [Fact]
    public void EveryMenuNameReadsBack()
    {
        foreach (var menu in KeyMenus.All)
        {
            Assert.True(KeyMenus.TryParse(KeyMenus.NameOf(menu), out var back));
            Assert.Equal(menu, back);
        }
    }

    [Fact]
    public void ReadsCommaSeparatedMenuLists()
    {
        Assert.True(KeyMenus.TryParseList("index,pager", out var menus, out _));
        Assert.Equal([KeyMenu.Index, KeyMenu.Pager], menus);
    }

    [Theory]
    [InlineData("indx", "indx: no such menu")]
    [InlineData("index,", ": no such menu")]
    [InlineData("Index", "Index: no such menu")]
    public void AnUnknownMenuIsNamedInMuttsWords(string names, string expected)
    {
        Assert.False(KeyMenus.TryParseList(names, out _, out string? error));
        Assert.Equal(expected, error);
    }
}
