using System.Net;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Config;

public sealed class MtaSettingsTests
{
    private static MtaSettings Seed() => TestHost.Settings(File.ReadAllText(TestHost.TestData("Config", "seed-main.cf")));

    [Fact]
    public void Seed_main_cf_gives_the_typed_values_postfix_would_use()
    {
        var settings = Seed();

        Assert.Equal("sd-41893.dedibox.fr", settings.MyHostname);
        Assert.Equal("dedibox.fr", settings.MyDomain);
        Assert.Equal("sd-41893.dedibox.fr", settings.MyOrigin);
        Assert.Equal(["sd-41893.dedibox.fr", "localhost.dedibox.fr", "localhost"], settings.MyDestination);
        Assert.Equal("sd-41893.dedibox.fr ESMTP MuttSharp (CentOS)", settings.SmtpdBanner);
        Assert.Equal("Maildir/", settings.HomeMailbox);
        Assert.Equal(["hash:/etc/aliases"], settings.AliasMaps);
        Assert.Equal("", settings.Relayhost);
        Assert.Equal(["ipv4"], settings.InetProtocols);
        Assert.Empty(settings.Problems);
    }

    [Fact]
    public void Seed_mynetworks_trusts_loopback_only()
    {
        var settings = Seed();

        Assert.True(settings.MyNetworks.Contains(IPAddress.Parse("127.0.0.1")));
        Assert.True(settings.MyNetworks.Contains(IPAddress.Parse("::ffff:127.0.0.2")));
        Assert.False(settings.MyNetworks.Contains(IPAddress.Parse("192.168.1.20")));
    }

    [Fact]
    public void Defaults_are_typed_as_postfix_documents_them()
    {
        var settings = TestHost.Settings("");

        Assert.Equal(10240000, settings.MessageSizeLimit);
        Assert.Equal(102400, settings.HeaderSizeLimit);
        Assert.Equal(2048, settings.LineLengthLimit);
        Assert.Equal(50, settings.HopcountLimit);
        Assert.Equal(1000, settings.SmtpdRecipientLimit);
        Assert.Equal(TimeSpan.FromSeconds(300), settings.SmtpdTimeout);
        Assert.Equal(50, settings.SmtpdClientConnectionCountLimit);
        Assert.Equal(TimeSpan.FromMicroseconds(200), settings.SmtpdBusyRead);
        Assert.Equal(10, settings.SmtpdSoftErrorLimit);
        Assert.Equal(20, settings.SmtpdHardErrorLimit);
        Assert.Equal(TimeSpan.FromSeconds(1), settings.SmtpdErrorSleepTime);
        Assert.Equal(100, settings.SmtpdJunkCommandLimit);
        Assert.Equal(550, settings.UnknownLocalRecipientRejectCode);
        Assert.Equal(TimeSpan.FromDays(5), settings.MaximalQueueLifetime);
        Assert.Equal(TimeSpan.FromDays(5), settings.BounceQueueLifetime);
        Assert.Equal(TimeSpan.FromSeconds(300), settings.MinimalBackoffTime);
        Assert.Equal(TimeSpan.FromSeconds(4000), settings.MaximalBackoffTime);
        Assert.Equal(TimeSpan.FromSeconds(300), settings.QueueRunDelay);
        Assert.False(settings.DisableVrfyCommand);
        Assert.Equal("normalize", settings.SmtpdForbidBareNewline);
        Assert.Equal(["permit_mynetworks", "permit_sasl_authenticated", "defer_unauth_destination"], settings.SmtpdRelayRestrictions);
        Assert.Empty(settings.SmtpdRecipientRestrictions);
        Assert.Equal(["proxy:unix:passwd.byname", "hash:/etc/aliases"], settings.LocalRecipientMaps);
        Assert.Equal("", settings.MaillogFile);
        Assert.Equal("", settings.RecipientDelimiter);
        Assert.Equal("vm.localdomain ESMTP MuttSharp", settings.SmtpdBanner);
    }

