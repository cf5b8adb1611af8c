using System.Text;
using MuttSharp.Mta.Smtp;

namespace MuttSharp.Mta.Tests.Smtp;

public sealed class SmtpSessionTests
{
    [Fact]
    public async Task GreetingAndEhloAdvertiseWhatPostfixAdvertises()
    {
        await using var server = new SmtpServerFixture();
        var client = await SmtpTestClient.ConnectAsync(server.Endpoint);
        Assert.Equal("220 mail.example.com ESMTP MuttSharp", await client.ReadReplyAsync());
        await client.SendAsync("EHLO client.example.net\r\n");
        string ehlo = (await client.ReadReplyAsync())!;
        Assert.Equal(
            "250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-VRFY\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING",
            ehlo);
        await client.DisposeAsync();
    }

    [Fact]
    public async Task RcptBeforeMailIsRefusedWith503()
    {
        await using var server = new SmtpServerFixture();
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO a\r\nRCPT TO:<b@x>\r\n");
        await client.ExpectAsync("250 ");
        Assert.Equal("503 5.5.1 Error: need MAIL command", await client.ReadReplyAsync());
        await client.DisposeAsync();
    }

    [Fact]
    public async Task AWholeTransactionIsQueuedWithTheEnvelopeAndAReceivedHeader()
    {
        await using var server = new SmtpServerFixture();
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO client.example.net\r\n");
        await client.ExpectAsync("250 ");
        await client.SendAsync("MAIL FROM:<sender@example.net> RET=HDRS ENVID=abc+2B1\r\n");
        Assert.Equal("250 2.1.0 Ok", await client.ReadReplyAsync());
        await client.SendAsync("RCPT TO:<alice@example.com> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;alice@example.com\r\n");
        Assert.Equal("250 2.1.5 Ok", await client.ReadReplyAsync());
        await client.SendAsync("DATA\r\n");
        Assert.Equal("354 End data with <CR><LF>.<CR><LF>", await client.ReadReplyAsync());
        await client.SendAsync("Subject: hi\r\n\r\n..leading dot\r\nbody\r\n.\r\n");
        string queued = (await client.ReadReplyAsync())!;
        Assert.Matches("^250 2.0.0 Ok: queued as [0-9A-F]{12}$", queued);
        await client.SendAsync("QUIT\r\n");
        Assert.Equal("221 2.0.0 Bye", await client.ReadReplyAsync());
        Assert.True(await client.IsClosedAsync());
        await client.DisposeAsync();

        var message = Assert.Single(server.Queued());
        Assert.Equal(queued[^12..], message.Id);
        Assert.Equal("sender@example.net", message.Envelope.Sender);
        Assert.Equal("HDRS", message.Envelope.Ret);
        Assert.Equal("abc+2B1", message.Envelope.EnvId);
        var rcpt = Assert.Single(message.Envelope.Recipients);
        Assert.Equal(("alice@example.com", "SUCCESS,FAILURE", "rfc822;alice@example.com"), (rcpt.Address, rcpt.Notify, rcpt.Orcpt));
        string content = Encoding.UTF8.GetString(message.Content.Span);
        Assert.Matches(
            "^Received: from client.example.net \\(localhost \\[127.0.0.1\\]\\)\n\tby mail.example.com \\(MuttSharp\\) with ESMTP id " + message.Id
            + "\n\tfor <alice@example.com>; [A-Z][a-z]{2}, [0-9]{1,2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} \\+0000 \\(UTC\\)\nSubject: hi\n\n.leading dot\nbody\n$",
            content);
        Assert.Contains($"{message.Id}: client=localhost[127.0.0.1]", server.Log.ToString());
        Assert.Contains("disconnect from localhost[127.0.0.1] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5", server.Log.ToString());
    }

    [Fact]
    public async Task PipelinedCommandsGetTheirRepliesInOrder()
    {
        await using var server = new SmtpServerFixture();
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO a\r\nMAIL FROM:<s@a>\r\nRCPT TO:<r1@b>\r\nRCPT TO:<r2@b>\r\nDATA\r\n");
        await client.ExpectAsync("250 CHUNKING");
        await client.ExpectAsync("250 2.1.0");
        await client.ExpectAsync("250 2.1.5");
        await client.ExpectAsync("250 2.1.5");
        await client.ExpectAsync("354 ");
        await client.SendAsync("x\r\n.\r\nRSET\r\nNOOP\r\nQUIT\r\n");
        await client.ExpectAsync("250 2.0.0 Ok: queued as");
        await client.ExpectAsync("250 2.0.0 Ok");
        await client.ExpectAsync("250 2.0.0 Ok");
        await client.ExpectAsync("221 ");
        await client.DisposeAsync();
        Assert.Equal(2, Assert.Single(server.Queued()).Envelope.Recipients.Count);
    }

