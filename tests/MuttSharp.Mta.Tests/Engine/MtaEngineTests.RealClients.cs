using System.Diagnostics;
using MuttSharp.Mta.Tests.Smtp;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Engine;

/// <summary>The engine with the SMTP clients people script against it: swaks and Python's smtplib.</summary>
public sealed partial class MtaEngineTests
{
    [ToolFact("swaks", "swaks")]
    public async Task SwaksDeliversAMessageIntoTheVirtualMaildir()
    {
        using var fixture = new EngineFixture();
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            var (code, output) = await RunAsync("swaks", "--server", $"127.0.0.1:{endpoint.Port}", "--ehlo", "client.example.net",
                "--from", "sender@example.net", "--to", "alice@example.com", "--header", "Subject: from swaks", "--body", "Hello from swaks");

            Assert.True(code == 0, output);
            Assert.Matches("<-  250 2.0.0 Ok: queued as [0-9A-F]{12}", output);
            string delivered = Assert.Single(await WaitForDeliveryAsync(fixture.AliceMaildir, 1));
            Assert.Contains("Subject: from swaks\n", delivered);
            Assert.Contains("Hello from swaks", delivered);
        }
    }

    [ToolFact("swaks", "swaks")]
    public async Task SwaksSeesAnUnknownUserRefusedAtRcptTime()
    {
        using var fixture = new EngineFixture();
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            var (code, output) = await RunAsync("swaks", "--server", $"127.0.0.1:{endpoint.Port}", "--from", "sender@example.net",
                "--to", "nobody-here@example.com", "--quit-after", "RCPT");

            Assert.NotEqual(0, code);
            Assert.Contains("<** 550 5.1.1 <nobody-here@example.com>: Recipient address rejected: User unknown in virtual mailbox table", output);
        }
    }

    [ToolFact("python3", "python3")]
    public async Task PythonsSmtplibSendsAndSeesARefusedRecipient()
    {
        using var fixture = new EngineFixture();
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            string script = $$"""
                import smtplib
                from email.message import EmailMessage
                m = EmailMessage()
                m["From"] = "sender@example.net"
                m["To"] = "alice@example.com, nobody-here@example.com"
                m["Subject"] = "from smtplib"
                m.set_content("Hello from Python")
                with smtplib.SMTP("127.0.0.1", {{endpoint.Port}}) as s:
                    s.ehlo("client.example.net")
                    print("pipelining" if s.has_extn("pipelining") else "no pipelining")
                    refused = s.send_message(m)
                    for rcpt, (code, text) in refused.items():
                        print(rcpt, code, text.decode())
                """;
            var (code, output) = await RunAsync("python3", "-c", script);

            Assert.True(code == 0, output);
            Assert.Equal("pipelining\nnobody-here@example.com 550 5.1.1 <nobody-here@example.com>: Recipient address rejected: User unknown in virtual mailbox table\n", output);
            string delivered = Assert.Single(await WaitForDeliveryAsync(fixture.AliceMaildir, 1));
            Assert.Contains("Subject: from smtplib\n", delivered);
        }
    }

    [Fact]
    public async Task AStartTlsProbeWithACommandBehindItSwitchesNothing()
    {
        // CVE-2011-0411's probe. Without smtpd_tls_security_level, STARTTLS is neither offered nor obeyed:
        // the command behind it is answered in the clear, in its turn, as any pipelined command.
        using var fixture = new EngineFixture();
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            await using var client = await SmtpTestClient.ConnectAsync(endpoint);
            await client.ExpectAsync("220");
            await client.SendAsync("EHLO probe.example\r\n");
            string ehlo = await client.ExpectAsync("250 ");
            Assert.DoesNotContain("STARTTLS", ehlo);
            await client.SendAsync("STARTTLS\r\nRSET\r\n");
            Assert.Equal("502 5.5.2 Error: command not recognized", await client.ReadReplyAsync());
            Assert.Equal("250 2.0.0 Ok", await client.ReadReplyAsync());
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output + await error);
    }
}
