using System.Net;
using MuttSharp.Mta.Policy;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Policy;

public sealed class RecipientPolicyTests
{
    private static readonly IPAddress Trusted = IPAddress.Parse("127.0.0.1");
    private static readonly IPAddress Outsider = IPAddress.Parse("203.0.113.9");

    private static async Task<string> Check(string recipient, IPAddress? client = null, string extraMainCf = "", string sender = "sender@example.net",
        string? saslUser = null, Func<string, CancellationToken, ValueTask<DomainStatus>>? dns = null)
    {
        using var world = new MailWorld(extraMainCf);
        var policy = new RecipientPolicy(world.Directory, dns, _ => { });
        var verdict = await policy.CheckAsync(client ?? Outsider, saslUser, sender, recipient, CancellationToken.None);
        return verdict.ToString();
    }

    [Fact]
    public async Task Trusted_clients_may_relay()
    {
        Assert.Equal("250 2.1.5 Ok", await Check("u@ext.example", Trusted));
    }

    [Fact]
    public async Task Untrusted_clients_get_postfix_relay_access_denied_by_default()
    {
        Assert.Equal("454 4.7.1 <u@ext.example>: Relay access denied", await Check("u@ext.example"));
    }

    [Fact]
    public async Task Reject_unauth_destination_uses_relay_domains_reject_code()
    {
        string verdict = await Check("u@ext.example", extraMainCf: "smtpd_relay_restrictions =\nsmtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination");

        Assert.Equal("554 5.7.1 <u@ext.example>: Relay access denied", verdict);
    }

    [Fact]
    public async Task Authenticated_clients_may_relay()
    {
        Assert.Equal("250 2.1.5 Ok", await Check("u@ext.example", saslUser: "alice"));
    }

    [Fact]
    public async Task Relay_domains_are_accepted_from_anyone()
    {
        Assert.Equal("250 2.1.5 Ok", await Check("u@partner.example", extraMainCf: "relay_domains = partner.example"));
    }

    [Fact]
    public async Task Unknown_local_users_are_refused_at_rcpt_even_from_trusted_clients()
    {
        const string expected = "550 5.1.1 <nosuchuser@example.com>: Recipient address rejected: User unknown in local recipient table";

        Assert.Equal(expected, await Check("nosuchuser@example.com"));
        Assert.Equal(expected, await Check("<nosuchuser@example.com>", Trusted));
    }

    [Fact]
    public async Task The_unknown_local_recipient_code_is_configurable()
    {
        Assert.Equal(
            "450 4.1.1 <nosuchuser@example.com>: Recipient address rejected: User unknown in local recipient table",
            await Check("nosuchuser@example.com", extraMainCf: "unknown_local_recipient_reject_code = 450"));
    }

    [Theory]
    [InlineData("alice@example.com")]
    [InlineData("ALICE@Example.COM")]
    [InlineData("alice+lists@example.com")]
    [InlineData("postmaster@example.com")]
    [InlineData("team+x@mail.example.com")]
    [InlineData("root@localhost")]
    public async Task Unix_users_and_aliases_in_local_domains_are_accepted(string recipient)
    {
        Assert.Equal("250 2.1.5 Ok", await Check(recipient));
    }

    [Fact]
    public async Task An_empty_local_recipient_maps_accepts_every_local_name()
    {
        Assert.Equal("250 2.1.5 Ok", await Check("anyone@example.com", extraMainCf: "local_recipient_maps ="));
    }

    [Fact]
    public async Task Virtual_domains_refuse_unknown_users_naming_their_table()
    {
        using var world = new MailWorld("virtual_alias_maps = inline:{ info@virt.example=alice@example.com }");
        var policy = new RecipientPolicy(world.Directory, null, _ => { });

        Assert.Equal("250 2.1.5 Ok", (await policy.CheckAsync(Outsider, null, "", "info@virt.example", CancellationToken.None)).ToString());
        Assert.Equal("550 5.1.1 <x@virt.example>: Recipient address rejected: User unknown in virtual alias table",
            (await policy.CheckAsync(Outsider, null, "", "x@virt.example", CancellationToken.None)).ToString());
        Assert.Equal("550 5.1.1 <x@vmail.example>: Recipient address rejected: User unknown in virtual mailbox table",
            (await policy.CheckAsync(Outsider, null, "", "x@vmail.example", CancellationToken.None)).ToString());
        Assert.Equal("250 2.1.5 Ok", (await policy.CheckAsync(Outsider, null, "", "carol@vmail.example", CancellationToken.None)).ToString());
    }

    [Theory]
    [InlineData("user%ext.example@example.com")]
    [InlineData("ext.example!user@example.com")]
    [InlineData("\"user@ext.example\"@example.com")]
    public async Task Sender_specified_routing_is_not_relayed_for_untrusted_clients(string recipient)
    {
        string shown = recipient;
        Assert.Equal($"454 4.7.1 <{shown}>: Relay access denied", await Check(recipient));
    }