    [Theory]
    [InlineData("DATA\r\n", "503 5.5.1 Error: need RCPT command")]
    [InlineData("FOO\r\n", "502 5.5.2 Error: command not recognized")]
    [InlineData("MAIL FROM:<s@a>\r\nMAIL FROM:<s@a>\r\n", "503 5.5.1 Error: nested MAIL command")]
    [InlineData("MAIL TO:<s@a>\r\n", "501 5.5.4 Syntax: MAIL FROM:<address>")]
    [InlineData("MAIL FROM:<s@a> SIZE=99999999\r\n", "552 5.3.4 Message size exceeds fixed limit")]
    [InlineData("MAIL FROM:<s@a> FOO=1\r\n", "555 5.5.4 Unsupported option: FOO")]
    [InlineData("MAIL FROM:<s@a> SIZE=1 SIZE=2\r\n", "501 5.5.4 Bad MAIL parameter syntax: duplicate parameter SIZE")]
    [InlineData("MAIL FROM:<s@a>\r\nRCPT TO:<r@b> NOTIFY=SOMETIMES\r\n", "501 5.5.4 Bad NOTIFY parameter syntax")]
    [InlineData("MAIL FROM:<a b@c>\r\n", "501 5.1.7 Bad sender address syntax: invalid local part")]
    [InlineData("MAIL FROM:<s@a>\r\nRCPT TO:<>\r\n", "501 5.1.3 Bad recipient address syntax: empty address")]
    [InlineData("MAIL FROM:<s@a>\r\nRCPT TO:<r@b\0x>\r\n", "500 5.5.2 Error: control character in command")]
    [InlineData("HELO\r\n", "501 5.5.4 Syntax: HELO hostname")]
    public async Task MistakesGetPostfixsReplies(string commands, string expected)
    {
        await using var server = new SmtpServerFixture();
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO a\r\n" + commands);
        string? last = null;
        int replies = commands.Split("\r\n").Length;
        for (int i = 0; i < replies; i++)
            last = await client.ReadReplyAsync();
        Assert.Equal(expected, last);
        await client.DisposeAsync();
    }

