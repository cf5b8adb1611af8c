using MuttSharp.Mta.Tables;

namespace MuttSharp.Mta.Tests.Tables;

public sealed class InlineTableTests
{
    [Fact]
    public async Task Pairs_and_braced_pairs_with_spaces_are_found_case_insensitively()
    {
        Assert.True(InlineTable.TryParse("{ Root=alice, { info = alice, bob } }", out var table, out _));

        Assert.Equal("alice", await table.LookupAsync("root", CancellationToken.None));
        Assert.Equal("alice, bob", await table.LookupAsync("INFO", CancellationToken.None));
        Assert.Null(await table.LookupAsync("nobody", CancellationToken.None));
    }

    [Theory]
    [InlineData("a=b", "bad table \"inline:a=b\": expected inline:{ key=value, ... }")]
    [InlineData("{ a=b, c }", "bad table \"inline:{ a=b, c }\": expected key=value, found \"c\"")]
    public void Malformed_bodies_are_refused_with_what_was_expected(string body, string expected)
    {
        Assert.False(InlineTable.TryParse(body, out _, out string error));
        Assert.Equal(expected, error);
    }
}
