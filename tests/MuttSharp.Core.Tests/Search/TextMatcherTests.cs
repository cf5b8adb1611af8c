using MuttSharp.Core.Search;

namespace MuttSharp.Core.Tests.Search;

public sealed class TextMatcherTests
{
    private static TextMatcher Create(string argument, MatchKind kind = MatchKind.Regex, int timeoutMs = 1000)
    {
        Assert.True(TextMatcher.TryCreate(kind, argument, false, TimeSpan.FromMilliseconds(timeoutMs), out var matcher, out var error), error);
        return matcher!;
    }

    [Theory]
    [InlineData("foo", "FOO", true)]           // no upper case: case-insensitive
    [InlineData("Foo", "foo", false)]          // an upper-case letter: case-sensitive
    [InlineData("Foo", "Foo", true)]
    [InlineData("\\d+", "123", true)]
    [InlineData("été", "ÉTÉ", true)]           // smart case beyond ASCII
    [InlineData("Été", "été", false)]
    public void Smart_case(string argument, string text, bool expected) =>
        Assert.Equal(expected, Create(argument).IsMatch(text, new PatternContext()));

    [Theory]
    [InlineData("^b", "a\nb", true)]             // anchors work per line
    [InlineData("a$", "a\r\nb", true)]          // a CR before the line end is not in the way
    [InlineData("^a$", "a\r\n", true)]
    [InlineData("a[^z]*b", "a\nb", false)]        // never across lines
    [InlineData("a[^z]*b", "a\nab", true)]
    [InlineData("[[:digit:]]{3}", "x123", true)]
    [InlineData("[[:space:]]x", "a x", true)]
    [InlineData("[^[:alpha:]]", "abc", false)]
    [InlineData("[\\]", "a\\b", true)]          // a backslash in brackets is literal in POSIX
    [InlineData("[]a]", "]", true)]
    public void Posix_regex_meaning_is_kept(string argument, string text, bool expected) =>
        Assert.Equal(expected, Create(argument).IsMatch(text, new PatternContext()));

    [Fact]
    public void Substring_and_group_forms()
    {
        var context = new PatternContext
        {
            Groups = new Dictionary<string, IAddressMatcher> { ["friends"] = new RegexAddressMatcher(["ann@x.org"]) },
        };
        Assert.True(Create("a.b", MatchKind.Substring).IsMatch("xa.by", context));
        Assert.False(Create("a.b", MatchKind.Substring).IsMatch("axb", context));
        Assert.True(Create("friends", MatchKind.Group).IsMatch("ANN@x.org", context));
        Assert.False(Create("friends", MatchKind.Group).IsMatch("bob@x.org", context));
        Assert.False(Create("enemies", MatchKind.Group).IsMatch("ann@x.org", context));
    }

    [Fact]
    public void Invalid_regex_is_an_error_not_an_exception()
    {
        Assert.False(TextMatcher.TryCreate(MatchKind.Regex, "a(b", false, TimeSpan.FromSeconds(1), out var matcher, out var error));
        Assert.Null(matcher);
        Assert.Equal("'a(b': unmatched ( or \\(", error);
    }

    [Fact]
    public void A_runaway_regex_is_stopped_and_counted()
    {
        var matcher = Create("^(\\w+\\s?)*$", timeoutMs: 30);
        var context = new PatternContext();
        string hostile = string.Concat(Enumerable.Repeat("word ", 40)) + "!";
        Assert.False(matcher.IsMatch(hostile, context));
        Assert.False(matcher.IsMatch(hostile, context));
        Assert.Equal(2, context.RegexTimeouts);
        Assert.True(matcher.IsMatch("a few words", context));
    }
}
