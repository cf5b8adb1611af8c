namespace MuttSharp.Cli.Tests.Config;

/// <summary><c>-D</c>, <c>-Q</c>, <c>-e</c>, <c>-F</c>, <c>-n</c>: compared character for character with Mutt where it is installed.</summary>
public sealed class ConfigQueryCommandTests : IDisposable
{
    private readonly MuttOracle _oracle = new();

    public void Dispose() => _oracle.Dispose();

    private static string WithoutMuttSharpOnlyVariables(string dump) =>
        string.Concat(dump.Split('\n').Where(line => line.Length > 0 && !MuttOracle.NotInDebiansMutt.Contains(line.Split(' ', '=')[0])).Select(line => line + "\n"));

    [MuttOracleFact]
    public async Task Dump_of_the_defaults_matches_mutt()
    {
        var mutt = await _oracle.RunMuttAsync("-n", "-F", "/dev/null", "-D");
        var ours = await _oracle.RunMuttSharpAsync("-n", "-F", "/dev/null", "-D");

        Assert.Equal(0, ours.Code);
        Assert.Equal(mutt.Out, WithoutMuttSharpOnlyVariables(ours.Out));
        Assert.Equal(mutt.Error, ours.Error);
    }

    [MuttOracleFact]
    public async Task Dump_after_reading_a_muttrc_with_every_form_of_set_matches_mutt()
    {
        string rc = MuttOracle.TestData("oracle.muttrc");

        var mutt = await _oracle.RunMuttAsync("-n", "-F", rc, "-D");
        var ours = await _oracle.RunMuttSharpAsync("-n", "-F", rc, "-D");

        Assert.Equal(mutt.Out, WithoutMuttSharpOnlyVariables(ours.Out));
        Assert.Equal(mutt.Error, ours.Error);
    }

    [MuttOracleFact]
    public async Task Dump_after_reading_sample_muttrc_matches_mutt_and_reports_no_error()
    {
        string rc = MuttOracle.RepositoryFile("sample.muttrc");

        var mutt = await _oracle.RunMuttAsync("-n", "-F", rc, "-D");
        var ours = await _oracle.RunMuttSharpAsync("-n", "-F", rc, "-D");

        Assert.Equal("", ours.Error);
        Assert.Equal(mutt.Out, WithoutMuttSharpOnlyVariables(ours.Out));
    }

