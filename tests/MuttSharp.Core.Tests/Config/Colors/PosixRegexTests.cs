using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Tests.Config.Colors;

public sealed class PosixRegexTests
{
    [Theory]
    [InlineData("[[:alnum:]]+@[[:alnum:].]+", "write to bob@example.org", "bob@example.org")]
    [InlineData("[[:digit:]]{4}-[[:digit:]]{2}", "on 2026-11 we", "2026-11")]
    [InlineData(@"\<the\>", "other the end", "the")]
    [InlineData(@"[]x]+", "a]x]b", "]x]")]
    [InlineData("[^[:space:]]+", "  word  ", "word")]
    public void TranslatesPosixSyntax(string pattern, string text, string match)
    {
        Assert.True(PosixRegex.TryCompile(pattern, ignoreCase: false, TimeSpan.FromSeconds(1), out var regex, out string? error), error);
        Assert.Equal(match, regex!.Match(text).Value);
    }

    [Fact]
    public void FollowsMuttsCaseRule()
    {
        Assert.True(PosixRegex.IgnoresCase("error"));
        Assert.False(PosixRegex.IgnoresCase("Error"));
    }

    [Fact]
    public void AnUnclosedBracketIsAnError()
    {
        Assert.False(PosixRegex.TryCompile("[abc", false, TimeSpan.FromSeconds(1), out _, out string? error));
        Assert.StartsWith("[abc: ", error);
    }
}
