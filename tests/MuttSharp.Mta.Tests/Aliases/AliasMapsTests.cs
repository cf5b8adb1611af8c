using MuttSharp.Mta.Aliases;
using MuttSharp.Mta.Tables;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Aliases;

public sealed class AliasMapsTests
{
    private static AliasMaps Seed(string delimiter = "+") =>
        new([new FileTable("texthash", TestHost.TestData("Aliases", "aliases"), TableSyntax.Aliases, _ => { })], delimiter);

    [Fact]
    public async Task The_seed_aliases_resolve_as_in_postfix()
    {
        var maps = Seed();

        var postmaster = await maps.FindAsync("postmaster", CancellationToken.None);
        var root = await maps.FindAsync("root", CancellationToken.None);

        Assert.Equal([new AliasTarget(AliasTargetKind.Address, "root")], postmaster!.Targets);
        Assert.Equal([new AliasTarget(AliasTargetKind.Address, "microlinux")], root!.Targets);
    }

    [Fact]
    public async Task Continuation_lines_belong_to_the_alias_above()
    {
        var team = await Seed().FindAsync("team", CancellationToken.None);

        Assert.Equal(5, team!.Targets.Count);
        Assert.Equal(new AliasTarget(AliasTargetKind.Address, "bob@example.org"), team.Targets[^1]);
    }

    [Fact]
    public async Task Local_names_are_case_insensitive()
    {
        var maps = Seed();

        Assert.Equal("support", (await maps.FindAsync("SUPPORT", CancellationToken.None))!.Name);
        Assert.NotNull(await maps.FindAsync("PostMaster", CancellationToken.None));
    }

    [Fact]
    public async Task An_extension_falls_back_to_the_bare_name()
    {
        var match = await Seed().FindAsync("root+cron", CancellationToken.None);

        Assert.Equal("root", match!.Name);
    }

    [Fact]
    public async Task Without_a_recipient_delimiter_there_is_no_fallback()
    {
        Assert.Null(await Seed(delimiter: "").FindAsync("root+cron", CancellationToken.None));
    }

    [Fact]
    public async Task Owner_aliases_are_found()
    {
        var maps = Seed();

        Assert.True(await maps.HasOwnerAsync("team", CancellationToken.None));
        Assert.False(await maps.HasOwnerAsync("root", CancellationToken.None));
    }

    [Fact]
    public async Task A_malformed_value_is_a_match_with_an_error()
    {
        var maps = new AliasMaps([new StaticTable("\"|unclosed")], "");

        var match = await maps.FindAsync("x", CancellationToken.None);

        Assert.Empty(match!.Targets);
        Assert.Equal("static:\"|unclosed: alias x: missing closing '\"' in alias value", match.Error);
    }

    [Fact]
    public async Task Include_files_list_targets_with_comments()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("members", "# the team\nalice, carol\n\"|/bin/cat\"\n");

        var (targets, error) = await AliasMaps.ReadIncludeAsync(path, CancellationToken.None);

        Assert.Null(error);
        Assert.Equal(["alice", "carol", "\"|/bin/cat\""], targets.Select(t => t.ToString()));
    }

    [Fact]
    public async Task A_bad_include_file_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("members", "alice\n\"|broken\n");

        var (_, malformed) = await AliasMaps.ReadIncludeAsync(path, CancellationToken.None);
        var (_, missing) = await AliasMaps.ReadIncludeAsync(Path.Combine(dir.Path, "none"), CancellationToken.None);

        Assert.Equal($"{path}, line 2: missing closing '\"' in alias value", malformed);
        Assert.StartsWith($"cannot open include file {Path.Combine(dir.Path, "none")}", missing, StringComparison.Ordinal);
    }
}
