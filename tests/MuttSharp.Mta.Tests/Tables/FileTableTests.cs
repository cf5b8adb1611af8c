using MuttSharp.Mta.Tables;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Tables;

public sealed class FileTableTests
{
    private static async Task BuildIndexAsync(string source)
    {
        var (entries, _) = TableSource.Parse(await File.ReadAllTextAsync(source), source, TableSyntax.Map);
        await TableIndex.WriteAsync(TableIndex.PathFor(source), entries.Select(e => KeyValuePair.Create(e.Key, e.Value)), CancellationToken.None);
    }

    [Fact]
    public async Task Texthash_reads_the_source_and_folds_case()
    {
        using var dir = new TempDirectory();
        string source = dir.Write("virtual", "Info@Example.com alice\n");
        var warnings = new List<string>();
        var table = new FileTable("texthash", source, TableSyntax.Map, warnings.Add);

        Assert.Equal("alice", await table.LookupAsync("info@EXAMPLE.com", CancellationToken.None));
        Assert.Null(await table.LookupAsync("other@example.com", CancellationToken.None));
        Assert.Empty(warnings);
        Assert.Equal($"texthash:{source}", table.Name);
    }

    [Fact]
    public async Task Hash_reads_the_index_not_the_source()
    {
        using var dir = new TempDirectory();
        string source = dir.Write("virtual", "a@example.com indexed\n");
        await BuildIndexAsync(source);
        await File.WriteAllTextAsync(source, "a@example.com edited-but-not-indexed\n");
        TempDirectory.Touch(source, DateTime.UtcNow.AddMinutes(-10));
        var warnings = new List<string>();

        var table = new FileTable("hash", source, TableSyntax.Map, warnings.Add);

        Assert.Equal("indexed", await table.LookupAsync("a@example.com", CancellationToken.None));
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task A_stale_index_is_used_with_postfix_warning()
    {
        using var dir = new TempDirectory();
        string source = dir.Write("virtual", "a@example.com old\n");
        await BuildIndexAsync(source);
        TempDirectory.Touch(TableIndex.PathFor(source), DateTime.UtcNow.AddMinutes(-10));
        var warnings = new List<string>();

        var table = new FileTable("hash", source, TableSyntax.Map, warnings.Add);

        Assert.Equal("old", await table.LookupAsync("a@example.com", CancellationToken.None));
        Assert.Equal($"database {source}.db is older than source file {source}", Assert.Single(warnings));
    }

    [Fact]
    public async Task A_missing_index_falls_back_to_the_source_with_a_warning()
    {
        using var dir = new TempDirectory();
        string source = dir.Write("virtual", "a@example.com from-source\n");
        var warnings = new List<string>();

        var table = new FileTable("hash", source, TableSyntax.Map, warnings.Add);

        Assert.Equal("from-source", await table.LookupAsync("a@example.com", CancellationToken.None));
        Assert.Contains("does not exist; reading source file", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rebuilt_index_is_noticed_on_the_next_lookup()
    {
        using var dir = new TempDirectory();
        string source = dir.Write("virtual", "a@example.com first\n");
        await BuildIndexAsync(source);
        TempDirectory.Touch(TableIndex.PathFor(source), DateTime.UtcNow.AddMinutes(-5));
        TempDirectory.Touch(source, DateTime.UtcNow.AddMinutes(-6));
        var table = new FileTable("hash", source, TableSyntax.Map, _ => { });
        Assert.Equal("first", await table.LookupAsync("a@example.com", CancellationToken.None));

        await File.WriteAllTextAsync(source, "a@example.com second\n");
        await BuildIndexAsync(source);

        Assert.Equal("second", await table.LookupAsync("a@example.com", CancellationToken.None));
    }

    [Fact]
    public async Task A_missing_source_is_an_empty_table_with_a_warning()
    {
        using var dir = new TempDirectory();
        var warnings = new List<string>();
        var table = new FileTable("texthash", Path.Combine(dir.Path, "nope"), TableSyntax.Map, warnings.Add);

        Assert.Null(await table.LookupAsync("x", CancellationToken.None));
        Assert.StartsWith("open texthash:", Assert.Single(warnings), StringComparison.Ordinal);
    }
}
