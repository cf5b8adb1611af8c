using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Config.Variables;
using MuttSharp.Core.Sending;

namespace MuttSharp.Cli.Sending;

/// <summary>
/// <c>$smtp_url</c> (<c>smtp://[user[:pass]@]host[:port]/</c> or <c>smtps://</c>) through MailKit's SmtpClient:
/// STARTTLS as <c>$ssl_starttls</c> says, refused without TLS when <c>$ssl_force_tls</c>, authentication with
/// <c>$smtp_pass</c> (or the URL's password) limited to <c>$smtp_authenticators</c> when set.
/// </summary>
internal sealed class SmtpSubmitter : IMessageSubmitter
{
    private readonly Uri url;
    private readonly SmtpOptions options;

    private SmtpSubmitter(Uri url, SmtpOptions options)
    {
        this.url = url;
        this.options = options;
    }

    public string Name => $"{url.Scheme}://{url.Host}{(url.IsDefaultPort ? "" : ":" + url.Port)}";

    /// <summary>The settings that shape an SMTP connection.</summary>
    internal sealed record SmtpOptions(string Password, IReadOnlyList<string> Authenticators, QuadOption StartTls, bool ForceTls, TimeSpan Timeout);

    /// <summary>Parses <c>$smtp_url</c>; false with a reason when it is not an smtp or smtps URL.</summary>
    public static bool TryCreate(string smtpUrl, SmtpOptions options, out SmtpSubmitter? submitter, out string error)
    {
        submitter = null;
        if (!Uri.TryCreate(smtpUrl, UriKind.Absolute, out var url) || url.Scheme is not ("smtp" or "smtps") || url.Host.Length == 0)
        {
            error = $"smtp_url: {smtpUrl}: expected smtp://[user[:pass]@]host[:port]/ or smtps://...";
            return false;
        }
        submitter = new SmtpSubmitter(url, options);
        error = "";
        return true;
    }

    public async Task<SubmitResult> SubmitAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        bool implicitTls = url.Scheme == "smtps";
        int port = url.IsDefaultPort || url.Port <= 0 ? (implicitTls ? 465 : 25) : url.Port;
        var security = implicitTls ? SecureSocketOptions.SslOnConnect
            : options.ForceTls ? SecureSocketOptions.StartTls
            : options.StartTls == QuadOption.No ? SecureSocketOptions.None
            : SecureSocketOptions.StartTlsWhenAvailable;
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(url.Host, port, security, cancellationToken).ConfigureAwait(false);
            string user = Uri.UnescapeDataString(url.UserInfo.Split(':')[0]);
            if (user.Length > 0 && client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
            {
                string password = url.UserInfo.Contains(':') ? Uri.UnescapeDataString(url.UserInfo[(url.UserInfo.IndexOf(':') + 1)..]) : options.Password;
                if (options.Authenticators.Count > 0)
                {
                    foreach (string mechanism in client.AuthenticationMechanisms.ToArray())
                        if (!options.Authenticators.Contains(mechanism, StringComparer.OrdinalIgnoreCase))
                            client.AuthenticationMechanisms.Remove(mechanism);
                }
                await client.AuthenticateAsync(user, password, cancellationToken).ConfigureAwait(false);
            }
            MimeMessage mime;
            using (var stream = new MemoryStream(message.Content, writable: false))
                mime = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
            string reply = await client.SendAsync(mime, new MailboxAddress("", message.Sender),
                message.Recipients.Select(r => new MailboxAddress("", r)), cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
            return SubmitResult.Ok(reply);
        }
        catch (SmtpCommandException e)
        {
            return SubmitResult.Failed($"{(int)e.StatusCode} {e.Message}", (int)e.StatusCode is >= 400 and < 500);
        }
        catch (NotSupportedException e) when (options.ForceTls)
        {
            return SubmitResult.Failed($"{Name}: the server offers no STARTTLS and $ssl_force_tls is set: {e.Message}");
        }
        catch (AuthenticationException e)
        {
            return SubmitResult.Failed($"{Name}: authentication failed: {e.Message}");
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or SmtpProtocolException or SslHandshakeException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return SubmitResult.Failed($"{Name}: {e.Message}", temporary: true);
        }
    }
}
