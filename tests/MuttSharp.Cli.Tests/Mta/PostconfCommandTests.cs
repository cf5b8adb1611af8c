namespace MuttSharp.Cli.Tests.Mta;

public sealed class PostconfCommandTests
{
    [Fact]
    public async Task The_seed_postconf_examples_print_as_in_postfix()
    {
        using var cli = new MtaCli();
        cli.Write("main.cf", File.ReadAllText(MtaCli.TestData("centos-main.cf")));

        var set = await cli.RunAsync(["postconf", "inet_interfaces"]);
        var builtIn = await cli.RunAsync(["postconf", "-d", "inet_interfaces"]);

        Assert.Equal((0, "inet_interfaces = localhost\n", ""), set);
        Assert.Equal((0, "inet_interfaces = all\n", ""), builtIn);
    }

    [Fact]
    public async Task Dash_n_prints_what_the_seed_main_cf_sets_sorted_by_name()
    {
        using var cli = new MtaCli();
        cli.Write("main.cf", File.ReadAllText(MtaCli.TestData("seed-main.cf")));

        var (code, output, error) = await cli.RunAsync(["postconf", "-n"]);

        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(MtaCli.TestData("seed-postconf-n.txt")), output);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Dash_c_names_the_directory_and_symlink_names_run_the_command()
    {
        using var cli = new MtaCli();
        using var other = new MtaCli();
        other.Write("main.cf", "myhostname = other.example\n");

        var (code, output, _) = await cli.RunAsync(["-c", other.Directory, "myhostname"], programName: "/usr/sbin/postconf");

        Assert.Equal((0, "myhostname = other.example\n"), (code, output));
    }

    [Fact]
    public async Task Dash_x_expands_and_dash_h_prints_the_value_alone()
    {
        using var cli = new MtaCli();
        cli.Write("main.cf", "myhostname = mail.example.com\nmydestination = $myhostname, localhost.$mydomain, localhost, $mydomain\n");

        var expanded = await cli.RunAsync(["postconf", "-x", "mydestination"]);
        var bare = await cli.RunAsync(["postconf", "-h", "mydestination"]);

        Assert.Equal("mydestination = mail.example.com, localhost.example.com, localhost, example.com\n", expanded.Out);
        Assert.Equal("$myhostname, localhost.$mydomain, localhost, $mydomain\n", bare.Out);
    }

    [Fact]
    public async Task Unknown_and_unused_names_are_warned_about_as_postfix_does()
    {
        using var cli = new MtaCli();
        cli.Write("main.cf", "foo = bar\nrelayhost =\n");

        var (code, output, error) = await cli.RunAsync(["postconf", "relayhost", "no_such_thing"]);

        Assert.Equal(0, code);
        Assert.Equal("relayhost =\n", output);
        Assert.Equal($"postconf: warning: {cli.MainCf}: unused parameter: foo=bar\npostconf: warning: no_such_thing: unknown parameter\n", error);
    }

    [Fact]
    public async Task A_malformed_line_is_warned_about_with_file_and_line()
    {
        using var cli = new MtaCli();
        cli.Write("main.cf", "myhostname = a.example\nbroken line here\n");

        var (code, output, error) = await cli.RunAsync(["postconf", "myhostname"]);

        Assert.Equal((0, "myhostname = a.example\n"), (code, output));
        Assert.Equal($"postconf: warning: {cli.MainCf}, line 2: missing '=' after parameter name: \"broken line here\"\n", error);
    }

    [Fact]
    public async Task Without_main_cf_only_dash_d_works()
    {
        using var cli = new MtaCli();

        var plain = await cli.RunAsync(["postconf", "myhostname"]);
        var defaults = await cli.RunAsync(["postconf", "-d", "message_size_limit", "smtpd_relay_restrictions"]);

        Assert.Equal((1, "", $"postconf: fatal: open {cli.MainCf}: No such file or directory\n"), plain);
        Assert.Equal("message_size_limit = 10240000\nsmtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination\n", defaults.Out);
    }

    [Fact]
    public async Task Without_names_every_known_parameter_is_printed_once_in_order()
    {
        using var cli = new MtaCli();
        cli.Write("main.cf", "inet_interfaces = localhost\n");

        var (_, output, _) = await cli.RunAsync(["postconf"]);
        string[] lines = output.TrimEnd('\n').Split('\n');
        string[] names = lines.Select(l => l.Split(" =")[0]).ToArray();

        Assert.Contains("inet_interfaces = localhost", lines);
        Assert.Contains("queue_directory = /var/spool/muttsharp", lines);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Length, names.Distinct().Count());
    }

    [Fact]
    public async Task Dash_e_edits_in_place_keeping_comments_and_appending_new_names()
    {
        using var cli = new MtaCli();
        cli.Write("main.cf", "# Interfaces\ninet_interfaces = localhost\n\n# Debugging\ndebugger_command =\n   PATH=/bin\n   ddd\n");

        var (code, _, error) = await cli.RunAsync(["postconf", "-e", "inet_interfaces=all", "debugger_command = gdb", "relayhost=[smart.example]:587"]);

        Assert.Equal((0, ""), (code, error));
        Assert.Equal("# Interfaces\ninet_interfaces = all\n\n# Debugging\ndebugger_command = gdb\nrelayhost = [smart.example]:587\n", File.ReadAllText(cli.MainCf));
        Assert.Equal(["main.cf"], Directory.GetFiles(cli.Directory).Select(Path.GetFileName));
        Assert.Equal("inet_interfaces = all\n", (await cli.RunAsync(["postconf", "inet_interfaces"])).Out);
    }

    [Fact]
    public async Task Dash_e_without_an_assignment_is_fatal_and_changes_nothing()
    {
        using var cli = new MtaCli();
        cli.Write("main.cf", "inet_interfaces = localhost\n");

        var (code, _, error) = await cli.RunAsync(["postconf", "-e", "inet_interfaces"]);

        Assert.Equal(1, code);
        Assert.Equal("postconf: fatal: edit: bad parameter assignment \"inet_interfaces\": expected name=value\n", error);
        Assert.Equal("inet_interfaces = localhost\n", File.ReadAllText(cli.MainCf));
    }

    [Theory]
    [InlineData("-z")]
    [InlineData("-d -n")]
    public async Task Bad_options_are_usage_errors(string options)
    {
        using var cli = new MtaCli();

        var (code, _, error) = await cli.RunAsync(["postconf", .. options.Split(' ')]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("usage: postconf", error, StringComparison.Ordinal);
    }
}