    [Fact]
    public async Task VrfyIsRefusedWhenDisabledAndAnswersThroughThePolicyOtherwise()
    {
        await using (var server = new SmtpServerFixture(settings: new() { ["disable_vrfy_command"] = "yes" }))
        {
            var client = await server.ConnectAsync();
            await client.SendAsync("EHLO a\r\nVRFY root\r\n");
            Assert.DoesNotContain("VRFY", await client.ReadReplyAsync());
            Assert.Equal("502 5.5.1 VRFY command is disabled", await client.ReadReplyAsync());
            await client.DisposeAsync();
        }
        var policy = new PolicyStub(r => r == "root" ? null : new SmtpReply(550, "5.1.1", $"<{r}>: Recipient address rejected: User unknown"));
        await using (var server = new SmtpServerFixture(policy))
        {
            var client = await server.ConnectAsync();
            await client.SendAsync("EHLO a\r\nVRFY root\r\nVRFY <nobody>\r\n");
            await client.ExpectAsync("250 ");
            Assert.Equal("252 2.0.0 <root>", await client.ReadReplyAsync());
            Assert.Equal("550 5.1.1 <nobody>: Recipient address rejected: User unknown", await client.ReadReplyAsync());
            await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task PipeliningWithoutEhloIsASynchronizationErrorThatEndsTheSession()
    {
        await using var server = new SmtpServerFixture();
        var client = await server.ConnectAsync();
        await client.SendAsync("HELO a\r\n");
        Assert.Equal("250 mail.example.com", await client.ReadReplyAsync());
        await client.SendAsync("MAIL FROM:<s@a>\r\nRCPT TO:<r@b>\r\n");
        Assert.Equal("554 5.5.0 Error: SMTP protocol synchronization", await client.ReadReplyAsync());
        Assert.True(await client.IsClosedAsync());
        await client.DisposeAsync();
        Assert.Contains("improper command pipelining after MAIL from localhost[127.0.0.1]", server.Log.ToString());
    }

    [Fact]
    public async Task SourceRoutesAreDroppedAndTheMailboxKept()
    {
        await using var server = new SmtpServerFixture();
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO a\r\nMAIL FROM:<@relay.example:s@a.example>\r\nRCPT TO:<@x,@y:r@b.example>\r\nDATA\r\n");
        await client.ExpectAsync("250 ");
        await client.ExpectAsync("250 2.1.0");
        await client.ExpectAsync("250 2.1.5");
        await client.ExpectAsync("354");
        await client.SendAsync(".\r\n");
        await client.ExpectAsync("250 2.0.0 Ok: queued");
        await client.DisposeAsync();
        var message = Assert.Single(server.Queued());
        Assert.Equal(("s@a.example", "r@b.example"), (message.Envelope.Sender, message.Envelope.Recipients[0].Address));
    }

    [Fact]
    public async Task ARefusedRecipientIsLoggedAsPostfixLogsIt()
    {
        var policy = new PolicyStub(r => r.StartsWith("nobody", StringComparison.Ordinal)
            ? new SmtpReply(550, "5.1.1", $"<{r}>: Recipient address rejected: User unknown in local recipient table") : null);
        await using var server = new SmtpServerFixture(policy);
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO client.example.net\r\nMAIL FROM:<sender@example.net>\r\nRCPT TO:<nobody@example.com>\r\nDATA\r\nQUIT\r\n");
        await client.ExpectAsync("250 ");
        await client.ExpectAsync("250 ");
        Assert.Equal("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient table", await client.ReadReplyAsync());
        Assert.Equal("554 5.5.1 Error: no valid recipients", await client.ReadReplyAsync());
        await client.ExpectAsync("221");
        await client.DisposeAsync();
        Assert.Contains(
            "NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient table; from=<sender@example.net> to=<nobody@example.com> proto=ESMTP helo=<client.example.net>",
            server.Log.ToString());
        Assert.Empty(server.Queued());
    }

    [Fact]
    public async Task TheRecipientLimitGives452()
    {
        await using var server = new SmtpServerFixture(settings: new() { ["smtpd_recipient_limit"] = "2" });
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO a\r\nMAIL FROM:<s@a>\r\nRCPT TO:<r1@b>\r\nRCPT TO:<r2@b>\r\nRCPT TO:<r3@b>\r\n");
        await client.ExpectAsync("250 ");
        await client.ExpectAsync("250");
        await client.ExpectAsync("250");
        await client.ExpectAsync("250");
        Assert.Equal("452 4.5.3 Error: too many recipients", await client.ReadReplyAsync());
        await client.DisposeAsync();
    }

    [Fact]
    public async Task AMessageOverTheSizeLimitIsRefusedOnTheBytesReceivedEvenWithoutSize()
    {
        await using var server = new SmtpServerFixture(settings: new() { ["message_size_limit"] = "1000" });
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO a\r\nMAIL FROM:<s@a>\r\nRCPT TO:<r@b>\r\nDATA\r\n");
        await client.ExpectAsync("250 ");
        await client.ExpectAsync("250");
        await client.ExpectAsync("250");
        await client.ExpectAsync("354");
        var body = new StringBuilder();
        for (int i = 0; i < 100; i++)
            body.Append("0123456789012345678901234567890123456789\r\n");
        await client.SendAsync(body + ".\r\nNOOP\r\n");
        Assert.Equal("552 5.3.4 Message size exceeds fixed limit", await client.ReadReplyAsync());
        await client.ExpectAsync("250 2.0.0 Ok");
        await client.DisposeAsync();
        Assert.Empty(server.Queued());
        Assert.Empty(Directory.GetFiles(server.Queue.AreaPath(MuttSharp.Mta.Queue.QueueArea.Incoming)));
    }

    [Fact]
    public async Task AMessageManyTimesTheCommandBufferArrivesWholeAndTheCommandsSentInTheSameWriteAreAnswered()
    {
        await using var server = new SmtpServerFixture();
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO a\r\nMAIL FROM:<s@a>\r\nRCPT TO:<r@b>\r\nDATA\r\n");
        await client.ExpectAsync("250 CHUNKING");
        await client.ExpectAsync("250 2.1.0");
        await client.ExpectAsync("250 2.1.5");
        await client.ExpectAsync("354 ");
        var body = new StringBuilder("Subject: big\r\n\r\n");
        for (int i = 0; i < 3000; i++)
            body.Append(i % 10 == 0 ? ".." : "").Append(i).Append(" 0123456789012345678901234567890123456789012345678901234567890123456789\r\n");
        await client.SendAsync(body + ".\r\nRSET\r\nMAIL FROM:<t@a>\r\nQUIT\r\n");
        await client.ExpectAsync("250 2.0.0 Ok: queued as");
        await client.ExpectAsync("250 2.0.0 Ok");
        await client.ExpectAsync("250 2.1.0 Ok");
        await client.ExpectAsync("221 ");
        await client.DisposeAsync();

        string content = Encoding.UTF8.GetString(Assert.Single(server.Queued()).Content.Span);
        string expected = body.ToString().Replace("\r\n..", "\r\n.", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.EndsWith(expected, content);
        Assert.StartsWith("Received: ", content);
    }

    [Fact]
    public async Task AnOverlongCommandLineIsRefusedAndTheSessionGoesOn()
    {
        await using var server = new SmtpServerFixture();
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO a\r\nNOOP " + new string('x', 5000) + "\r\nNOOP\r\n");
        await client.ExpectAsync("250 ");
        Assert.Equal("500 5.5.2 Error: line too long", await client.ReadReplyAsync());
        await client.ExpectAsync("250 2.0.0 Ok");
        await client.DisposeAsync();
    }

    [Fact]
    public async Task ASilentClientIsDisconnectedAfterSmtpdTimeout()
    {
        await using var server = new SmtpServerFixture(settings: new() { ["smtpd_timeout"] = "1s" });
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO a\r\nMAIL FROM:<s@a>");
        await client.ExpectAsync("250 ");
        Assert.Equal("421 4.4.2 mail.example.com Error: timeout exceeded", await client.ReadReplyAsync());
        Assert.True(await client.IsClosedAsync());
        await client.DisposeAsync();
        Assert.Contains("timeout after EHLO from localhost[127.0.0.1]", server.Log.ToString());
    }

    [Fact]
    public async Task ATricklingClientCannotStretchOneLinePastTheDeadline()
    {
        await using var server = new SmtpServerFixture(settings: new() { ["smtpd_timeout"] = "1s" });
        var client = await server.ConnectAsync();
        string? reply = null;
        var reading = Task.Run(async () => reply = await client.ReadReplyAsync(15));
        foreach (char c in "NOOP and on and on")
        {
            if (reading.IsCompleted)
                break;
            await client.SendAsync(c.ToString());
            await Task.Delay(150);
        }
        await reading;
        Assert.Equal("421 4.4.2 mail.example.com Error: timeout exceeded", reply);
        await client.DisposeAsync();
    }

    [Fact]
    public async Task TooManyErrorsEndTheSession()
    {
        await using var server = new SmtpServerFixture(settings: new() { ["smtpd_hard_error_limit"] = "3" });
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO a\r\nFOO\r\nBAR\r\nBAZ\r\n");
        await client.ExpectAsync("250 ");
        await client.ExpectAsync("502");
        await client.ExpectAsync("502");
        await client.ExpectAsync("502");
        Assert.Equal("421 4.7.0 Error: too many errors", await client.ReadReplyAsync());
        Assert.True(await client.IsClosedAsync());
        await client.DisposeAsync();
    }

    [Fact]
    public async Task BdatChunksMakeOneMessageWithoutDotUnstuffing()
    {
        await using var server = new SmtpServerFixture();
        var client = await server.ConnectAsync();
        await client.SendAsync("EHLO a\r\nMAIL FROM:<s@a>\r\nRCPT TO:<r@b>\r\n");
        await client.ExpectAsync("250 ");
        await client.ExpectAsync("250");
        await client.ExpectAsync("250");
        await client.SendAsync("BDAT 14\r\nSubject: x\r\n\r\nBDAT 9 LAST\r\n.dot\r\n.\r\n");
        Assert.Equal("250 2.0.0 Ok: 14 bytes", await client.ReadReplyAsync());
        await client.ExpectAsync("250 2.0.0 Ok: queued as");
        await client.DisposeAsync();
        string content = Encoding.UTF8.GetString(Assert.Single(server.Queued()).Content.Span);
        Assert.EndsWith("\nSubject: x\n\n.dot\n.\n", content);
    }
}
