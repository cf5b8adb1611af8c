using MuttSharp.Core.Compose;

namespace MuttSharp.Core.Tests.Compose;

public sealed class AddressQueryTests
{
    [Fact]
    public void TheTypedTextReplacesPercentSAsOneArgument() =>
        Assert.Equal(["abook", "--mutt-query", "Jane; rm -rf ~"], AddressQuery.Arguments("abook --mutt-query '%s'", "Jane; rm -rf ~"));

    [Fact]
    public void WithoutPercentSTheTextIsAppended() =>
        Assert.Equal(["lbdbq", "jane"], AddressQuery.Arguments("lbdbq", "jane"));

    [Fact]
    public void TheOutputIsAMessageLineThenTabSeparatedResults()
    {
        var result = AddressQuery.Parse("Searching database... 2 entries\njane@example.org\tJane Doe\twork\nbob@example.org\n\n");

        Assert.Equal("Searching database... 2 entries", result.Message);
        Assert.Null(result.Error);
        Assert.Collection(result.Entries,
            e => Assert.Equal((1, "jane@example.org", "Jane Doe", "work"), (e.Number, e.Address, e.Name, e.Extra)),
            e => Assert.Equal((2, "bob@example.org", "", ""), (e.Number, e.Address, e.Name, e.Extra)));
    }

    [Fact]
    public async Task RunningTheCommandPassesTheTextWithoutAShell()
    {
        var result = await AddressQuery.RunAsync("printf 'found\\n%b\\tName\\n' '%s'", "a$(id)b@example.org");

        Assert.Null(result.Error);
        Assert.Equal("found", result.Message);
        Assert.Equal("a$(id)b@example.org", Assert.Single(result.Entries).Address);
    }

    [Fact]
    public async Task ACommandThatCannotStartIsAnError()
    {
        var result = await AddressQuery.RunAsync("/nonexistent/query-tool %s", "x");

        Assert.NotNull(result.Error);
        Assert.Empty(result.Entries);
    }
}
