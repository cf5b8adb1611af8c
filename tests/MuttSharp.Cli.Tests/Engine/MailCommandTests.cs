namespace MuttSharp.Cli.Tests.Engine;

public sealed class MailCommandTests
{
    [Fact]
    public async Task TheSeedsSessionSendsTheMessageAndPrintsEot()
    {
        using var config = new EngineConfig();
        var output = new StringWriter();
        var error = new StringWriter();

        int code = await Dispatcher.RunAsync("muttsharp", ["mail", "-s", "Test Postfix", "-C", config.ConfigDirectory, "alice@example.com"],
            EngineConfig.Console("Ceci est un test.\n.\n", output, error), CancellationToken.None);

        Assert.True(code == 0, error.ToString());
        Assert.Equal("EOT\n", output.ToString());
        string delivered = Assert.Single(config.Delivered("alice"));
        Assert.True(delivered.Contains("\nTo: alice@example.com\n") && delivered.Contains("Subject: Test Postfix\n"), delivered);
        Assert.Contains("From: microlinux@mail.example.com\n", delivered);
        Assert.EndsWith("\n\nCeci est un test.\n", delivered);
    }

    [Fact]
    public async Task BlindCopiesAreDeliveredButNotShown()
    {
        using var config = new EngineConfig();
        int code = await Dispatcher.RunAsync("muttsharp", ["mail", "-s", "x", "-c", "bob@example.com", "-b", "carol@example.com", "-C", config.ConfigDirectory, "alice@example.com"],
            EngineConfig.Console("body\n", new StringWriter(), new StringWriter()), CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("Cc: bob@example.com\n", Assert.Single(config.Delivered("alice")));
        Assert.Single(config.Delivered("bob"));
        Assert.DoesNotContain("carol", Assert.Single(config.Delivered("carol")).Split("\n\n")[0].Replace("X-Original-To: carol@example.com", "").Replace("Delivered-To: carol@example.com", ""));
    }

    [Fact]
    public async Task WithoutARecipientItIsAUsageError()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await Dispatcher.RunAsync("muttsharp", ["mail", "-s", "x"], EngineConfig.Console("", new StringWriter(), error), CancellationToken.None));
        Assert.StartsWith("Usage: mail", error.ToString());
    }
}
