using MuttSharp.Mta.Policy;
using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Policy;

public sealed class RecipientDirectoryTests
{
    [Theory]
    [InlineData("example.com", DomainClass.Local)]
    [InlineData("MAIL.example.com.", DomainClass.Local)]
    [InlineData("", DomainClass.Local)]
    [InlineData("virt.example", DomainClass.VirtualAlias)]
    [InlineData("vmail.example", DomainClass.VirtualMailbox)]
    [InlineData("elsewhere.example", DomainClass.Remote)]
    public async Task Domains_are_classified_in_postfix_order(string domain, DomainClass expected)
    {
        using var world = new MailWorld();

        Assert.Equal(expected, await world.Directory.ClassifyAsync(domain, CancellationToken.None));
    }

    [Fact]
    public async Task Relay_domains_match_subdomains_with_a_leading_dot()
    {
        using var world = new MailWorld("relay_domains = partner.example, .sub.example");

        Assert.Equal(DomainClass.Relay, await world.Directory.ClassifyAsync("partner.example", CancellationToken.None));
        Assert.Equal(DomainClass.Relay, await world.Directory.ClassifyAsync("a.sub.example", CancellationToken.None));
        Assert.Equal(DomainClass.Remote, await world.Directory.ClassifyAsync("sub.example", CancellationToken.None));
    }

    [Fact]
    public async Task Relay_recipient_maps_name_the_valid_relay_recipients()
    {
        using var world = new MailWorld("relay_domains = partner.example\nrelay_recipient_maps = inline:{ ok@partner.example=x }");

        var known = await world.Directory.LookupRecipientAsync(new RecipientAddress("ok", "partner.example"), CancellationToken.None);
        var unknown = await world.Directory.LookupRecipientAsync(new RecipientAddress("no", "partner.example"), CancellationToken.None);

        Assert.True(known.Known);
        Assert.Equal(new RecipientLookup(DomainClass.Relay, false, "relay recipient table", 550), unknown);
    }

    [Fact]
    public void Unsupported_tables_are_problems_naming_their_parameter()
    {
        using var world = new MailWorld("alias_maps = hash:/etc/aliases, nis:mail.aliases");

        Assert.Contains(world.Directory.Problems, p => p.StartsWith("parameter alias_maps: unsupported dictionary type: nis", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_virtual_alias_for_a_local_address_makes_it_known()
    {
        using var world = new MailWorld("virtual_alias_maps = inline:{ sales@example.com=alice }");

        Assert.True((await world.Directory.LookupRecipientAsync(new RecipientAddress("sales", "example.com"), CancellationToken.None)).Known);
    }
}