    [Fact]
    public async Task Non_fqdn_recipients_and_senders_are_refused_when_asked()
    {
        const string restrictions = "smtpd_recipient_restrictions = reject_non_fqdn_recipient, reject_non_fqdn_sender";

        Assert.Equal("504 5.5.2 <alice>: Recipient address rejected: need fully-qualified address", await Check("alice", Trusted, restrictions));
        Assert.Equal("504 5.5.2 <bob@localhost>: Sender address rejected: need fully-qualified address",
            await Check("alice@example.com", Trusted, restrictions, sender: "bob@localhost"));
        Assert.Equal("250 2.1.5 Ok", await Check("alice@example.com", Trusted, restrictions, sender: ""));
    }

    [Fact]
    public async Task A_bare_local_name_is_qualified_with_myorigin_and_accepted()
    {
        Assert.Equal("250 2.1.5 Ok", await Check("alice"));
    }

    [Theory]
    [InlineData(DomainStatus.NotFound, "450 4.1.2 <u@nx.example>: Recipient address rejected: Domain not found")]
    [InlineData(DomainStatus.TemporaryFailure, "450 4.1.2 <u@nx.example>: Recipient address rejected: Domain not found")]
    [InlineData(DomainStatus.Exists, "250 2.1.5 Ok")]
    public async Task Reject_unknown_recipient_domain_asks_dns_for_foreign_domains(DomainStatus status, string expected)
    {
        var asked = new List<string>();
        string verdict = await Check("u@nx.example", Trusted, "smtpd_recipient_restrictions = reject_unknown_recipient_domain, permit_mynetworks, reject",
            dns: (domain, _) =>
            {
                asked.Add(domain);
                return ValueTask.FromResult(status);
            });

        Assert.Equal(expected, verdict);
        Assert.Equal(["nx.example"], asked);
    }

    [Fact]
    public async Task Reject_unknown_recipient_domain_leaves_our_own_domains_alone()
    {
        string verdict = await Check("alice@example.com", Trusted, "smtpd_recipient_restrictions = reject_unknown_recipient_domain",
            dns: (_, _) => throw new InvalidOperationException("our own domain must not be looked up"));

        Assert.Equal("250 2.1.5 Ok", verdict);
    }

    [Theory]
    [InlineData("permit", "250 2.1.5 Ok")]
    [InlineData("reject", "554 5.7.1 <alice@example.com>: Recipient address rejected: Access denied")]
    [InlineData("defer", "450 4.7.1 <alice@example.com>: Recipient address rejected: Try again later")]
    public async Task Permit_reject_and_defer_do_what_they_say(string restriction, string expected)
    {
        Assert.Equal(expected, await Check("alice@example.com", extraMainCf: $"smtpd_relay_restrictions = {restriction}, reject_unauth_destination"));
    }

    [Theory]
    [InlineData("blocked@example.com", "554 5.7.1 <blocked@example.com>: Recipient address rejected: go away")]
    [InlineData("alice@example.com", "250 2.1.5 Ok")]
    [InlineData("x@spam.example.org", "550 5.7.1 <x@spam.example.org>: Recipient address rejected: no spam")]
    [InlineData("x@friend.example", "250 2.1.5 Ok")]
    public async Task Check_recipient_access_applies_access_5_actions(string recipient, string expected)
    {
        const string table = "smtpd_relay_restrictions =\nsmtpd_recipient_restrictions = check_recipient_access inline:{ { blocked@example.com = REJECT go away }, { example.org = 550 no spam }, friend.example=OK }, reject_unauth_destination";

        Assert.Equal(expected, await Check(recipient, extraMainCf: table));
    }

    [Fact]
    public async Task An_unknown_restriction_refuses_every_recipient_as_a_configuration_error()
    {
        using var world = new MailWorld("smtpd_recipient_restrictions = permit_everything_please");
        var policy = new RecipientPolicy(world.Directory, null, _ => { });

        var verdict = await policy.CheckAsync(Trusted, null, "", "alice@example.com", CancellationToken.None);

        Assert.Equal("451 4.3.5 Server configuration error", verdict.ToString());
        Assert.Contains("unknown smtpd restriction: \"permit_everything_please\"", Assert.Single(policy.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configuration_that_could_relay_for_anyone_is_refused()
    {
        using var world = new MailWorld("smtpd_relay_restrictions = permit_mynetworks\nsmtpd_recipient_restrictions = permit");
        var policy = new RecipientPolicy(world.Directory, null, _ => { });

        Assert.Equal("451 4.3.5 Server configuration error", (await policy.CheckAsync(Outsider, null, "", "u@ext.example", CancellationToken.None)).ToString());
        Assert.StartsWith("in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions", Assert.Single(policy.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipient_with_control_characters_is_bad_syntax()
    {
        Assert.Equal("501 5.1.3 <a\u0001b@example.com>: Recipient address rejected: bad address syntax", await Check("a\u0001b@example.com", Trusted));
    }
}
