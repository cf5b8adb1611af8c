using MuttSharp.Core.Model;
using MuttSharp.Core.Search;
using static MuttSharp.Core.Tests.Search.TestMessages;

namespace MuttSharp.Core.Tests.Search;

public sealed class PatternParserTests
{
    // The three messages used to check Mutt 2.2.12's grouping in a real session.
    private static readonly Message[] Trio =
    [
        Make(0, from: "a@x.org", to: "q@y.org", subject: "x"),
        Make(1, from: "z@x.org", to: "c@y.org", subject: "b"),
        Make(2, from: "a@x.org", to: "c@y.org", subject: "q"),
    ];

    [Theory]
    // Mutt 2.2.12 limits "~f a | ~s b ~t c" to messages 2 and 3: OR and AND group from the left.
    [InlineData("~f a | ~s b ~t c", new[] { 1, 2 })]
    [InlineData("~t c ~s b | ~f a", new[] { 0, 1, 2 })]
    [InlineData("~f a ~s x | ~s b", new[] { 0, 1 })]
    [InlineData("~f a (~s b ~t c)", new int[0])]
    [InlineData("~f a | (~s b ~t c)", new[] { 0, 1, 2 })]
    [InlineData("!~f a", new[] { 1 })]
    [InlineData("!(~f a | ~s b)", new int[0])]
    [InlineData("!!~f a", new[] { 0, 2 })]
    [InlineData("~f a ~t c", new[] { 2 })]
    [InlineData("~f a|~s b", new[] { 0, 1, 2 })]
    [InlineData("  ~s b  ", new[] { 1 })]
    public void Combines_terms_as_Mutt_does(string pattern, int[] expected) =>
        Assert.Equal(expected, Matching(pattern, Trio));

    [Fact]
    public void Nested_groups_parse_to_any_depth()
    {
        Assert.Equal([2], Matching("((~f a) ((~t c)))", Trio));
        Assert.Equal([0, 2], Matching("(((((~f a)))))", Trio));
    }

    [Theory]
    [InlineData("joe", new[] { 0, 1 })]       // $simple_search: ~f joe | ~s joe
    [InlineData("JOE", new int[0])]           // upper case: case-sensitive
    [InlineData("it's", new[] { 2 })]         // a quote in the input survives the quoting
    [InlineData("new", new[] { 3 })]          // keyword -> ~N
    [InlineData("UNREAD", new[] { 3 })]       // keywords ignore case
    [InlineData("all", new[] { 0, 1, 2, 3 })]
    [InlineData(".", new[] { 0, 1, 2, 3 })]
    [InlineData("^", new[] { 0, 1, 2, 3 })]
    [InlineData("flag", new[] { 1 })]
    [InlineData("[f]lag", new int[0])]       // the manual's way around a keyword
    [InlineData(@"50\%", new[] { 2 })]        // an escaped operator keeps the search simple
    public void Input_without_an_operator_is_a_simple_search(string input, int[] expected)
    {
        Message[] messages =
        [
            Make(0, from: "Joe Bloggs <jb@x.org>", subject: "hello"),
            Make(1, from: "ann@x.org", subject: "re: joe's party", flags: MessageFlags.Seen | MessageFlags.Flagged),
            Make(2, from: "bob@x.org", subject: "it's 50% off"),
            Make(3, from: "cy@x.org", subject: "news", flags: MessageFlags.New),
        ];
        Assert.Equal(expected, Matching(input, messages));
    }

    [Fact]
    public void Simple_search_uses_the_configured_template()
    {
        var options = PatternOptions.Default with { SimpleSearch = "~s %s | ~b %s" };
        Assert.Equal("~s 'foo' | ~b 'foo'", PatternParser.ExpandSimpleSearch("foo", options.SimpleSearch));
        Assert.Equal("~f 'it'\\''s' | ~s 'it'\\''s'", PatternParser.ExpandSimpleSearch("it's", PatternOptions.Default.SimpleSearch));
        var p = Parse("foo", options);
        Assert.True(p.ReadsMessageFiles);
    }

    [Fact]
    public void Simple_search_can_be_switched_off_for_muttrc_patterns()
    {
        var error = ParseError("joe", PatternOptions.Default with { AllowSimpleSearch = false });
        Assert.Equal(0, error.Position);
        Assert.Contains("expected ~, =, %, !, | or (", error.Message);
    }

