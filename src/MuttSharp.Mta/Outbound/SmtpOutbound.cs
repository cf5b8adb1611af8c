using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Delivery;
using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Queue;

namespace MuttSharp.Mta.Outbound;

/// <summary>
/// Postfix's smtp(8): to relayhost (<c>[host]:port</c> skips the MX lookup) or to the domain's MX
/// hosts in preference order, with opportunistic STARTTLS (smtp_tls_security_level = may), through
/// MailKit's SmtpClient. A 4xx reply or an unreachable host defers, a 5xx bounces, per recipient.
/// MailKit re-serializes the message from MimeKit's parse; for plain RFC 5322 mail that is byte
/// for byte what was queued, and it spares a second SMTP client implementation.
/// </summary>
public sealed class SmtpOutbound : IOutboundTransport
{
    private readonly MtaSettings settings;
    private readonly IMxResolver dns;
    private readonly MailLog log;
    private readonly int defaultPort;

    /// <summary>An outbound transport; <paramref name="defaultPort"/> is the port for MX hosts (25; tests use their fake server's).</summary>
    public SmtpOutbound(MtaSettings settings, IMxResolver dns, MailLog log, int defaultPort = 25)
    {
        this.settings = settings;
        this.dns = dns;
        this.log = log;
        this.defaultPort = defaultPort;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DeliveryResult>> SendAsync(QueuedMessage message, string domain, IReadOnlyList<EnvelopeRecipient> recipients, CancellationToken cancellationToken)
    {
        var (host, port, useMx) = Destination(domain);
        var lookup = await dns.ResolveAsync(host, useMx, cancellationToken).ConfigureAwait(false);
        if (lookup.Hosts.Count == 0)
        {
            var failure = lookup.Permanent ? DeliveryResult.Bounce("5.4.4", lookup.Error, "none") : DeliveryResult.Defer("4.4.3", lookup.Error, "none");
            return recipients.Select(_ => failure).ToArray();
        }
        MimeMessage mime;
        using (var content = new MemoryStream(message.Content.ToArray()))
            mime = await MimeMessage.LoadAsync(content, cancellationToken).ConfigureAwait(false);
        string lastError = "";
        foreach (var mx in lookup.Hosts)
        {
            foreach (var address in mx.Addresses)
            {
                string relay = $"{mx.Name}[{address}]:{port}";
                var attempt = await TryHostAsync(mime, message, recipients, mx.Name, address, port, relay, cancellationToken).ConfigureAwait(false);
                if (attempt is not null)
                    return attempt;
                lastError = $"connect to {relay}: Connection refused";
            }
        }
        return recipients.Select(_ => DeliveryResult.Defer("4.4.1", lastError, "none")).ToArray();
    }

    /// <summary>relayhost, else the recipient domain: host, port, and whether to look up MX records.</summary>
    internal (string Host, int Port, bool UseMx) Destination(string domain)
    {
        string relay = settings.Relayhost.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (relay.Length == 0)
            return (domain, defaultPort, true);
        bool bracketed = relay.StartsWith('[');
        string host = relay;
        int port = defaultPort;
        int close = relay.IndexOf(']');
        int colon = relay.LastIndexOf(':');
        if (colon > close && int.TryParse(relay[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int p))
        {
            port = p;
            host = relay[..colon];
        }
        return (host.Trim('[', ']'), port, !bracketed);
    }

    /// <summary>One host: null when it could not be reached (the next one is tried), else a result per recipient.</summary>
    private async Task<IReadOnlyList<DeliveryResult>?> TryHostAsync(MimeMessage mime, QueuedMessage message, IReadOnlyList<EnvelopeRecipient> recipients, string hostName, IPAddress address, int port, string relay, CancellationToken cancellationToken)
    {
        using var client = new RecordingSmtpClient(recipients)
        {
            LocalDomain = settings.MyHostname,
            Timeout = (int)Math.Min(int.MaxValue, settings.SmtpdTimeout.TotalMilliseconds),
            // Opportunistic TLS, as smtp_tls_security_level = may: encryption without authentication.
            ServerCertificateValidationCallback = (_, _, _, _) => true,
        };
        try
        {
            using var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connect.CancelAfter(TimeSpan.FromSeconds(30)); // smtp_connect_timeout
            await client.ConnectAsync(address.ToString(), port, SecureSocketOptions.StartTlsWhenAvailable, connect.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException or SmtpProtocolException or SslHandshakeException)
        {
            if (cancellationToken.IsCancellationRequested)
                throw;
            log.Write("smtp", $"connect to {relay}: {e.Message}");
            return null;
        }
        try
        {
            var sender = message.Envelope.Sender.Length == 0 ? new MailboxAddress("", "") : MailboxAddress.Parse(message.Envelope.Sender);
            var rcpts = recipients.Select(r => MailboxAddress.Parse(r.Address)).ToArray();
            string response = await client.SendAsync(mime, sender, rcpts, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
            return recipients.Select((r, i) => client.Rejected.TryGetValue(i, out var rejection)
                ? Refused(rejection.Code, rejection.Text, hostName, address, "RCPT TO", relay)
                : DeliveryResult.Sent(response.Trim(), relay)).ToArray();
        }
        catch (SmtpCommandException e)
        {
            string command = e.ErrorCode switch
            {
                SmtpErrorCode.SenderNotAccepted => "MAIL FROM",
                SmtpErrorCode.RecipientNotAccepted => "RCPT TO",
                _ => "end of DATA",
            };
            var result = Refused((int)e.StatusCode, e.Message, hostName, address, command, relay);
            return recipients.Select((_, i) => client.Rejected.TryGetValue(i, out var r) ? Refused(r.Code, r.Text, hostName, address, "RCPT TO", relay) : result).ToArray();
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or SocketException or FormatException or NotSupportedException)
        {
            return recipients.Select(_ => DeliveryResult.Defer("4.4.2", $"lost connection with {hostName}[{address}] while sending message: {e.Message}", relay)).ToArray();
        }
    }

    private static DeliveryResult Refused(int code, string text, string host, IPAddress address, string command, string relay)
    {
        string said = $"host {host}[{address}] said: {code} {text} (in reply to {command} command)";
        return code >= 500 ? DeliveryResult.Bounce("5.0.0", said, relay) : DeliveryResult.Defer("4.0.0", said, relay);
    }

    /// <summary>MailKit's client, told not to give up on the whole message when one recipient is refused.</summary>
    private sealed class RecordingSmtpClient(IReadOnlyList<EnvelopeRecipient> recipients) : SmtpClient
    {
        public Dictionary<int, (int Code, string Text)> Rejected { get; } = [];

        protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
        {
            for (int i = 0; i < recipients.Count; i++)
                if (!Rejected.ContainsKey(i) && recipients[i].Address.Equals(mailbox.Address, StringComparison.OrdinalIgnoreCase))
                {
                    Rejected[i] = ((int)response.StatusCode, response.Response);
                    return;
                }
        }

        protected override DeliveryStatusNotification? GetDeliveryStatusNotifications(MimeMessage message, MailboxAddress mailbox)
        {
            foreach (var r in recipients)
            {
                if (r.Notify is null || !r.Address.Equals(mailbox.Address, StringComparison.OrdinalIgnoreCase))
                    continue;
                if (r.Notify == "NEVER")
                    return DeliveryStatusNotification.Never;
                var dsn = default(DeliveryStatusNotification);
                foreach (string item in r.Notify.Split(','))
                    dsn |= item switch
                    {
                        "SUCCESS" => DeliveryStatusNotification.Success,
                        "FAILURE" => DeliveryStatusNotification.Failure,
                        "DELAY" => DeliveryStatusNotification.Delay,
                        _ => default,
                    };
                return dsn;
            }
            return null;
        }
    }
}
