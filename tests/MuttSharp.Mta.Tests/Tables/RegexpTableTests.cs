using MuttSharp.Mta.Tables;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Tables;

public sealed class RegexpTableTests
{
    [Fact]
    public async Task The_first_matching_pattern_wins_and_groups_are_substituted()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("virtual.regexp", "# comment\n/^(.*)-list@example\\.com$/ $1-owner\n/^sales@/ alice\n!/@example\\.com$/ outside\n");
        var table = new RegexpTable(file, _ => { });

        Assert.Equal("dev-owner", await table.LookupAsync("dev-LIST@Example.com", CancellationToken.None));
        Assert.Equal("alice", await table.LookupAsync("sales@example.com", CancellationToken.None));
        Assert.Equal("outside", await table.LookupAsync("x@other.net", CancellationToken.None));
        Assert.Null(await table.LookupAsync("bob@example.com", CancellationToken.None));
    }

    [Fact]
    public async Task The_i_flag_makes_a_pattern_case_sensitive()
    {
        using var dir = new TempDirectory();
        var table = new RegexpTable(dir.Write("r", "/^ABC$/i upper\n"), _ => { });

        Assert.Null(await table.LookupAsync("abc", CancellationToken.None));
        Assert.Equal("upper", await table.LookupAsync("ABC", CancellationToken.None));
    }

    [Fact]
    public async Task Bad_lines_are_warned_about_by_line_and_skipped()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("r", "/(unclosed/ x\nno-slashes y\n/ok/ fine\n/nores/\n");
        var warnings = new List<string>();
        var table = new RegexpTable(file, warnings.Add);

        Assert.Equal("fine", await table.LookupAsync("ok", CancellationToken.None));
        Assert.Equal(3, warnings.Count);
        Assert.StartsWith($"{file}, line 1: bad pattern /(unclosed/", warnings[0], StringComparison.Ordinal);
        Assert.Equal($"{file}, line 2: expected /pattern/ at the start of the line (if/endif are not supported)", warnings[1]);
        Assert.Equal($"{file}, line 4: expected a result after the pattern", warnings[2]);
    }
}
