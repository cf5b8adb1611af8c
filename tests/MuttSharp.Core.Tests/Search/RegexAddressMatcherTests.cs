using MuttSharp.Core.Search;

namespace MuttSharp.Core.Tests.Search;

public sealed class RegexAddressMatcherTests
{
    [Fact]
    public void Includes_by_address_or_regex_and_excludes_by_regex()
    {
        // alternates '^me@.*\.example$' ; unalternates '^me@spam\.' ; $from me@home.net
        var me = new RegexAddressMatcher(["me@home.net"], [@"^me@.*\.example$"], [@"^me@spam\."]);
        Assert.True(me.Matches("me@home.net"));
        Assert.True(me.Matches("ME@HOME.NET"));
        Assert.True(me.Matches("me@work.example"));
        Assert.False(me.Matches("me@spam.example"));
        Assert.False(me.Matches("you@home.net"));
        Assert.False(me.Matches(""));
    }

    [Fact]
    public void An_invalid_expression_is_set_aside_not_thrown()
    {
        var lists = new RegexAddressMatcher(includeRegexes: ["^dev@", "(unclosed"]);
        Assert.Equal(["(unclosed"], lists.InvalidExpressions);
        Assert.True(lists.Matches("dev@lists.example.org"));
        Assert.False(lists.Matches("(unclosed"));
    }
}
