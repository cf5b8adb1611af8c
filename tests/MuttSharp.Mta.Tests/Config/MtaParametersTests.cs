using MuttSharp.Mta.Config;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Config;

public sealed class MtaParametersTests
{
    [Fact]
    public void Dollar_name_and_braced_forms_expand_recursively()
    {
        var parameters = TestHost.Parameters("myhostname = mail.example.com\na = $myhostname\nb = ${a}/$(a)\n");

        Assert.Equal("mail.example.com/mail.example.com", parameters.Expand("b"));
    }

    [Fact]
    public void Mydestination_expands_as_postconf_x_prints_it()
    {
        var parameters = TestHost.Parameters("myhostname = mail.example.com\nmydestination = $myhostname, localhost.$mydomain, localhost, $mydomain\n");

        Assert.Equal("mail.example.com, localhost.example.com, localhost, example.com", parameters.Expand("mydestination"));
    }

    [Theory]
    [InlineData("x = set", "${x?yes}", "yes")]
    [InlineData("x =", "${x?yes}", "")]
    [InlineData("x = set", "${x:no}", "")]
    [InlineData("x =", "${x:no}", "no")]
    [InlineData("", "${undefined_name:fallback}", "fallback")]
    [InlineData("x = set", "${x?{when set}:{when empty}}", "when set")]
    [InlineData("x =", "${x?{when set}:{when empty}}", "when empty")]
    [InlineData("x = 5", "${{$x} == {5} ? {five} : {other}}", "five")]
    [InlineData("x = 5", "${{$x} < {10} ? {small} : {big}}", "small")]
    [InlineData("", "${{$compatibility_level} <level {2} ? {old} : {new}}", "new")]
    [InlineData("x = a", "cost: $$5 for $x", "cost: $5 for a")]
    public void Conditional_and_literal_forms_follow_postfix(string mainCf, string text, string expected)
    {
        Assert.Equal(expected, TestHost.Parameters(mainCf).ExpandText(text));
    }

    [Fact]
    public void Expansion_is_lazy_so_a_later_definition_is_seen_by_an_earlier_reference()
    {
        var parameters = TestHost.Parameters("myorigin = $mydomain\nmydomain = late.example\n");

        Assert.Equal("late.example", parameters.Expand("myorigin"));
    }

    [Fact]
    public void A_reference_loop_expands_as_empty_and_is_reported_instead_of_hanging()
    {
        var parameters = TestHost.Parameters("a = x$b\nb = y$a\n");

        Assert.Equal("xy", parameters.Expand("a"));
        Assert.Contains(parameters.Diagnostics, d => d.Message.Contains("recursive reference to $a", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unclosed_brace_is_reported_and_left_as_written()
    {
        var parameters = TestHost.Parameters("a = ${b\n");

        Assert.Equal("${b", parameters.Expand("a"));
        Assert.Contains(parameters.Diagnostics, d => d.Message.Contains("missing '}'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_hostname_gets_localdomain_appended_as_postfix_does()
    {
        var parameters = TestHost.Parameters("");

        Assert.Equal("vm.localdomain", parameters.Expand("myhostname"));
        Assert.Equal("localdomain", parameters.Expand("mydomain"));
    }

    [Fact]
    public void A_short_hostname_takes_an_explicit_mydomain()
    {
        Assert.Equal("vm.example.org", TestHost.Parameters("mydomain = example.org\n").Expand("myhostname"));
    }

    [Fact]
    public void Mydomain_is_myhostname_minus_its_first_label()
    {
        var host = TestHost.Vm with { HostName = "mail.example.com" };

        Assert.Equal("example.com", TestHost.Parameters("", host).Expand("mydomain"));
    }

    [Theory]
    [InlineData("host", "127.0.0.1/32 192.168.1.20/32 [::1]/128")]
    [InlineData("subnet", "127.0.0.0/8 192.168.1.0/24 [::1]/128")]
    [InlineData("class", "127.0.0.0/8 192.168.1.0/24 [::1]/128")]
    public void Mynetworks_default_follows_mynetworks_style(string style, string expected)
    {
        Assert.Equal(expected, TestHost.Parameters($"mynetworks_style = {style}\n").Expand("mynetworks"));
    }

    [Fact]
    public void Defaults_are_postfix_defaults()
    {
        var parameters = TestHost.Parameters("");

        Assert.Equal("all", parameters.DefaultValue("inet_interfaces"));
        Assert.Equal("$myhostname, localhost.$mydomain, localhost", parameters.DefaultValue("mydestination"));
        Assert.Equal("10240000", parameters.DefaultValue("message_size_limit"));
        Assert.Equal("proxy:unix:passwd.byname $alias_maps", parameters.DefaultValue("local_recipient_maps"));
        Assert.Equal("permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination", parameters.DefaultValue("smtpd_relay_restrictions"));
        Assert.Null(parameters.DefaultValue("no_such_parameter"));
    }

    [Fact]
    public void Unknown_names_are_reported_as_unused_unless_another_value_refers_to_them()
    {
        var parameters = TestHost.Parameters("foo = bar\nmy_list = a b\nmydestination = $my_list\n");

        var unused = Assert.Single(parameters.UnusedParameters());
        Assert.Equal("/etc/muttsharp/main.cf: unused parameter: foo=bar", unused.ToString());
    }

    [Fact]
    public void The_seed_main_cf_has_no_unused_parameters()
    {
        var parameters = TestHost.Parameters(File.ReadAllText(TestHost.TestData("Config", "seed-main.cf")));

        Assert.Empty(parameters.UnusedParameters());
    }
}
