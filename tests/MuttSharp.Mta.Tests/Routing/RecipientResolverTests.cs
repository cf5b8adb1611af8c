using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Routing;

public sealed class RecipientResolverTests
{
    private static async Task<RecipientResolution> Resolve(MailWorld world, string recipient) =>
        await new RecipientResolver(world.Directory).ResolveAsync(recipient, CancellationToken.None);

    [Fact]
    public async Task Postmaster_resolves_through_root_to_microlinux_maildir_as_in_the_seed()
    {
        using var world = new MailWorld();

        var result = await Resolve(world, "postmaster@example.com");

        var target = Assert.Single(result.Targets);
        Assert.Empty(result.Failures);
        Assert.Equal(DeliveryTargetKind.Maildir, target.Kind);
        Assert.Equal(Path.Combine(world.Home("microlinux"), "Maildir/"), target.Path);
        Assert.Equal("postmaster@example.com", target.OriginalRecipient);
        Assert.Equal("postmaster@example.com", target.DeliveredTo);
        Assert.Equal("microlinux", target.RunAs!.Name);
    }

    [Fact]
    public async Task A_bare_name_keeps_its_original_form_and_is_delivered_to_name_at_myorigin()
    {
        using var world = new MailWorld();

        var target = Assert.Single((await Resolve(world, "root")).Targets);

        Assert.Equal("root", target.OriginalRecipient);
        Assert.Equal("root@mail.example.com", target.DeliveredTo);
    }

    [Fact]
    public async Task A_list_alias_gives_every_kind_of_target_with_the_owner_as_envelope_sender()
    {
        using var world = new MailWorld();

        var result = await Resolve(world, "team@example.com");

        Assert.Empty(result.Failures);
        Assert.Equal(
        [
            $"maildir {Path.Combine(world.Home("alice"), "Maildir/")}",
            "command /usr/local/bin/archive --list team",
            "mbox /var/log/team.mbox",
            "remote bob@example.org",
        ], result.Targets.Select(t => t.ToString()));
        Assert.All(result.Targets, t => Assert.Equal("owner-team@mail.example.com", t.EnvelopeSender));
        Assert.Equal(["/usr/local/bin/archive", "--list", "team"], result.Targets[1].Command);
        Assert.Equal("team@example.com", result.Targets[3].DeliveredTo);
    }

