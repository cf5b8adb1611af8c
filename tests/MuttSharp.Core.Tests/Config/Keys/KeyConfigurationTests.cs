using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class KeyConfigurationTests
{
    private static KeySequence K(string s) => KeySequence.Parse(s);

    [Fact]
    public void UserBindingsApplyOnTopOfTheProfileWhateverTheOrder()
    {
        var config = new KeyConfiguration();
        Assert.Null(config.Bind([KeyMenu.Index], K("G"), "group-reply"));
        config.Profile = KeyProfiles.Mutt;

        var maps = config.Build();
        Assert.Equal("group-reply", maps.Resolve(KeyMenu.Index, K("G"))!.Function);
        Assert.Equal("delete-thread", maps.Resolve(KeyMenu.Index, K(@"\Cd"))!.Function);
    }

    [Fact]
    public void TheDefaultProfileIsVim()
    {
        var maps = new KeyConfiguration().Build();
        Assert.Equal("half-down", maps.Resolve(KeyMenu.Index, K(@"\Cd"))!.Function);
    }

    [Fact]
    public void BindingsApplyInTheOrderRead()
    {
        var config = new KeyConfiguration();
        config.Bind([KeyMenu.Index, KeyMenu.Pager], K("x"), "reply");
        config.Macro([KeyMenu.Index], K("x"), "<quit>", "bye");
        var maps = config.Build();
        Assert.True(maps[KeyMenu.Index].Find(K("x"))!.IsMacro);
        Assert.Equal("reply", maps[KeyMenu.Pager].Find(K("x"))!.Function);
    }

    [Fact]
    public void ABadBindIsRefusedWithMuttsWordsAndRecordsNothing()
    {
        var config = new KeyConfiguration();
        Assert.Equal("last-entry: no such function in map", config.Bind([KeyMenu.Index, KeyMenu.Pager], K("Q"), "last-entry"));
        Assert.Equal("query", config.Build().Resolve(KeyMenu.Index, K("Q"))!.Function);
    }

    [Fact]
    public void AnEmptyMacroIsRefused() =>
        Assert.Equal("macro: empty key sequence", new KeyConfiguration().Macro([KeyMenu.Index], K("x"), "", null));

    [Fact]
    public void AnUnknownProfileIsReportedByBuild()
    {
        var config = new KeyConfiguration { Profile = "emacs" };
        config.Build(out string? error);
        Assert.Equal("emacs: unknown keymap (use one of: vim, mutt)", error);
    }

    [Fact]
    public void ALaterPushIsReadFirstAndExecQueuesFunctions()
    {
        var config = new KeyConfiguration();
        config.Push("ab");
        Assert.Null(config.Exec(["first-entry"]));
        config.Push("c");
        Assert.Equal(["c", "<first-entry>", "a", "b"], config.PendingInput.Select(e => e.ToString()));
        Assert.Equal(4, config.TakePendingInput().Count);
        Assert.Empty(config.PendingInput);
    }

    [Fact]
    public void ExecRefusesUnknownFunctions() =>
        Assert.Equal("nope: no such function", new KeyConfiguration().Exec(["nope"]));
}
