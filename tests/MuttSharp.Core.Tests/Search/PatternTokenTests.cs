using MuttSharp.Core.Search;

namespace MuttSharp.Core.Tests.Search;

public sealed class PatternTokenTests
{
    private static (string Value, int Next) Read(string text, int start = 0)
    {
        Assert.True(PatternToken.TryRead(text, start, text.Length, leadingBreakAllowed: false, out var value, out int next, out var error),
            error?.ToString());
        return (value, next);
    }

    [Theory]
    [InlineData("foo bar", "foo", 3)]
    [InlineData("foo~s", "foo", 3)]            // a word ends at an operator
    [InlineData("a|b", "a", 1)]
    [InlineData("a!b", "a", 1)]
    [InlineData("a=b", "a", 1)]
    [InlineData("a%b", "a", 1)]
    [InlineData("a(b)c", "a(b)c", 5)]          // parentheses are part of a word, as in Mutt
    [InlineData("'a b|c'", "a b|c", 7)]        // single quotes keep everything
    [InlineData("\"a b|c\"", "a b|c", 7)]
    [InlineData("'a\\.b'", "a\\.b", 6)]        // no backslash processing inside single quotes
    [InlineData("\"a\\.b\"", "a.b", 6)]        // one level stripped inside double quotes
    [InlineData("a\\.b", "a.b", 4)]            // and outside quotes
    [InlineData("a\\\\.b", "a\\.b", 5)]        // so a regex backslash is written twice
    [InlineData("a\\ b", "a b", 4)]            // an escaped space does not end the word
    [InlineData("a\\|b", "a|b", 4)]
    [InlineData("x\\ty", "x\ty", 4)]
    [InlineData("x\\ny", "x\ny", 4)]
    [InlineData("\\101", "A", 4)]              // octal
    [InlineData("\\cA", "\u0001", 3)]          // control character
    [InlineData("'it'\\''s'", "it's", 9)]      // how quoting a quote looks
    [InlineData("ab'cd'ef", "abcdef", 8)]      // quotes may sit inside a word
    public void Reads_one_argument_word_as_Mutt_does(string text, string value, int next)
    {
        var (actual, end) = Read(text);
        Assert.Equal(value, actual);
        Assert.Equal(next, end);
    }

    [Theory]
    [InlineData("'abc", 0, "unterminated single quote")]
    [InlineData("x \"abc", 2, "unterminated double quote")]
    [InlineData("abc\\", 3, "expected a character after '\\'")]
    public void Reports_unterminated_input(string text, int position, string message)
    {
        int start = text.StartsWith("x ") ? 2 : 0;
        Assert.False(PatternToken.TryRead(text, start, text.Length, false, out _, out _, out var error));
        Assert.Equal(position, error!.Position);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_leading_operator_can_be_allowed_for_dates()
    {
        Assert.True(PatternToken.TryRead("=1d", 0, 3, leadingBreakAllowed: true, out var value, out _, out _));
        Assert.Equal("=1d", value);
        Assert.True(PatternToken.TryRead("=1d", 0, 3, leadingBreakAllowed: false, out value, out _, out _));
        Assert.Equal("", value);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("it's")]
    [InlineData("a\\b 'c' \"d\" | ~f")]
    public void Quote_round_trips(string text)
    {
        string quoted = PatternToken.Quote(text);
        Assert.Equal((text, quoted.Length), Read(quoted));
    }
}
