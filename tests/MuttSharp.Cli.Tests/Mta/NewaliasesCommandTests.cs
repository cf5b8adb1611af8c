namespace MuttSharp.Cli.Tests.Mta;

public sealed class NewaliasesCommandTests
{
    [Fact]
    public async Task Newaliases_reports_errors_by_line_and_builds_the_index_of_alias_database()
    {
        using var cli = new MtaCli();
        string aliases = cli.Write("aliases", "postmaster: root\nroot      : microlinux\nbad line\nlist: \"|unclosed\n");
        cli.Write("main.cf", $"alias_maps = hash:{aliases}\nalias_database = hash:{aliases}\n");

        var (code, output, error) = await cli.RunAsync(["newaliases"]);

        Assert.Equal((0, ""), (code, output));
        Assert.Equal(
            $"newaliases: warning: {aliases}, line 3: need name:value pair\n" +
            $"newaliases: warning: {aliases}, line 4: alias list: missing closing '\"' in alias value\n",
            error);
        Assert.True(File.Exists(aliases + ".db"));
        Assert.Equal("microlinux\n", (await cli.RunAsync(["postmap", "-q", "ROOT", $"hash:{aliases}"])).Out);
    }

    [Fact]
    public async Task Run_as_newaliases_by_name_with_dash_c()
    {
        using var cli = new MtaCli();
        string aliases = cli.Write("aliases", "postmaster: root\n");
        cli.Write("main.cf", $"alias_database = hash:{aliases}\n");

        var (code, _, error) = await cli.RunAsync(["-c", cli.Directory], programName: "newaliases");

        Assert.Equal((0, ""), (code, error));
        Assert.True(File.Exists(aliases + ".db"));
    }

    [Fact]
    public async Task A_texthash_database_is_checked_but_not_indexed()
    {
        using var cli = new MtaCli();
        string aliases = cli.Write("aliases", "postmaster root\n");
        cli.Write("main.cf", $"alias_database = texthash:{aliases}\n");

        var (code, _, error) = await cli.RunAsync(["newaliases"]);

        Assert.Equal((0, $"newaliases: warning: {aliases}, line 1: need name:value pair\n"), (code, error));
        Assert.False(File.Exists(aliases + ".db"));
    }

    [Fact]
    public async Task A_missing_aliases_file_or_unsupported_type_is_fatal()
    {
        using var cli = new MtaCli();
        cli.Write("main.cf", $"alias_database = hash:{Path.Combine(cli.Directory, "none")}, nis:mail.aliases\n");

        var missing = await cli.RunAsync(["newaliases"]);
        cli.Write("main.cf", "alias_database = nis:mail.aliases\n");
        var unsupported = await cli.RunAsync(["newaliases"]);

        Assert.Equal(1, missing.Code);
        Assert.StartsWith("newaliases: fatal: open ", missing.Error, StringComparison.Ordinal);
        Assert.Equal((1, "newaliases: fatal: parameter alias_database: unsupported dictionary type: nis\n"), (unsupported.Code, unsupported.Error));
    }
}
