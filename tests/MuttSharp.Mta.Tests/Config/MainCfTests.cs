using MuttSharp.Mta.Config;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Config;

public sealed class MainCfTests
{
    [Fact]
    public void Seed_main_cf_parses_with_its_continuation_lines_joined()
    {
        var mainCf = MainCf.Parse(File.ReadAllText(TestHost.TestData("Config", "seed-main.cf")), "main.cf");

        Assert.Empty(mainCf.Diagnostics);
        Assert.True(mainCf.TryGetValue("debugger_command", out string debugger));
        Assert.Equal("PATH=/bin:/usr/bin:/usr/local/bin:/usr/X11R6/bin ddd $daemon_directory/$process_name $process_id & sleep 5", debugger);
        Assert.True(mainCf.TryGetValue("relayhost", out string relayhost));
        Assert.Equal("", relayhost);
        Assert.True(mainCf.TryGetValue("smtpd_banner", out string banner));
        Assert.Equal("$myhostname ESMTP $mail_name (CentOS)", banner);
        Assert.Equal(18, mainCf.Entries.Count);
    }

    [Fact]
    public void The_last_definition_of_a_name_wins()
    {
        var mainCf = MainCf.Parse("mynetworks = 10.0.0.0/8\nmynetworks = 127.0.0.0/8\n", "main.cf");

        Assert.True(mainCf.TryGetValue("mynetworks", out string value));
        Assert.Equal("127.0.0.0/8", value);
    }

    [Fact]
    public void A_hash_inside_a_value_is_part_of_the_value_not_a_comment()
    {
        var mainCf = MainCf.Parse("smtpd_banner = $myhostname # not a comment\n  # but this whole line is\n", "main.cf");

        Assert.True(mainCf.TryGetValue("smtpd_banner", out string value));
        Assert.Equal("$myhostname # not a comment", value);
    }

    [Fact]
    public void A_comment_between_continuation_lines_does_not_end_the_definition()
    {
        var mainCf = MainCf.Parse("mydestination = a,\n# comment\n  b\n", "main.cf");

        Assert.True(mainCf.TryGetValue("mydestination", out string value));
        Assert.Equal("a, b", value);
        Assert.Equal(3, mainCf.Entries[0].LastLine);
    }

    [Fact]
    public void A_line_without_equals_is_reported_with_file_line_and_what_was_expected()
    {
        var mainCf = MainCf.Parse("myhostname = a.example\nthis is wrong\nmydomain = example\n", "/etc/muttsharp/main.cf");

        var diagnostic = Assert.Single(mainCf.Diagnostics);
        Assert.Equal("/etc/muttsharp/main.cf, line 2: missing '=' after parameter name: \"this is wrong\"", diagnostic.ToString());
        Assert.True(mainCf.TryGetValue("mydomain", out _));
    }

    [Fact]
    public void A_first_line_that_starts_with_white_space_is_reported()
    {
        var mainCf = MainCf.Parse("  orphan = 1\nmyhostname = x\n", "main.cf");

        Assert.Equal("main.cf, line 1: logical line must not start with white space", Assert.Single(mainCf.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("= value", "missing parameter name before '='")]
    [InlineData("bad-name = value", "bad parameter name \"bad-name\": expected letters, digits and '_'")]
    public void Malformed_names_are_reported(string line, string expected)
    {
        Assert.Equal($"main.cf, line 1: {expected}", Assert.Single(MainCf.Parse(line, "main.cf").Diagnostics).ToString());
    }

    [Fact]
    public void Edits_replace_the_first_definition_in_place_drop_later_ones_and_keep_comments()
    {
        var mainCf = MainCf.Parse("# top\ninet_interfaces = all\n# mid\ndebugger_command =\n   a\n   b\ninet_interfaces = localhost\n", "main.cf");

        string text = mainCf.WithEdits([new("inet_interfaces", "loopback-only"), new("debugger_command", "x"), new("relayhost", "[smart]:587")]);

        Assert.Equal("# top\ninet_interfaces = loopback-only\n# mid\ndebugger_command = x\nrelayhost = [smart]:587\n", text);
    }

    [Fact]
    public async Task A_missing_file_loads_as_empty_and_says_so()
    {
        var mainCf = await MainCf.LoadAsync(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "main.cf"), CancellationToken.None);

        Assert.False(mainCf.Exists);
        Assert.Empty(mainCf.Entries);
    }
}
