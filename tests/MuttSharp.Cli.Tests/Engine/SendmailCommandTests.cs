namespace MuttSharp.Cli.Tests.Engine;

public sealed class SendmailCommandTests
{
    [Fact]
    public async Task DashTTakesRecipientsFromTheHeadersAndRemovesBcc()
    {
        using var config = new EngineConfig();
        var output = new StringWriter();
        var error = new StringWriter();
        const string message = "To: alice@example.com\nCc: Bob <bob@example.com>\nBcc: carol@example.com\nSubject: hello\n\nline one\n.\nline after a dot\n";

        int code = await Dispatcher.RunAsync("muttsharp", ["sendmail", "-c", config.ConfigDirectory, "-t", "-i"], EngineConfig.Console(message, output, error), CancellationToken.None);

        Assert.True(code == 0, error.ToString());
        foreach (string user in new[] { "alice", "bob", "carol" })
        {
            string delivered = Assert.Single(config.Delivered(user));
            Assert.Contains("Subject: hello\n", delivered);
            Assert.DoesNotContain("Bcc:", delivered);
            Assert.EndsWith("\n\nline one\n.\nline after a dot\n", delivered);
            Assert.Matches("Received: by mail.example.com \\(MuttSharp, from userid [0-9]+\\)\n\tid [0-9A-F]{12}; ", delivered);
            Assert.Contains("From: microlinux@mail.example.com\n", delivered);
            Assert.Matches("Message-Id: <[0-9]{14}\\.[0-9A-F]{12}@mail.example.com>", delivered);
            Assert.Contains("Return-Path: <microlinux@mail.example.com>", delivered);
        }
        Assert.Contains("status=sent (delivered to maildir)", File.ReadAllText(Path.Combine(config.Root, "maillog")));
    }

    [Fact]
    public async Task BccIsRemovedAlsoWhenTheRecipientsAreGivenOnTheCommandLine()
    {
        using var config = new EngineConfig();
        var error = new StringWriter();
        const string message = "To: alice@example.com\nBcc: carol@example.com\nSubject: hidden\n\nbody\n";

        int code = await Dispatcher.RunAsync("muttsharp", ["sendmail", "-c", config.ConfigDirectory, "-i", "alice@example.com", "carol@example.com"],
            EngineConfig.Console(message, new StringWriter(), error), CancellationToken.None);

        Assert.True(code == 0, error.ToString());
        string alice = Assert.Single(config.Delivered("alice"));
        Assert.Contains("Subject: hidden\n", alice);
        Assert.DoesNotContain("carol", alice);
        Assert.DoesNotContain("Bcc:", Assert.Single(config.Delivered("carol")));
    }

    [Fact]
    public async Task WithoutDashIALoneDotEndsTheMessage()
    {
        using var config = new EngineConfig();
        var error = new StringWriter();
        int code = await Dispatcher.RunAsync("sendmail", ["-c", config.ConfigDirectory, "-f", "sender@example.net", "alice@example.com"],
            EngineConfig.Console("Subject: dot\n\nkept\n.\nnot kept\n", new StringWriter(), error), CancellationToken.None);

        Assert.True(code == 0, error.ToString());
        string delivered = Assert.Single(config.Delivered("alice"));
        Assert.StartsWith("Return-Path: <sender@example.net>\n", delivered);
        Assert.EndsWith("\n\nkept\n", delivered);
    }

    [Fact]
    public async Task DashBsSpeaksSmtpOnStandardInputAndOutput()
    {
        using var config = new EngineConfig();
        var output = new StringWriter();
        const string dialogue = "EHLO localhost\r\nMAIL FROM:<root@mail.example.com>\r\nRCPT TO:<alice@example.com>\r\nDATA\r\nSubject: bs\r\n\r\nover stdio\r\n.\r\nQUIT\r\n";

        int code = await Dispatcher.RunAsync("sendmail", ["-bs", "-c", config.ConfigDirectory], EngineConfig.Console(dialogue, output, new StringWriter()), CancellationToken.None);

        Assert.Equal(0, code);
        string replies = output.ToString();
        Assert.StartsWith("220 mail.example.com ESMTP MuttSharp\r\n250-mail.example.com\r\n", replies);
        Assert.Matches("250 2.0.0 Ok: queued as [0-9A-F]{12}\r\n221 2.0.0 Bye\r\n$", replies);
        Assert.EndsWith("Subject: bs\n\nover stdio\n", Assert.Single(config.Delivered("alice")));
    }

    [Fact]
    public async Task NoRecipientsIsAUsageError()
    {
        using var config = new EngineConfig();
        var error = new StringWriter();
        int code = await Dispatcher.RunAsync("muttsharp", ["sendmail", "-c", config.ConfigDirectory, "-t"], EngineConfig.Console("Subject: x\n\nx\n", new StringWriter(), error), CancellationToken.None);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("No recipient addresses found in message header", error.ToString());
    }

    [Fact]
    public async Task AnUndeliverableRemoteRecipientWaitsInTheQueueAndMailqShowsIt()
    {
        using var config = new EngineConfig();
        File.AppendAllText(Path.Combine(config.ConfigDirectory, "main.cf"), "\nrelayhost = [127.0.0.1]:9\n");
        int code = await Dispatcher.RunAsync("muttsharp", ["sendmail", "-c", config.ConfigDirectory, "someone@remote.test"],
            EngineConfig.Console("Subject: far\n\naway\n", new StringWriter(), new StringWriter()), CancellationToken.None);
        Assert.Equal(0, code);

        var output = new StringWriter();
        Assert.Equal(0, await Dispatcher.RunAsync("mailq", ["-c", config.ConfigDirectory], EngineConfig.Console("", output, new StringWriter()), CancellationToken.None));
        Assert.True(output.ToString().StartsWith("-Queue", StringComparison.Ordinal), File.ReadAllText(Path.Combine(config.Root, "maillog")));
        string[] lines = output.ToString().Split('\n');
        Assert.Equal("-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------", lines[0]);
        Assert.Matches("^[0-9A-F]{12} +[0-9]+ [A-Z][a-z]{2} [A-Z][a-z]{2} +[0-9]+ [0-9:]{8} +microlinux@mail.example.com$", lines[1]);
        Assert.Equal("(connect to 127.0.0.1[127.0.0.1]:9: Connection refused)", lines[2]);
        Assert.Equal(new string(' ', 41) + "someone@remote.test", lines[3]);
        Assert.Matches("^-- [0-9]+ Kbytes in 1 Request\\.$", lines[5]);
    }

    [Fact]
    public async Task AnEmptyQueueIsSaidToBeEmpty()
    {
        using var config = new EngineConfig();
        var output = new StringWriter();
        Assert.Equal(0, await Dispatcher.RunAsync("muttsharp", ["postqueue", "-c", config.ConfigDirectory, "-p"], EngineConfig.Console("", output, new StringWriter()), CancellationToken.None));
        Assert.Equal("Mail queue is empty\n", output.ToString());
    }
}