    [Fact]
    public async Task Include_files_are_read_and_commands_in_them_are_restricted_by_default()
    {
        using var world = new MailWorld();

        var result = await Resolve(world, "members@example.com");

        Assert.Equal(["maildir", "remote"], result.Targets.Select(t => t.Kind.ToString().ToLowerInvariant()));
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("5.7.1", "mail to command is restricted"), (failure.Status, failure.Reason));
    }

    [Fact]
    public async Task Commands_in_include_files_are_allowed_when_allow_mail_to_commands_says_include()
    {
        using var world = new MailWorld("allow_mail_to_commands = alias, forward, include");

        var result = await Resolve(world, "members@example.com");

        Assert.Empty(result.Failures);
        Assert.Contains(result.Targets, t => t.Kind == DeliveryTargetKind.Command && t.Command![0] == "/bin/cat");
    }

    [Fact]
    public async Task An_alias_that_names_itself_delivers_to_the_mailbox_of_that_name()
    {
        using var world = new MailWorld(aliases: "alice: alice, carol@example.org\n");

        var result = await Resolve(world, "alice@example.com");

        Assert.Equal(["maildir", "remote"], result.Targets.Select(t => t.Kind.ToString().ToLowerInvariant()));
        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task An_alias_loop_ends_instead_of_expanding_forever()
    {
        using var world = new MailWorld(aliases: "ping: pong, alice\npong: ping\n");

        var result = await Resolve(world, "ping@example.com");

        Assert.Equal(DeliveryTargetKind.Maildir, Assert.Single(result.Targets).Kind);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("5.1.1", "unknown user: \"ping\""), (failure.Status, failure.Reason));
    }

    [Fact]
    public async Task Include_loops_end()
    {
        using var world = new MailWorld();
        string list = Path.Combine(world.Root, "loop.list");
        await File.WriteAllTextAsync(list, $":include:{list}, alice\n");
        using var looping = new MailWorld(aliases: $"loop: :include:{list}\n");

        var result = await Resolve(looping, "loop@example.com");

        Assert.Single(result.Targets);
        Assert.Empty(result.Failures);
    }

    [Theory]
    [InlineData("alice+lists@example.com")]
    [InlineData("ALICE@EXAMPLE.COM")]
    public async Task Extensions_and_case_fall_back_to_the_user(string recipient)
    {
        using var world = new MailWorld();

        var target = Assert.Single((await Resolve(world, recipient)).Targets);

        Assert.Equal("alice", target.RunAs!.Name);
        Assert.Equal(recipient, target.OriginalRecipient);
    }

    [Fact]
    public async Task Unknown_users_fail_with_postfix_words()
    {
        using var world = new MailWorld();

        var result = await Resolve(world, "nosuchuser@example.com");

        Assert.Empty(result.Targets);
        Assert.Equal(new DeliveryFailure("nosuchuser@example.com", "nosuchuser@example.com", "5.1.1", "unknown user: \"nosuchuser\""), Assert.Single(result.Failures));
    }

    [Fact]
    public async Task Without_home_mailbox_mail_goes_to_the_spool_mbox()
    {
        using var world = new MailWorld("home_mailbox =\nmail_spool_directory = /var/spool/mail");

        var target = Assert.Single((await Resolve(world, "alice@example.com")).Targets);

        Assert.Equal(new DeliveryTarget(DeliveryTargetKind.Mbox, "alice@example.com", "alice@example.com", "/var/spool/mail/alice", RunAs: target.RunAs), target);
    }

    [Fact]
    public async Task Virtual_aliases_rewrite_before_local_delivery_and_catch_alls_match_the_rest()
    {
        using var world = new MailWorld();

        var info = Assert.Single((await Resolve(world, "info@virt.example")).Targets);
        var other = Assert.Single((await Resolve(world, "whoever@virt.example")).Targets);

        Assert.Equal(("alice", "alice@example.com", "info@virt.example"), (info.RunAs!.Name, info.DeliveredTo, info.OriginalRecipient));
        Assert.Equal("bob@example.org", other.RemoteAddress);
    }

    [Fact]
    public async Task An_unmatched_extension_is_carried_onto_a_virtual_alias_result()
    {
        using var world = new MailWorld();

        var target = Assert.Single((await Resolve(world, "whoever+x@virt.example")).Targets);

        Assert.Equal("bob+x@example.org", target.RemoteAddress);
    }

    [Fact]
    public async Task Virtual_mailboxes_live_under_virtual_mailbox_base()
    {
        using var world = new MailWorld();

        var maildir = Assert.Single((await Resolve(world, "carol@vmail.example")).Targets);
        var mbox = Assert.Single((await Resolve(world, "mbox@vmail.example")).Targets);

        Assert.Equal((DeliveryTargetKind.Maildir, Path.Combine(world.Root, "vmail", "vmail.example/carol/"), "carol@vmail.example"), (maildir.Kind, maildir.Path, maildir.DeliveredTo));
        Assert.Equal(DeliveryTargetKind.Mbox, mbox.Kind);
    }

    [Fact]
    public async Task A_virtual_mailbox_path_may_not_climb_out_of_the_base()
    {
        using var world = new MailWorld();

        var result = await Resolve(world, "evil@vmail.example");

        Assert.Empty(result.Targets);
        Assert.Equal("5.3.5", Assert.Single(result.Failures).Status);
    }

    [Fact]
    public async Task Remote_recipients_stay_remote()
    {
        using var world = new MailWorld();

        var target = Assert.Single((await Resolve(world, "<someone@elsewhere.example>")).Targets);

        Assert.Equal(new DeliveryTarget(DeliveryTargetKind.Remote, "someone@elsewhere.example", null, RemoteAddress: "someone@elsewhere.example"), target);
    }

    [Fact]
    public async Task Duplicate_destinations_are_delivered_once()
    {
        using var world = new MailWorld(aliases: "twice: alice, alice@example.com, ALICE\n");

        Assert.Single((await Resolve(world, "twice@example.com")).Targets);
    }

    [Fact]
    public async Task The_recursion_limit_stops_deep_chains()
    {
        using var world = new MailWorld("virtual_alias_recursion_limit = 2", aliases: "a: b\nb: c\nc: d\nd: alice\n");

        var result = await Resolve(world, "a@example.com");

        Assert.Empty(result.Targets);
        Assert.Equal("5.4.6", Assert.Single(result.Failures).Status);
    }

    [Fact]
    public async Task A_malformed_alias_defers_with_the_table_named()
    {
        using var world = new MailWorld(aliases: "broken: \"|unclosed\n");

        var failure = Assert.Single((await Resolve(world, "broken@example.com")).Failures);

        Assert.Equal("4.3.0", failure.Status);
        Assert.Contains("missing closing '\"'", failure.Reason, StringComparison.Ordinal);
    }
}
