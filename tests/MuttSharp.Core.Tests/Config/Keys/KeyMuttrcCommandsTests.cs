using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Muttrc;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class KeyMuttrcCommandsTests : IDisposable
{
    private readonly MuttrcSandbox sandbox = new();

    private MuttConfig Config => sandbox.Config;

    public void Dispose() => sandbox.Dispose();

    private Task<IReadOnlyList<MuttrcError>> Source(string muttrc) => sandbox.Source(muttrc);

    private KeyMapSet Maps()
    {
        var maps = KeyMuttrcCommands.BuildKeyMaps(Config, out string? error);
        Assert.Null(error);
        return maps;
    }

    [Fact]
    public async Task ADotfileStyleKeySectionLoadsAndMeansWhatItMeansInMutt()
    {
        var errors = await Source("""
            set keymap=mutt
            bind index G last-entry
            bind index,pager \Cd half-down
            bind pager <up> previous-line
            bind index <esc>x noop
            macro index gi "<change-folder>=INBOX<enter>" "Go to inbox"
            macro index,pager \cb "<pipe-message> urlscan<enter>"
            bind editor <Tab> complete-query
            """);
        Assert.Empty(errors);

        var maps = Maps();
        Assert.Equal("last-entry", maps.Resolve(KeyMenu.Index, KeySequence.Parse("G"))!.Function);
        Assert.Equal("half-down", maps.Resolve(KeyMenu.Pager, KeySequence.Parse(@"\Cd"))!.Function);
        Assert.Equal("previous-line", maps.Resolve(KeyMenu.Pager, KeySequence.Parse("<up>"))!.Function);
        Assert.True(maps.Resolve(KeyMenu.Index, KeySequence.Parse(@"\ex"))!.IsNoop);
        var macro = maps.Resolve(KeyMenu.Index, KeySequence.Parse("gi"))!;
        Assert.Equal("<change-folder>=INBOX<enter>", macro.Macro);
        Assert.Equal("Go to inbox", macro.Description);
        Assert.Null(maps.Resolve(KeyMenu.Index, KeySequence.Parse("g")));
        Assert.NotNull(maps.Resolve(KeyMenu.Pager, KeySequence.Parse(@"\Cb"))!.Macro);
        Assert.Equal("complete-query", maps.Resolve(KeyMenu.Editor, KeySequence.Parse("<tab>"))!.Function);
    }

    [Fact]
    public async Task TheVimProfileIsTheDefaultAndUserBindsGoOnTop()
    {
        Assert.Empty(await Source("bind index gg group-reply\n"));
        var maps = Maps();
        Assert.Equal("group-reply", maps.Resolve(KeyMenu.Index, KeySequence.Parse("gg"))!.Function);
        Assert.Equal("half-down", maps.Resolve(KeyMenu.Index, KeySequence.Parse(@"\Cd"))!.Function);
    }

    [Fact]
    public async Task CaretsInMacrosAreControlKeys()
    {
        Assert.Empty(await Source("macro index x \"^Gq\"\n"));
        var macro = Maps().Resolve(KeyMenu.Index, KeySequence.Parse("x"))!.Macro!;
        Assert.Equal("\u0007q", macro);
    }

    [Fact]
    public async Task PushAndExecQueueInputForStartUp()
    {
        Assert.Empty(await Source("push <first-entry>\nexec display-message\n"));
        var input = Config.GetExtension<KeyConfiguration>().PendingInput;
        Assert.Equal(["<display-message>", "<first-entry>"], input.Select(e => e.ToString()));
    }

    [Fact]
    public async Task EveryErrorNamesItsLineInMuttsWords()
    {
        var errors = await Source("""
            bind indx G last-entry
            bind pager G last-entry
            bind index G
            bind index G last-entry extra
            macro index x
            macro index x "a" "b" "c"
            push a b
            exec
            exec frobnicate
            bind index "" quit
            """);
        Assert.Equal(
        [
            (1, "indx: no such menu"),
            (2, "last-entry: no such function in map"),
            (3, "too few arguments"),
            (4, "bind: too many arguments"),
            (5, "macro: empty key sequence"),
            (6, "macro: too many arguments"),
            (7, "push: too many arguments"),
            (8, "exec: no arguments"),
            (9, "frobnicate: no such function"),
            (10, "null key sequence"),
        ], errors.Select(e => (e.Line, e.Message)));
    }

    [Fact]
    public async Task AnUnknownKeymapIsReportedWhenTheMapsAreBuilt()
    {
        Assert.Empty(await Source("set keymap=emacs\n"));
        KeyMuttrcCommands.BuildKeyMaps(Config, out string? error);
        Assert.Equal("emacs: unknown keymap (use one of: vim, mutt)", error);
    }

    [Fact]
    public async Task AVimUsersDotfileLoadsWithNoErrorAndItsKeysTakeEffect()
    {
        string muttrc = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "Muttrc", "vim-user.muttrc"));
        Assert.Empty(await Source(muttrc));
        var maps = Maps();
        Assert.Equal("collapse-thread", maps.Resolve(KeyMenu.Index, KeySequence.Parse("<space>"))!.Function);
        Assert.Equal("top", maps.Resolve(KeyMenu.Pager, KeySequence.Parse("gg"))!.Function);
        Assert.Equal("Go to inbox", maps.Resolve(KeyMenu.Index, KeySequence.Parse("gi"))!.Description);
    }
}