    [Theory]
    [InlineData("", 0, "empty pattern")]
    [InlineData("   ", 0, "empty pattern")]
    [InlineData("~d 32/13/2020", 3, "invalid date: day of month 32 is not 1-31")]
    [InlineData("~d 3/13/2020", 5, "invalid date: month 13 is not 1-12")]
    [InlineData("~d 20201301", 7, "invalid date: month 13 is not 1-12")]
    [InlineData("~d 1/1/2020-40/1/2020", 12, "invalid date: day of month 40 is not 1-31")]
    [InlineData("~d <1x", 5, "invalid relative date: expected a unit (y m w d H M S)")]
    [InlineData("~d <d", 4, "invalid relative date: expected a number and a unit")]
    [InlineData("~d 1/1/2020*", 12, "invalid relative date: expected a number and a unit")]
    [InlineData("~d 1/1/2020?", 11, "invalid date range: expected '-', '+' or '*'")]
    [InlineData("~(~f x", 0, "mismatched parenthesis: expected ')'")]
    [InlineData("~<(~f x", 0, "mismatched parenthesis: expected ')'")]
    [InlineData("(~f x", 0, "mismatched parenthesis: expected ')'")]
    [InlineData("~A )", 3, "mismatched parenthesis: ')' without '('")]
    [InlineData("~A ()", 4, "empty pattern")]
    [InlineData("~q x", 1, "q: invalid pattern modifier")]
    [InlineData("~f", 2, "missing parameter: ~f expects an expression")]
    [InlineData("~d ", 3, "missing parameter: ~d expects a date range")]
    [InlineData("~m", 2, "missing parameter: ~m expects a number range")]
    [InlineData("~A ~", 3, "missing pattern: expected a letter after '~'")]
    [InlineData("~f a |", 5, "expected a pattern after '|'")]
    [InlineData("| ~f a", 0, "expected a pattern before '|'")]
    [InlineData("~f a | | ~f b", 7, "expected a pattern before '|'")]
    [InlineData("~f a !", 5, "expected a pattern after '!'")]
    [InlineData("~f a ! | ~f b", 5, "expected a pattern after '!'")]
    [InlineData("~s 'abc", 3, "unterminated single quote")]
    [InlineData("~s \"abc", 3, "unterminated double quote")]
    [InlineData("~s (b|x)", 3, "invalid regular expression '(b': unmatched ( or \\(")]
    [InlineData("~s [abc", 3, "invalid regular expression '[abc'")]
    [InlineData("~s a\\", 4, "expected a character after '\\'")]
    [InlineData("~m abc", 3, "invalid range: expected a number")]
    [InlineData("~z 10X", 5, "invalid range: expected a number")]
    [InlineData("~z <", 4, "invalid range: expected a number")]
    [InlineData("~n \"5", 5, "expected '\"' to close the range")]
    [InlineData("~f a xyz", 5, "error in pattern at 'xyz'")]
    [InlineData("~s ''", 3, "empty expression")]
    public void Malformed_patterns_name_the_position_and_what_was_expected(string text, int position, string message)
    {
        var error = ParseError(text);
        Assert.Equal(position, error.Position);
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void Error_text_shows_a_one_based_column()
    {
        var error = ParseError("~d 32/13/2020");
        Assert.Equal("invalid date: day of month 32 is not 1-31 (at column 4)", error.ToString());
    }

    [Fact]
    public void Hostile_input_never_throws()
    {
        const string alphabet = "~=%!|()^@<>-+*.$ 'abc\\\"dBmMzZ0123/:[]{}?";
        var random = new Random(4242);
        for (int n = 0; n < 5000; n++)
        {
            var chars = new char[random.Next(1, 24)];
            for (int i = 0; i < chars.Length; i++)
                chars[i] = alphabet[random.Next(alphabet.Length)];
            string text = new(chars);
            bool ok = PatternParser.TryParse(text, PatternOptions.Default, out var pattern, out var error);
            Assert.True(ok ? pattern is not null && error is null : pattern is null && error is not null, text);
            if (error is not null)
                Assert.InRange(error.Position, 0, text.Length);
        }
    }

    [Theory]
    [InlineData("~f joe", false)]
    [InlineData("~b joe", true)]
    [InlineData("~f x (~N | ~h X-Spam)", true)]
    [InlineData("~(~B x)", true)]
    [InlineData("~M text/html", true)]
    [InlineData("~s a ~d <1d ~z 1K- ~m 1-5", false)]
    public void Knows_which_patterns_read_message_files(string text, bool reads) =>
        Assert.Equal(reads, Parse(text).ReadsMessageFiles);

    [Fact]
    public void Every_modifier_of_the_table_compiles()
    {
        var argument = new Dictionary<PatternArgument, string>
        {
            [PatternArgument.None] = "",
            [PatternArgument.Text] = " x",
            [PatternArgument.Date] = " <1d",
            [PatternArgument.Range] = " 1-2",
            [PatternArgument.MessageRange] = " 1-2",
        };
        Assert.Equal(43, PatternModifier.All.Count); // Mutt 2.2 table 4.4
        foreach (var modifier in PatternModifier.All)
            Parse($"~{modifier.Letter}{argument[modifier.Argument]}");
    }
}