    [Fact]
    public void A_bare_number_for_a_lifetime_is_in_days_as_in_postfix()
    {
        Assert.Equal(TimeSpan.FromDays(2), TestHost.Settings("maximal_queue_lifetime = 2\n").MaximalQueueLifetime);
    }

    [Fact]
    public void Virtual_domains_default_to_their_maps()
    {
        var settings = TestHost.Settings("virtual_alias_maps = hash:/etc/muttsharp/virtual\nvirtual_mailbox_maps = hash:/etc/muttsharp/vmailbox\n");

        Assert.Equal(["hash:/etc/muttsharp/virtual"], settings.VirtualAliasDomains);
        Assert.Equal(["hash:/etc/muttsharp/vmailbox"], settings.VirtualMailboxDomains);
    }

    [Fact]
    public void A_bad_value_is_reported_and_the_default_used()
    {
        var settings = TestHost.Settings("smtpd_timeout = soon\nmessage_size_limit = 10MB\ndisable_vrfy_command = maybe\n");

        Assert.Equal(TimeSpan.FromSeconds(300), settings.SmtpdTimeout);
        Assert.Equal(10240000, settings.MessageSizeLimit);
        Assert.False(settings.DisableVrfyCommand);
        Assert.Equal(3, settings.Problems.Count);
        Assert.Contains(settings.Problems, p => p.ToString() == "/etc/muttsharp/main.cf: smtpd_timeout: invalid time value \"soon\": expected a number with an optional unit s, m, h, d or w");
    }

    [Theory]
    [InlineData("inet_interfaces = all\ninet_protocols = all", "0.0.0.0 ::")]
    [InlineData("inet_interfaces = all\ninet_protocols = ipv4", "0.0.0.0")]
    [InlineData("inet_interfaces = loopback-only\ninet_protocols = all", "127.0.0.1 ::1")]
    [InlineData("inet_interfaces = localhost\ninet_protocols = ipv6", "::1")]
    [InlineData("inet_interfaces = 127.0.0.1, [::1]\ninet_protocols = ipv4, ipv6", "127.0.0.1 ::1")]
    public void Inet_interfaces_and_protocols_select_listen_addresses(string mainCf, string expected)
    {
        Assert.Equal(expected, string.Join(' ', TestHost.Settings(mainCf).ListenAddresses));
    }

    [Fact]
    public void Without_master_cf_the_engine_listens_on_port_25_of_every_interface_address()
    {
        var settings = TestHost.Settings("inet_interfaces = loopback-only\n");

        Assert.Equal(["127.0.0.1:25", "[::1]:25"], settings.ResolveListenEndpoints().Select(e => e.ToString()));
    }

    [Fact]
    public void Master_cf_smtpd_lines_give_the_listen_endpoints()
    {
        var master = MasterCf.Parse("smtp inet n - y - - smtpd\n127.0.0.1:2525 inet n - n - - smtpd\n", "master.cf");
        var settings = new MtaSettings(TestHost.Parameters("inet_interfaces = loopback-only\ninet_protocols = ipv4\n"), master);

        Assert.Equal(["127.0.0.1:25", "127.0.0.1:2525"], settings.ResolveListenEndpoints().Select(e => e.ToString()));
    }

    [Fact]
    public void Mydestination_matches_case_insensitively_and_ignores_a_trailing_dot()
    {
        var settings = Seed();

        Assert.True(settings.IsMyDestination("SD-41893.Dedibox.FR."));
        Assert.False(settings.IsMyDestination("dedibox.fr"));
    }

    [Fact]
    public async Task Load_reads_main_cf_and_master_cf_from_the_directory()
    {
        string dir = Directory.CreateTempSubdirectory("mscfg").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "main.cf"), "myhostname = mail.example.com\n");
            await File.WriteAllTextAsync(Path.Combine(dir, "master.cf"), "[::1]:2526 inet n - n - - smtpd\n");

            var settings = await MtaSettings.LoadAsync(dir, TestHost.Vm, CancellationToken.None);

            Assert.Equal("mail.example.com", settings.MyHostname);
            Assert.Equal(new ListenEndpoint("::1", 2526), Assert.Single(settings.ListenEndpoints));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
