using System.Net;
using MuttSharp.Cli.Tests.Engine;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Engine;
using MuttSharp.Mta.Logging;

namespace MuttSharp.Cli.Tests.Compose;

/// <summary>$smtp_url through MailKit's client, against the project's own engine listening on 127.0.0.1 port 0.</summary>
public sealed class SmtpSubmitterTests
{
    [Fact]
    public async Task ABatchMessageGoesThroughSmtpUrlAndIsDelivered()
    {
        using var engineConfig = new EngineConfig();
        await using var engine = await StartEngineAsync(engineConfig);
        using var home = new BatchHome();
        home.WriteMuttrc($"set record=\"\"\nset from=\"Me <me@example.org>\"\nset smtp_url=\"smtp://127.0.0.1:{engine.Port}/\"\nset ssl_force_tls=no\n");

        var (code, _, error) = await home.RunAsync("over SMTP\n", "-n", "-F", home.Muttrc, "-s", "via smtp", "-b", "carol@example.com", "alice@example.com");

        Assert.True(code == 0, error);
        string alice = await WaitForAsync(() => engineConfig.Delivered("alice"));
        Assert.Contains("Subject: via smtp", alice);
        Assert.Contains("\nReceived: from ", alice);
        string carol = await WaitForAsync(() => engineConfig.Delivered("carol"));
        Assert.DoesNotContain("Bcc", carol);
    }

    [Fact]
    public async Task WithSslForceTlsAServerWithoutStartTlsIsRefusedAndTheMessageKept()
    {
        using var engineConfig = new EngineConfig();
        await using var engine = await StartEngineAsync(engineConfig);
        using var home = new BatchHome();
        home.WriteMuttrc($"set record=\"\"\nset postponed=\"%DIR%/postponed\"\nset smtp_url=\"smtp://127.0.0.1:{engine.Port}/\"\n");

        var (code, _, error) = await home.RunAsync("secret\n", "-n", "-F", home.Muttrc, "-s", "x", "alice@example.com");

        Assert.Equal(1, code);
        Assert.Contains("STARTTLS", error);
        Assert.Contains("the message was postponed", error);
        Assert.Empty(engineConfig.Delivered("alice"));
        Assert.Single(Directory.GetFiles(Path.Combine(home.Root, "postponed", "cur")));
    }

    [Fact]
    public async Task ARecipientTheServerRefusesIsReportedWithItsReply()
    {
        using var engineConfig = new EngineConfig();
        await using var engine = await StartEngineAsync(engineConfig);
        using var home = new BatchHome();
        home.WriteMuttrc($"set record=\"\"\nset postponed=\"%DIR%/postponed\"\nset smtp_url=\"smtp://127.0.0.1:{engine.Port}/\"\nset ssl_force_tls=no\n");

        var (code, _, error) = await home.RunAsync("x\n", "-n", "-F", home.Muttrc, "-s", "x", "nobody@example.com");

        Assert.Equal(1, code);
        Assert.Contains("550", error);
    }

    [Fact]
    public async Task AnSmtpUrlThatIsNotOneIsAConfigurationError()
    {
        using var home = new BatchHome();
        home.WriteMuttrc("set smtp_url=\"http://example.org/\"\n");

        var (code, _, error) = await home.RunAsync("x\n", "-n", "-F", home.Muttrc, "-s", "x", "alice@example.com");

        Assert.Equal(1, code);
        Assert.Equal("smtp_url: http://example.org/: expected smtp://[user[:pass]@]host[:port]/ or smtps://...\n", error);
    }

    private static async Task<string> WaitForAsync(Func<string[]> delivered)
    {
        for (int i = 0; i < 200 && delivered().Length == 0; i++)
            await Task.Delay(25);
        return Assert.Single(delivered());
    }

    private static async Task<RunningEngine> StartEngineAsync(EngineConfig config)
    {
        var settings = await MtaSettings.LoadAsync(config.ConfigDirectory, null, CancellationToken.None);
        var engine = MtaEngine.Create(settings, MailLog.Open(settings.MaillogFile, TextWriter.Null, settings.MyHostname, settings.SyslogName));
        var endpoints = engine.Start([new IPEndPoint(IPAddress.Loopback, 0)], workers: 1);
        return new RunningEngine(engine, endpoints[0].Port);
    }

    private sealed record RunningEngine(MtaEngine Engine, int Port) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Engine.DisposeAsync();
    }
}
