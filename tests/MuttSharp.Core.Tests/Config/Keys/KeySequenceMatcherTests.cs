using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Core.Tests.Config.Keys;

public sealed class KeySequenceMatcherTests
{
    private readonly ManualClock clock = new();

    private KeySequenceMatcher Matcher(KeyMapSet maps, KeyMenu menu = KeyMenu.Index) =>
        new(maps, menu, TimeSpan.FromSeconds(1), clock);

    private static KeyMatch FeedAll(KeySequenceMatcher matcher, string written)
    {
        KeyMatch? last = null;
        foreach (var key in KeySequence.Parse(written).Keys)
            last = matcher.Feed(key);
        return last!;
    }

    private static KeyMapSet CommaPrefixInIndexAndCommaInGeneric()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Mutt);
        maps.TryBindFunction(KeyMenu.Index, KeySequence.Parse(",a"), "mail");
        maps.TryBindFunction(KeyMenu.Generic, KeySequence.Parse(","), "help");
        return maps;
    }

    [Fact]
    public void ASingleKeyBindingMatchesAtOnce()
    {
        var match = Matcher(KeyProfiles.Build(KeyProfiles.Mutt)).Feed(KeyCode.Char('d'));
        Assert.Equal(KeyMatchKind.Function, match.Kind);
        Assert.Equal("delete-message", match.Function);
    }

    [Fact]
    public void APrefixWaitsThenTheSequenceMatches()
    {
        var matcher = Matcher(KeyProfiles.Build(KeyProfiles.Vim));
        Assert.Equal(KeyMatchKind.Prefix, matcher.Feed(KeyCode.Char('g')).Kind);
        Assert.True(matcher.HasPending);
        var match = matcher.Feed(KeyCode.Char('g'));
        Assert.Equal("first-entry", match.Function);
        Assert.Equal("gg", KeyNames.Format(match.Keys));
        Assert.False(matcher.HasPending);
    }

    [Fact]
    public void EscapeSequencesAreMultiKeySequences()
    {
        var match = FeedAll(Matcher(KeyProfiles.Build(KeyProfiles.Mutt)), "<esc>v");
        Assert.Equal("collapse-thread", match.Function);
    }

    [Fact]
    public void AnUnboundKeyInTheIndexFallsBackToGeneric()
    {
        var match = Matcher(KeyProfiles.Build(KeyProfiles.Mutt)).Feed(KeyCode.Char('='));
        Assert.Equal("first-entry", match.Function);
    }

    [Fact]
    public void ThePagerDoesNotFallBackToGeneric()
    {
        var match = Matcher(KeyProfiles.Build(KeyProfiles.Mutt), KeyMenu.Pager).Feed(KeyCode.Char('='));
        Assert.Equal(KeyMatchKind.NoMatch, match.Kind);
        Assert.Equal("=", KeyNames.Format(match.Keys));
    }

    [Fact]
    public void AFailedPrefixIsRetriedInGenericAndTheRestIsHandedBack()
    {
        var matcher = Matcher(CommaPrefixInIndexAndCommaInGeneric());

        Assert.Equal(KeyMatchKind.Prefix, matcher.Feed(KeyCode.Char(',')).Kind);
        var match = matcher.Feed(KeyCode.Char('j'));

        Assert.Equal("help", match.Function);
        Assert.Equal([KeyCode.Char('j')], match.Replay.ToArray());
        Assert.Equal("next-undeleted", matcher.Feed(match.Replay[0]).Function);
    }

    [Fact]
    public void NoopMeansNotBoundAndHidesGeneric()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Mutt);
        maps.TryBindFunction(KeyMenu.Index, KeySequence.Parse("="), "noop");
        var match = Matcher(maps).Feed(KeyCode.Char('='));
        Assert.Equal(KeyMatchKind.NoMatch, match.Kind);
        Assert.True(match.Binding!.IsNoop);
    }

    [Fact]
    public void APrefixOlderThanTheTimeoutIsDroppedBeforeTheNextKey()
    {
        var matcher = Matcher(KeyProfiles.Build(KeyProfiles.Vim));
        matcher.Feed(KeyCode.Char('d'));
        clock.Advance(TimeSpan.FromSeconds(2));
        var match = matcher.Feed(KeyCode.Char('j'));
        Assert.Equal("next-undeleted", match.Function);
    }

    [Fact]
    public void ALatePrefixThatGenericBindsRunsThereAndTheNewKeyComesBack()
    {
        var matcher = Matcher(CommaPrefixInIndexAndCommaInGeneric());
        matcher.Feed(KeyCode.Char(','));
        clock.Advance(TimeSpan.FromSeconds(2));
        var match = matcher.Feed(KeyCode.Char('a'));
        Assert.Equal("help", match.Function);
        Assert.Equal([KeyCode.Char('a')], match.Replay.ToArray());
    }

    [Fact]
    public void WithinTheTimeoutThePrefixIsKept()
    {
        var matcher = Matcher(KeyProfiles.Build(KeyProfiles.Vim));
        matcher.Feed(KeyCode.Char('d'));
        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal("delete-message", matcher.Feed(KeyCode.Char('d')).Function);
    }

    [Fact]
    public void AZeroTimeoutWaitsForEver()
    {
        var matcher = new KeySequenceMatcher(KeyProfiles.Build(KeyProfiles.Vim), KeyMenu.Index, TimeSpan.Zero, clock);
        matcher.Feed(KeyCode.Char('d'));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal("delete-message", matcher.Feed(KeyCode.Char('d')).Function);
    }

    [Fact]
    public void ExpireResolvesAPendingPrefixInGenericWhenItIsBoundThere()
    {
        var matcher = Matcher(CommaPrefixInIndexAndCommaInGeneric());
        matcher.Feed(KeyCode.Char(','));

        Assert.Equal("help", matcher.Expire().Function);
        Assert.False(matcher.HasPending);
    }

    [Fact]
    public void ExpireWithNothingBoundGivesTheKeysBack()
    {
        var matcher = Matcher(KeyProfiles.Build(KeyProfiles.Vim));
        matcher.Feed(KeyCode.Char('z'));
        var match = matcher.Expire();
        Assert.Equal(KeyMatchKind.NoMatch, match.Kind);
        Assert.Equal("z", KeyNames.Format(match.Keys));
        Assert.Equal(KeyMatchKind.NoMatch, matcher.Expire().Kind);
    }

    [Fact]
    public void TheEditorGivesUnboundKeysBackAsText()
    {
        var match = Matcher(KeyProfiles.Build(KeyProfiles.Vim), KeyMenu.Editor).Feed(KeyCode.Char('x'));
        Assert.Equal(KeyMatchKind.NoMatch, match.Kind);
        Assert.Equal([KeyCode.Char('x')], match.Keys.ToArray());
    }

    [Fact]
    public void AMacroIsReturnedForTheCallerToType()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Vim);
        maps.BindMacro(KeyMenu.Index, KeySequence.Parse("gi"), "<change-folder>=INBOX<enter>", "Go to inbox");
        var match = FeedAll(Matcher(maps), "gi");
        Assert.Equal(KeyMatchKind.Macro, match.Kind);
        Assert.Equal("Go to inbox", match.Binding!.Description);
    }

    [Fact]
    public void FunctionEventsFromMacrosRunWhenTheMenuHasThem()
    {
        var matcher = Matcher(KeyProfiles.Build(KeyProfiles.Vim));
        Assert.Equal("change-folder", matcher.Feed(KeyEvent.Call("change-folder")).Function);
        Assert.Equal("first-entry", matcher.Feed(KeyEvent.Call("first-entry")).Function);
        Assert.Equal(KeyMatchKind.NoMatch, matcher.Feed(KeyEvent.Call("skip-quoted")).Kind);
    }

    [Fact]
    public void AFunctionEventEndsAPendingPrefix()
    {
        var matcher = Matcher(KeyProfiles.Build(KeyProfiles.Vim));
        matcher.Feed(KeyCode.Char('g'));
        matcher.Feed(KeyEvent.Call("reply"));
        Assert.False(matcher.HasPending);
    }

    [Fact]
    public void AMacroThatKeepsTypingItselfIsALoop()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Mutt);
        maps.BindMacro(KeyMenu.Index, KeySequence.Parse("X"), "X", null);
        var matcher = Matcher(maps);
        var match = matcher.Feed(KeyCode.Char('X'));
        int expansions = 0;
        while (match.Kind == KeyMatchKind.Macro && expansions < 100)
        {
            expansions++;
            match = matcher.Feed(MacroText.Parse(match.Binding!.Macro!)[0]);
        }
        Assert.Equal(KeyMatchKind.MacroLoop, match.Kind);
        Assert.Equal(KeySequenceMatcher.MacroDepthLimit, expansions);
    }

    [Fact]
    public void ATypedKeyStartsTheMacroCountAfresh()
    {
        var maps = KeyProfiles.Build(KeyProfiles.Mutt);
        maps.BindMacro(KeyMenu.Index, KeySequence.Parse("X"), "<reply>", null);
        var matcher = Matcher(maps);
        for (int i = 0; i < 3 * KeySequenceMatcher.MacroDepthLimit; i++)
            Assert.Equal(KeyMatchKind.Macro, matcher.Feed(KeyCode.Char('X')).Kind);
    }
}
