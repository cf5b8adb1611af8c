using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Tests.Config;

public sealed class MasterCfTests
{
    [Fact]
    public void Smtpd_inet_services_become_endpoints_and_other_services_are_ignored()
    {
        const string text = """
            # service type  private unpriv  chroot  wakeup  maxproc command + args
            smtp      inet  n       -       y       -       -       smtpd
            127.0.0.1:2525 inet n   -       n       -       -       smtpd
              -o smtpd_tls_security_level=none
            [::1]:25  inet  n       -       n       -       -       smtpd
            submission inet n       -       y       -       -       smtpd
            pickup    unix  n       -       y       60      1       pickup
            smtp      unix  -       -       y       -       -       smtp
            """;

        var master = MasterCf.Parse(text, "master.cf");

        Assert.Empty(master.Diagnostics);
        Assert.Equal(
            [new ListenEndpoint(null, 25), new ListenEndpoint("127.0.0.1", 2525), new ListenEndpoint("::1", 25), new ListenEndpoint(null, 587)],
            master.SmtpdEndpoints);
    }

    [Theory]
    [InlineData("smtp inet n - y - smtpd", "master.cf, line 1: expected 8 or more fields (service type private unpriv chroot wakeup maxproc command), found 7")]
    [InlineData("nosuchservice inet n - y - - smtpd", "master.cf, line 1: bad service \"nosuchservice\": expected a port number or one of smtp, submission, submissions, smtps")]
    [InlineData("[::1:25 inet n - y - - smtpd", "master.cf, line 1: bad service \"[::1:25\": expected [address]:port")]
    [InlineData("127.0.0.1:70000 inet n - y - - smtpd", "master.cf, line 1: bad service \"127.0.0.1:70000\": expected a port number or one of smtp, submission, submissions, smtps")]
    public void Bad_lines_are_reported_by_line(string text, string expected)
    {
        var master = MasterCf.Parse(text, "master.cf");

        Assert.Equal(expected, Assert.Single(master.Diagnostics).ToString());
        Assert.Empty(master.SmtpdEndpoints);
    }

    [Fact]
    public void Endpoints_print_as_master_cf_writes_them()
    {
        Assert.Equal("[::1]:25", new ListenEndpoint("::1", 25).ToString());
        Assert.Equal("127.0.0.1:2525", new ListenEndpoint("127.0.0.1", 2525).ToString());
    }
}
