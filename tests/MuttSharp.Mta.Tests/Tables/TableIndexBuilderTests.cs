using MuttSharp.Mta.Tables;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Tables;

public sealed class TableIndexBuilderTests
{
    [Fact]
    public async Task Building_reports_bad_lines_and_duplicates_and_indexes_the_rest()
    {
        using var dir = new TempDirectory();
        string source = dir.Write("virtual", "a@example.com alice\nlonely\nA@EXAMPLE.COM bob\nb@example.com carol\n");

        var result = await TableIndexBuilder.BuildAsync(source, TableSyntax.Map, null, writeIndex: true, CancellationToken.None);
        var table = new FileTable("hash", source, TableSyntax.Map, _ => { });

        Assert.Equal(2, result.Entries);
        Assert.Equal([2, 3], result.Warnings.Select(w => w.Line));
        Assert.Equal("alice", await table.LookupAsync("a@example.com", CancellationToken.None));
    }

    [Fact]
    public async Task A_check_only_build_writes_no_index()
    {
        using var dir = new TempDirectory();
        string source = dir.Write("virtual", "a@example.com alice\n");

        var result = await TableIndexBuilder.BuildAsync(source, TableSyntax.Map, _ => "looks odd", writeIndex: false, CancellationToken.None);

        Assert.Equal($"{source}, line 1: looks odd", Assert.Single(result.Warnings).ToString());
        Assert.False(File.Exists(source + ".db"));
    }
}
