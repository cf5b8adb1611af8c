using System.Net;
using MailKit.Net.Smtp;
using MimeKit;
using MuttSharp.Mta.Engine;
using MuttSharp.Mta.Tests.Smtp;

namespace MuttSharp.Mta.Tests.Engine;

public sealed partial class MtaEngineTests
{
    private static async Task<(MtaEngine Engine, IPEndPoint Endpoint)> StartAsync(EngineFixture fixture, IPAddress? bind = null)
    {
        var engine = MtaEngine.Create(fixture.Settings, fixture.Log, users: fixture.Users);
        var endpoints = engine.Start([new IPEndPoint(bind ?? IPAddress.Loopback, 0)], workers: 2);
        await Task.Yield();
        return (engine, endpoints[0]);
    }

    private static async Task<string[]> WaitForDeliveryAsync(string maildir, int count)
    {
        for (int i = 0; i < 200 && EngineFixture.Delivered(maildir).Length < count; i++)
            await Task.Delay(25);
        return EngineFixture.Delivered(maildir);
    }

    [Fact]
    public async Task MailKitsClientDeliversIntoTheVirtualMaildirWithPostfixsHeaders()
    {
        using var fixture = new EngineFixture();
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(endpoint.Address.ToString(), endpoint.Port, MailKit.Security.SecureSocketOptions.None);
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse("sender@example.net"));
            message.To.Add(MailboxAddress.Parse("alice@example.com"));
            message.Subject = "Test MuttSharp";
            message.Body = new TextPart("plain") { Text = "Ceci est un test." };
            await client.SendAsync(message);
            await client.DisconnectAsync(true);