    [MuttOracleFact]
    public async Task Query_of_each_variable_type_synonyms_and_my_variables_matches_mutt()
    {
        string[] names = ["folder", "mbox", "record", "header_cache", "signature", "mbox_type", "index_format", "date_format", "my_name", "realname",
            "pager_context", "wrap", "history", "sort", "sort_aux", "sort_browser", "sort_alias", "sidebar_sort_method", "pgp_sort_keys",
            "sort_thread_groups", "quit", "copy", "beep", "help", "markers", "edit_hdrs", "edit_headers", "forw_format", "from",
            "reply_regexp", "quote_regexp", "attach_sep", "editor", "visual", "query_command", "mask", "alias_file", "spoolfile", "hostname"];
        string[] args = ["-n", "-F", MuttOracle.TestData("oracle.muttrc"), .. names.SelectMany(name => new[] { "-Q", name })];

        var mutt = await _oracle.RunMuttAsync(args);
        var ours = await _oracle.RunMuttSharpAsync(args);

        Assert.Equal(0, ours.Code);
        Assert.Equal(names.Length, ours.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(mutt.Out, ours.Out);
    }

    [MuttOracleFact]
    public async Task Errors_in_a_muttrc_are_printed_as_mutt_prints_them()
    {
        string rc = Path.Combine(_oracle.Home, "errors.rc");
        await File.WriteAllTextAsync(rc, "set nosuch=3\nset pager_context=abc\nset sort=bogus\nfoo bar\nset quit=maybe\nset beep=3\nmy_hdr nocolon\nsource /nonexistent.rc\nset wrap=7\n");
        string[] args = ["-n", "-F", rc, "-Q", "wrap"];

        var mutt = await _oracle.RunMuttAsync(args);
        var ours = await _oracle.RunMuttSharpAsync(args);

        Assert.Equal("wrap=7\n", ours.Out);
        Assert.Equal(mutt.Error, ours.Error);
        Assert.Equal(mutt.Code, ours.Code);
    }

    [MuttOracleFact]
    public async Task Minus_e_runs_after_the_files_and_its_errors_say_command_line()
    {
        string[] args = ["-n", "-F", MuttOracle.TestData("oracle.muttrc"), "-e", "set wrap=9; set bogus", "-Q", "wrap", "-Q", "quit"];

        var mutt = await _oracle.RunMuttAsync(args);
        var ours = await _oracle.RunMuttSharpAsync(args);

        Assert.Equal("wrap=9\nquit=ask-no\n", ours.Out);
        Assert.Equal(mutt.Out, ours.Out);
        Assert.Equal(mutt.Error, ours.Error);
    }

    [MuttOracleFact]
    public async Task A_failing_minus_e_command_stops_the_ones_after_it_as_in_mutt()
    {
        string[] args = ["-n", "-F", "/dev/null", "-e", "set bogus", "-e", "set wrap=5", "-Q", "wrap"];

        var mutt = await _oracle.RunMuttAsync(args);
        var ours = await _oracle.RunMuttSharpAsync(args);

        Assert.Equal("wrap=0\n", ours.Out);
        Assert.Equal((mutt.Code, mutt.Out, mutt.Error), ours);
    }

    [MuttOracleFact]
    public async Task Query_of_an_unknown_variable_stops_with_exit_code_1_as_in_mutt()
    {
        string[] args = ["-n", "-F", "/dev/null", "-Q", "wrap", "-Q", "nosuch", "-Q", "beep"];

        var mutt = await _oracle.RunMuttAsync(args);
        var ours = await _oracle.RunMuttSharpAsync(args);

        Assert.Equal(1, ours.Code);
        Assert.Equal((mutt.Code, mutt.Out, mutt.Error), ours);
    }

    [MuttOracleFact]
    public async Task A_missing_minus_f_file_is_an_error_with_exit_code_1_as_in_mutt()
    {
        var mutt = await _oracle.RunMuttAsync("-n", "-F", "/nonexistent/muttrc", "-Q", "wrap");
        var ours = await _oracle.RunMuttSharpAsync("-n", "-F", "/nonexistent/muttrc", "-Q", "wrap");

        Assert.Equal(1, ours.Code);
        Assert.Equal((mutt.Code, mutt.Out, mutt.Error), ours);
    }

    [MuttOracleFact]
    public async Task Debians_system_muttrc_loads_as_quietly_as_in_mutt()
    {
        var mutt = await _oracle.RunMuttAsync("-F", "/dev/null", "-Q", "mbox_type");
        var ours = await _oracle.RunMuttSharpAsync("-F", "/dev/null", "-Q", "mbox_type");

        Assert.Equal((mutt.Code, mutt.Out, mutt.Error), ours);
    }

    [MuttOracleFact]
    public async Task Minus_a_prints_each_aliases_own_list_and_an_unknown_name_exits_one()
    {
        string rc = Path.Combine(_oracle.Home, "aliases.rc");
        await File.WriteAllTextAsync(rc, "alias bob Bob Stone <bob@example.com>\nalias team bob, carol@example.com\nalias jr \"Bob, Jr.\" <j@x.example>\n");

        foreach (string[] args in new[] { new[] { "-A", "bob", "-A", "team", "-A", "jr" }, ["-A", "bob", "-A", "nobody"] })
        {
            var mutt = await _oracle.RunMuttAsync(["-n", "-F", rc, .. args]);
            var ours = await _oracle.RunMuttSharpAsync(["-n", "-F", rc, .. args]);

            Assert.Equal((mutt.Code, mutt.Out, mutt.Error), ours);
        }
    }

    [MuttOracleFact]
    public async Task Minus_m_sets_the_mailbox_type_over_the_muttrc_and_minus_e_and_an_unknown_type_is_ignored()
    {
        foreach (string type in new[] { "maildir", "MH", "bogus" })
        {
            var mutt = await _oracle.RunMuttAsync("-n", "-F", "/dev/null", "-e", "set mbox_type=MMDF", "-m", type, "-Q", "mbox_type");
            var ours = await _oracle.RunMuttSharpAsync("-n", "-F", "/dev/null", "-e", "set mbox_type=MMDF", "-m", type, "-Q", "mbox_type");

            Assert.Equal((mutt.Code, mutt.Out, mutt.Error), ours);
        }
    }

    [Fact]
    public async Task Without_minus_f_the_users_muttrc_and_config_toml_are_read()
    {
        await File.WriteAllTextAsync(Path.Combine(_oracle.Home, ".muttrc"), "set wrap=60 sort=threads\n");
        Directory.CreateDirectory(Path.Combine(_oracle.Home, ".config", "muttsharp"));
        await File.WriteAllTextAsync(Path.Combine(_oracle.Home, ".config", "muttsharp", "config.toml"), "wrap = 70\ntheme = \"dark\"\n");

        var ours = await _oracle.RunMuttSharpAsync("-n", "-Q", "wrap", "-Q", "sort", "-Q", "theme", "-Q", "alias_file");

        Assert.Equal("", ours.Error);
        Assert.Equal("wrap=70\nsort=threads\ntheme=\"dark\"\nalias_file=\"~/.muttrc\"\n", ours.Out);
    }

    [Theory]
    [InlineData("-F", "option requires an argument -- 'F'")]
    [InlineData("-Q", "option requires an argument -- 'Q'")]
    [InlineData("-X", "invalid option -- 'X'")]
    public async Task Malformed_flags_are_usage_errors(string flag, string message)
    {
        var ours = await _oracle.RunMuttSharpAsync(flag);

        Assert.Equal(ExitCodes.Usage, ours.Code);
        Assert.StartsWith($"muttsharp: {message}\n", ours.Error);
    }

    [Fact]
    public async Task Version_flag_still_works_beside_the_reader_flags()
    {
        var ours = await _oracle.RunMuttSharpAsync("-v");

        Assert.Equal(0, ours.Code);
        Assert.StartsWith("MuttSharp ", ours.Out);
    }
}
