using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MailKit.Net.Smtp;
using MimeKit;
using MuttSharp.Mta.Tests.Smtp;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Engine;

/// <summary>STARTTLS with a certificate made for the test (smtpd_tls_cert_file, smtpd_tls_key_file).</summary>
public sealed partial class MtaEngineTests
{
    private static Dictionary<string, string> TlsSettings(string directory, string level)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=mail.example.com", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        string certFile = Path.Combine(directory, "cert.pem");
        string keyFile = Path.Combine(directory, "key.pem");
        File.WriteAllText(certFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return new() { ["smtpd_tls_security_level"] = level, ["smtpd_tls_cert_file"] = certFile, ["smtpd_tls_key_file"] = keyFile };
    }

    [Fact]
    public async Task CommandsPipelinedBehindStartTlsAreDiscardedNotObeyedInsideTls()
    {
        using var certificates = new TempDirectory();
        using var fixture = new EngineFixture(TlsSettings(certificates.Path, "may"));
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            await using var client = await SmtpTestClient.ConnectAsync(endpoint);
            await client.ExpectAsync("220");
            await client.SendAsync("EHLO probe.example\r\n");
            Assert.Contains("250-STARTTLS", await client.ExpectAsync("250 "));

            // CVE-2011-0411: RSET and a MAIL ride in the same segment as STARTTLS.
            await client.SendAsync("STARTTLS\r\nRSET\r\nMAIL FROM:<injected@example.net>\r\n");
            Assert.Equal("220 2.0.0 Ready to start TLS", await client.ReadReplyAsync());
            await using var tls = new SslStream(client.Stream, leaveInnerStreamOpen: true, (_, _, _, _) => true);
            await tls.AuthenticateAsClientAsync("mail.example.com");
            await tls.WriteAsync("EHLO probe.example\r\n"u8.ToArray());

            // The first reply inside TLS answers the EHLO sent inside TLS: nothing from before was executed.
            string reply = await ReadReplyAsync(tls);
            Assert.StartsWith("250-mail.example.com\r\n", reply);
            Assert.DoesNotContain("STARTTLS", reply);
        }
        Assert.Contains("Anonymous TLS connection established from localhost[127.0.0.1]: Tls", fixture.LogText.ToString());
    }

    [Fact]
    public async Task MailKitSendsOverStartTlsAndTheReceivedHeaderSaysEsmtps()
    {
        using var certificates = new TempDirectory();
        using var fixture = new EngineFixture(TlsSettings(certificates.Path, "may"));
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            using var client = new SmtpClient { ServerCertificateValidationCallback = (_, _, _, _) => true };
            await client.ConnectAsync(endpoint.Address.ToString(), endpoint.Port, MailKit.Security.SecureSocketOptions.StartTls);
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse("sender@example.net"));
            message.To.Add(MailboxAddress.Parse("alice@example.com"));
            message.Subject = "over TLS";
            message.Body = new TextPart("plain") { Text = "secret" };
            await client.SendAsync(message);
            await client.DisconnectAsync(true);

            string delivered = Assert.Single(await WaitForDeliveryAsync(fixture.AliceMaildir, 1));
            Assert.Matches("by mail.example.com \\(MuttSharp\\) with ESMTPS id", delivered);
        }
    }

    [Fact]
    public async Task UnderEncryptMailBeforeStartTlsIsRefused()
    {
        using var certificates = new TempDirectory();
        using var fixture = new EngineFixture(TlsSettings(certificates.Path, "encrypt"));
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            await using var client = await SmtpTestClient.ConnectAsync(endpoint);
            await client.ExpectAsync("220");
            await client.SendAsync("EHLO plain.example\r\n");
            await client.ExpectAsync("250 ");
            await client.SendAsync("MAIL FROM:<s@example.net>\r\n");
            Assert.Equal("530 5.7.0 Must issue a STARTTLS command first", await client.ReadReplyAsync());
        }
    }

    [Fact]
    public async Task WithoutACertificateFileStartTlsIsNotOfferedAndTheProblemIsLogged()
    {
        using var fixture = new EngineFixture(new() { ["smtpd_tls_security_level"] = "may" });
        var (engine, endpoint) = await StartAsync(fixture);
        await using (engine)
        {
            await using var client = await SmtpTestClient.ConnectAsync(endpoint);
            await client.ExpectAsync("220");
            await client.SendAsync("EHLO plain.example\r\n");
            Assert.DoesNotContain("STARTTLS", await client.ExpectAsync("250 "));
        }
        Assert.Contains("warning: smtpd_tls_security_level = may but smtpd_tls_cert_file is empty: STARTTLS is not offered", fixture.LogText.ToString());
    }

    private static async Task<string> ReadReplyAsync(Stream stream)
    {
        var text = new StringBuilder();
        var buffer = new byte[4096];
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!System.Text.RegularExpressions.Regex.IsMatch(text.ToString(), "(^|\r\n)[0-9]{3} [^\r\n]*\r\n$"))
        {
            int n = await stream.ReadAsync(buffer, deadline.Token);
            if (n == 0)
                break;
            text.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }
        return text.ToString();
    }
}