            string delivered = Assert.Single(await WaitForDeliveryAsync(fixture.AliceMaildir, 1));
            Assert.Matches(
                "^Return-Path: <sender@example.net>\nX-Original-To: alice@example.com\nDelivered-To: alice@example.com\nReceived: from \\S+ \\(localhost \\[127.0.0.1\\]\\)\n\tby mail.example.com \\(MuttSharp\\) with ESMTP id [0-9A-F]{12}\n\tfor <alice@example.com>; ",
                delivered);
            Assert.Contains("Subject: Test MuttSharp", delivered);
            Assert.DoesNotContain("\r", delivered);
        }
        Assert.Matches("status=sent \\(delivered to maildir\\)", fixture.LogText.ToString());
    }

    [Theory]
    [InlineData("normalize")]
    [InlineData("reject")]
    public async Task ASmuggledSecondMessageIsNeverQueued(string policy)
    {
        using var fixture = new EngineFixture(new() { ["smtpd_forbid_bare_newline"] = policy });
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            await using var client = await SmtpTestClient.ConnectAsync(endpoint);
            await client.ExpectAsync("220");
            await client.SendAsync("EHLO attacker.example\r\nMAIL FROM:<x@remote.test>\r\nRCPT TO:<alice@example.com>\r\nDATA\r\n");
            await client.ExpectAsync("250 ");
            await client.ExpectAsync("250");
            await client.ExpectAsync("250");
            await client.ExpectAsync("354");
            await client.SendAsync("Subject: outer\r\n\r\nouter\n.\r\nMAIL FROM:<admin@example.com>\r\nRCPT TO:<alice@example.com>\r\nDATA\r\nSubject: smuggled\r\n\r\nx\r\n.\r\n");
            string reply = (await client.ReadReplyAsync())!;
            if (policy == "reject")
            {
                Assert.Equal("521 5.5.2 mail.example.com Error: bare <LF> received", reply);
                Assert.True(await client.IsClosedAsync());
            }
            else
            {
                Assert.StartsWith("250 2.0.0 Ok: queued as", reply);
                await client.SendAsync("QUIT\r\n");
                await client.ExpectAsync("221");
            }
            await Task.Delay(200);
            string[] delivered = policy == "reject" ? EngineFixture.Delivered(fixture.AliceMaildir) : await WaitForDeliveryAsync(fixture.AliceMaildir, 1);
            Assert.Equal(policy == "reject" ? 0 : 1, delivered.Length);
            Assert.All(delivered, d => Assert.Contains("MAIL FROM:<admin@example.com>\n", d)); // kept as text of the one message
        }
    }

    [Theory]
    [InlineData("<someone@remote.test>", "454 4.7.1 <someone@remote.test>: Relay access denied")]
    [InlineData("<someone%remote.test@example.com>", "454 4.7.1 <someone%remote.test@example.com>: Relay access denied")]
    [InlineData("<remote.test!someone@example.com>", "454 4.7.1 <remote.test!someone@example.com>: Relay access denied")]
    [InlineData("<\"someone@remote.test\"@example.com>", "454 4.7.1 <\"someone@remote.test\"@example.com>: Relay access denied")]
    [InlineData("<@example.com:someone@remote.test>", "454 4.7.1 <someone@remote.test>: Relay access denied")]
    [InlineData("<nobody@example.com>", "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table")]
    [InlineData("<nobody@mail.example.com>", "550 5.1.1 <nobody@mail.example.com>: Recipient address rejected: User unknown in local recipient table")]
    public async Task AClientOutsideMynetworksCannotRelayByAnyAddressTrick(string recipient, string expected)
    {
        using var fixture = new EngineFixture();
        var (engine, endpoint) = await StartAsync(fixture, IPAddress.Any);
        await using (engine)
        {
            await using var client = await SmtpTestClient.ConnectAsync(new IPEndPoint(IPAddress.Loopback, endpoint.Port), from: IPAddress.Parse("127.0.0.2"));
            await client.ExpectAsync("220");
            await client.SendAsync($"EHLO outside.example\r\nMAIL FROM:<x@remote.test>\r\nRCPT TO:{recipient}\r\nRCPT TO:<alice@example.com>\r\n");
            await client.ExpectAsync("250 ");
            await client.ExpectAsync("250");
            Assert.Equal(expected, await client.ReadReplyAsync());
            Assert.Equal("250 2.1.5 Ok", await client.ReadReplyAsync());
        }
        Assert.Contains("NOQUEUE: reject: RCPT from unknown[127.0.0.2]: " + expected, fixture.LogText.ToString());
    }

    [Fact]
    public async Task AClientInsideMynetworksMayRelay()
    {
        using var fixture = new EngineFixture();
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            await using var client = await SmtpTestClient.ConnectAsync(endpoint);
            await client.ExpectAsync("220");
            await client.SendAsync("EHLO inside\r\nMAIL FROM:<carol@mail.example.com>\r\nRCPT TO:<someone@remote.test>\r\n");
            await client.ExpectAsync("250 ");
            await client.ExpectAsync("250");
            Assert.Equal("250 2.1.5 Ok", await client.ReadReplyAsync());
        }
    }

    [Fact]
    public async Task ConnectionsBeyondTheLimitPerClientAreTurnedAway()
    {
        using var fixture = new EngineFixture(new() { ["smtpd_client_connection_count_limit"] = "2" });
        var (engine, endpoint) = await StartAsync(fixture, IPAddress.Any);
        await using (engine)
        {
            var outside = IPAddress.Parse("127.0.0.2");
            var target = new IPEndPoint(IPAddress.Loopback, endpoint.Port);
            await using var first = await SmtpTestClient.ConnectAsync(target, outside);
            await first.ExpectAsync("220");
            await using var second = await SmtpTestClient.ConnectAsync(target, outside);
            await second.ExpectAsync("220");
            await using var third = await SmtpTestClient.ConnectAsync(target, outside);
            Assert.Equal("421 4.7.0 mail.example.com Error: too many connections from this client", await third.ReadReplyAsync());
            Assert.True(await third.IsClosedAsync());
        }
    }

    [Fact]
    public async Task APipeAliasGetsTheMessageOnStandardInputWithoutAShell()
    {
        using var scratch = new Support.TempDirectory();
        string output = Path.Combine(scratch.Path, "out.txt");
        using var fixture = new EngineFixture(extraAliases: $"pipe: \"|/usr/bin/tee {output}\"\n");
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            await using var client = await SmtpTestClient.ConnectAsync(endpoint);
            await client.ExpectAsync("220");
            await client.SendAsync("EHLO a\r\nMAIL FROM:<s@x.test>\r\nRCPT TO:<pipe@mail.example.com>\r\nDATA\r\n");
            await client.ExpectAsync("250 ");
            await client.ExpectAsync("250");
            await client.ExpectAsync("250");
            await client.ExpectAsync("354");
            await client.SendAsync("Subject: piped; $(touch hacked)\r\n\r\nhello\r\n.\r\n");
            await client.ExpectAsync("250 2.0.0 Ok: queued as");
            for (int i = 0; i < 200 && !fixture.LogText.ToString().Contains("removed"); i++)
                await Task.Delay(25);
        }
        Assert.Contains($"status=sent (delivered to command: /usr/bin/tee {output})", fixture.LogText.ToString());
        string piped = File.ReadAllText(output);
        Assert.StartsWith("Return-Path: <s@x.test>\nX-Original-To: pipe@mail.example.com\nDelivered-To: pipe@mail.example.com\n", piped);
        Assert.Contains("Subject: piped; $(touch hacked)\n\nhello\n", piped);
        Assert.False(File.Exists("hacked"));
    }
}
