using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class KeyProfilesTests
{
    private static readonly KeyMapSet Vim = KeyProfiles.Build(KeyProfiles.Vim);

    private static string? In(KeyMenu menu, string keys) => Vim.Resolve(menu, KeySequence.Parse(keys))?.Function;

    [Fact]
    public void VimIsTheDefault() => Assert.Equal(KeyProfiles.Vim, KeyProfiles.Default);

    [Theory]
    [InlineData("j", "next-undeleted")]
    [InlineData("k", "previous-undeleted")]
    [InlineData("gg", "first-entry")]
    [InlineData("G", "last-entry")]
    [InlineData(@"\Cd", "half-down")]
    [InlineData(@"\Cu", "half-up")]
    [InlineData(@"\Cf", "next-page")]
    [InlineData(@"\Cb", "previous-page")]
    [InlineData(@"\Ce", "next-line")]
    [InlineData(@"\Cy", "previous-line")]
    [InlineData("/", "search")]
    [InlineData("n", "search-next")]
    [InlineData("N", "search-opposite")]
    [InlineData("zz", "current-middle")]
    [InlineData("zt", "current-top")]
    [InlineData("zb", "current-bottom")]
    [InlineData("za", "collapse-thread")]
    [InlineData("zo", "open-thread")]
    [InlineData("zc", "close-thread")]
    [InlineData("zA", "collapse-all")]
    [InlineData("dd", "delete-message")]
    [InlineData("dT", "delete-thread")]
    [InlineData("dt", "delete-subthread")]
    [InlineData("gt", "next-thread")]
    [InlineData("gT", "previous-thread")]
    [InlineData("gr", "group-reply")]
    [InlineData("gE", "edit-type")]
    [InlineData(":", "enter-command")]
    [InlineData("q", "quit")]
    public void TheIndexBehavesAsAVimUserExpects(string keys, string function) =>
        Assert.Equal(function, In(KeyMenu.Index, keys));

    [Theory]
    [InlineData("j", "next-line")]
    [InlineData("k", "previous-line")]
    [InlineData("gg", "top")]
    [InlineData("G", "bottom")]
    [InlineData(@"\Cd", "half-down")]
    [InlineData(@"\Cu", "half-up")]
    [InlineData(@"\Cf", "next-page")]
    [InlineData(@"\Cb", "previous-page")]
    [InlineData("/", "search")]
    [InlineData("n", "search-next")]
    [InlineData("N", "search-opposite")]
    [InlineData("dd", "delete-message")]
    [InlineData("gr", "group-reply")]
    [InlineData("gE", "edit-type")]
    [InlineData("J", "next-entry")]
    [InlineData("K", "previous-entry")]
    [InlineData(":", "enter-command")]
    [InlineData("q", "exit")]
    public void ThePagerScrollsLinesAndBehavesAsAVimUserExpects(string keys, string function) =>
        Assert.Equal(function, In(KeyMenu.Pager, keys));

    [Theory]
    [InlineData(KeyMenu.Attach, "gg", "first-entry")]
    [InlineData(KeyMenu.Browser, "G", "last-entry")]
    [InlineData(KeyMenu.Alias, "gg", "first-entry")]
    [InlineData(KeyMenu.Query, @"\Cd", "half-down")]
    public void ListMenusMoveLikeVimToo(KeyMenu menu, string keys, string function) =>
        Assert.Equal(function, In(menu, keys));

    [Fact]
    public void VimPrefixKeysNoLongerRunTheirMuttFunctions()
    {
        Assert.Null(In(KeyMenu.Index, "g"));
        Assert.Null(In(KeyMenu.Index, "d"));
        Assert.Null(In(KeyMenu.Index, "z"));
        Assert.True(Vim[KeyMenu.Index].IsPrefix(KeySequence.Parse("d")));
    }

    [Fact]
    public void EveryVimOverlayBindingIsValidInItsMenus()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Mutt);
        foreach (var (menus, keys, function) in KeyProfiles.VimBindings)
        {
            Assert.True(KeyMenus.TryParseList(menus, out var list, out _));
            foreach (var menu in list)
                Assert.Null(maps.TryBindFunction(menu, KeySequence.Parse(keys), function));
        }
    }

    [Fact]
    public void TheMuttProfileKeepsMuttsDangerousControlKeys()
    {
        var mutt = KeyProfiles.Build(KeyProfiles.Mutt);
        Assert.Equal("delete-thread", mutt.Resolve(KeyMenu.Index, KeySequence.Parse(@"\Cd"))!.Function);
        Assert.Equal("group-reply", mutt.Resolve(KeyMenu.Index, KeySequence.Parse("g"))!.Function);
        Assert.Equal("next-undeleted", mutt.Resolve(KeyMenu.Pager, KeySequence.Parse("j"))!.Function);
    }

    [Fact]
    public void AnUnknownProfileIsReportedAndTheDefaultIsUsed()
    {
        Assert.False(KeyProfiles.TryBuild("emacs", out var maps, out string? error));
        Assert.Equal("emacs: unknown keymap (use one of: vim, mutt)", error);
        Assert.Equal("first-entry", maps.Resolve(KeyMenu.Index, KeySequence.Parse("gg"))!.Function);
    }
}
