using MuttSharp.Mta.Tables;

namespace MuttSharp.Mta.Tests.Tables;

public sealed class StaticTableTests
{
    [Theory]
    [InlineData("vmail", "vmail")]
    [InlineData("{ text with spaces }", "text with spaces")]
    public async Task Every_key_finds_the_same_value(string body, string expected)
    {
        var table = new StaticTable(body);

        Assert.Equal(expected, await table.LookupAsync("anything", CancellationToken.None));
        Assert.Equal(expected, await table.LookupAsync("", CancellationToken.None));
    }
}
