using MuttSharp.Mta.Tables;

namespace MuttSharp.Mta.Tests.Tables;

public sealed class TableSourceTests
{
    [Fact]
    public void Map_syntax_is_key_white_space_value_with_continuations_and_comments()
    {
        var (entries, diagnostics) = TableSource.Parse("# comment\nsales@example.com  alice,\n    bob\n\n@example.net  carol\n", "virtual", TableSyntax.Map);

        Assert.Empty(diagnostics);
        Assert.Equal([new TableEntry("sales@example.com", "alice, bob", 2), new TableEntry("@example.net", "carol", 5)], entries);
    }

    [Fact]
    public void Alias_syntax_is_name_colon_value_and_allows_space_before_the_colon()
    {
        var (entries, diagnostics) = TableSource.Parse("postmaster: root\nroot      : microlinux\n\"odd name\": x\n", "aliases", TableSyntax.Aliases);

        Assert.Empty(diagnostics);
        Assert.Equal(["postmaster=root", "root=microlinux", "odd name=x"], entries.Select(e => $"{e.Key}={e.Value}"));
    }

    [Theory]
    [InlineData(TableSyntax.Aliases, "root microlinux", "aliases, line 1: need name:value pair")]
    [InlineData(TableSyntax.Aliases, "root:", "aliases, line 1: need name:value pair: no value after \"root:\"")]
    [InlineData(TableSyntax.Map, "lonelykey", "aliases, line 1: expected format: key whitespace value")]
    [InlineData(TableSyntax.Map, "  indented value", "aliases, line 1: entry must not start with white space: expected a key at the start of the line")]
    public void Bad_lines_are_reported_by_line_and_skipped(TableSyntax syntax, string line, string expected)
    {
        var (entries, diagnostics) = TableSource.Parse(line + "\ngood: value\n", "aliases", syntax);

        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
        Assert.Single(entries);
    }
}
