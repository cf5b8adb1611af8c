using MuttSharp.Core.Config;
using MuttSharp.Core.Sending;

namespace MuttSharp.Core.Tests.Sending;

/// <summary>Which transport the muttrc names, and <c>$write_bcc</c> as Mutt 2.2 reads it for each.</summary>
public sealed class SendSettingsTests
{
    [Theory]
    [InlineData(new string[0], MessageTransport.BundledEngine)]
    [InlineData(new[] { "set sendmail=\"/usr/sbin/sendmail -oi\"" }, MessageTransport.Sendmail)]
    [InlineData(new[] { "set sendmail=\"/usr/sbin/sendmail -oi\"", "set smtp_url=smtp://mail.example.org/" }, MessageTransport.Smtp)]
    public async Task TheTransportIsSmtpUrlThenAChangedSendmailThenTheBundledEngine(string[] muttrc, MessageTransport expected) =>
        Assert.Equal(expected, SendSettings.TransportOf(await ConfigAsync(muttrc)));

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "set write_bcc" }, false)]
    [InlineData(new[] { "set sendmail=\"/usr/sbin/sendmail -oi\"" }, false)]
    [InlineData(new[] { "set write_bcc", "set sendmail=\"/usr/sbin/sendmail -oi\"" }, true)]
    [InlineData(new[] { "set write_bcc", "set sendmail=\"/usr/sbin/sendmail -oi\"", "set smtp_url=smtp://mail.example.org/" }, false)]
    public async Task WriteBccKeepsTheHeaderOnlyForSendmail(string[] muttrc, bool expected) =>
        Assert.Equal(expected, SendSettings.FromConfig(await ConfigAsync(muttrc)).WriteBcc);

    private static async Task<MuttConfig> ConfigAsync(string[] lines)
    {
        var config = new MuttConfig(new MuttEnvironment(_ => null, "/home/me", "host.example", "me", "Me", "/bin/sh"));
        foreach (string line in lines)
            Assert.True(await config.ExecuteAsync(line), string.Join("; ", config.Errors));
        return config;
    }
}
