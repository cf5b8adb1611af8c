using MuttSharp.Mta.Aliases;
using MuttSharp.Mta.Tables;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Aliases;

public sealed class AliasDatabaseTests
{
    [Fact]
    public async Task The_seed_aliases_build_an_index_hash_tables_read()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("aliases", "postmaster: root\nroot      : microlinux\n");

        var result = await AliasDatabase.BuildAsync(path, CancellationToken.None);
        var table = new FileTable("hash", path, TableSyntax.Aliases, _ => throw new InvalidOperationException("no warning expected"));

        Assert.Equal(2, result.Entries);
        Assert.Empty(result.Warnings);
        Assert.Null(result.Fatal);
        Assert.Equal("microlinux", await table.LookupAsync("root", CancellationToken.None));
    }

    [Fact]
    public async Task Errors_are_reported_by_line_in_file_order()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("aliases", "root: alice\nbroken line\nteam: \"|unclosed\nRoot: bob\n");

        var result = await AliasDatabase.BuildAsync(path, CancellationToken.None);

        Assert.Equal(
        [
            $"{path}, line 2: need name:value pair",
            $"{path}, line 3: alias team: missing closing '\"' in alias value",
            $"{path}, line 4: duplicate entry: \"root\"",
        ], result.Warnings.Select(w => w.ToString()));
        Assert.Equal(2, result.Entries);
    }

    [Fact]
    public async Task A_missing_file_is_fatal_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "aliases");

        var result = await AliasDatabase.BuildAsync(path, CancellationToken.None);

        Assert.StartsWith($"open {path}: ", result.Fatal, StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".db"));
    }
}
