namespace MuttSharp.Cli.Tests.Mta;

public sealed class PostmapCommandTests
{
    [Fact]
    public async Task Postmap_builds_the_index_that_postmap_q_and_hash_tables_read()
    {
        using var cli = new MtaCli();
        string virtualFile = cli.Write("virtual", "# virtual\nInfo@Example.com alice\nbroken\n");

        var build = await cli.RunAsync(["postmap", virtualFile]);
        var found = await cli.RunAsync(["postmap", "-q", "info@example.COM", $"hash:{virtualFile}"]);
        var missing = await cli.RunAsync(["postmap", "-q", "nobody@example.com", virtualFile]);

        Assert.Equal((0, "", $"postmap: warning: {virtualFile}, line 3: expected format: key whitespace value\n"), build);
        Assert.True(File.Exists(virtualFile + ".db"));
        Assert.Equal((0, "alice\n", ""), found);
        Assert.Equal((1, ""), (missing.Code, missing.Out));
    }

    [Fact]
    public async Task Postmap_q_reads_any_supported_table()
    {
        using var cli = new MtaCli();

        var (code, output, _) = await cli.RunAsync(["postmap", "-q", "b", "inline:{ a=1, b=2 }"]);

        Assert.Equal((0, "2\n"), (code, output));
    }

    [Fact]
    public async Task A_missing_source_or_an_unsupported_type_is_fatal()
    {
        using var cli = new MtaCli();
        string absent = Path.Combine(cli.Directory, "absent");

        var missing = await cli.RunAsync(["postmap", absent]);
        var unsupported = await cli.RunAsync(["postmap", "btree:/etc/x"]);

        Assert.Equal(1, missing.Code);
        Assert.StartsWith($"postmap: fatal: open {absent}: ", missing.Error, StringComparison.Ordinal);
        Assert.Equal((1, "postmap: fatal: unsupported dictionary type: btree (postmap builds hash: tables)\n"), (unsupported.Code, unsupported.Error));
    }

    [Fact]
    public async Task Without_a_table_it_is_a_usage_error()
    {
        using var cli = new MtaCli();

        Assert.Equal(ExitCodes.Usage, (await cli.RunAsync(["postmap"])).Code);
    }
}
