using System.Net.Security;
using System.Security.Authentication;

namespace MuttSharp.Mta.Smtp;

/// <summary>STARTTLS (RFC 3207), offered when smtpd_tls_security_level is may or encrypt and a certificate is loaded.</summary>
internal sealed partial class SmtpSession
{
    /// <summary>
    /// True while STARTTLS can be offered: a certificate, one duplex connection under the session
    /// (not <c>sendmail -bs</c>'s two pipes), and no TLS yet.
    /// </summary>
    private bool TlsOffered => context.TlsCertificate is not null && duplex && !tls;

    /// <summary>smtpd_tls_security_level = encrypt: mail may move only inside TLS.</summary>
    private bool TlsRequired => !tls && context.Settings.SmtpdTlsSecurityLevel.Equals("encrypt", StringComparison.OrdinalIgnoreCase);

    private async ValueTask StartTls(SmtpCommand command, CancellationToken cancellationToken)
    {
        if (!TlsOffered && !tls)
        {
            Count("unknown", false);
            await ReplyAsync(SmtpReplies.NotRecognized, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (command.Argument.Length > 0)
        {
            await Fail("starttls", SmtpReplies.Syntax("STARTTLS"), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (tls)
        {
            await Fail("starttls", new SmtpReply(554, "5.5.1", "Error: TLS already active"), cancellationToken).ConfigureAwait(false);
            return;
        }
        Count("starttls", true);
        await ReplyNowAsync(new SmtpReply(220, "2.0.0", "Ready to start TLS"), cancellationToken).ConfigureAwait(false);
        var ssl = new SslStream(output, leaveInnerStreamOpen: false);
        using var deadline = new CancellationTokenSource(context.Settings.SmtpdTimeout, context.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificate = context.TlsCertificate,
                ClientCertificateRequired = false,
            }, linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AuthenticationException or IOException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            context.Log.Write("smtpd", $"SSL_accept error from {Client}: {(e is OperationCanceledException ? "timeout" : e.Message)}");
            await ssl.DisposeAsync().ConfigureAwait(false);
            closing = true;
            return;
        }
        // CVE-2011-0411: what the client sent behind STARTTLS came in the clear before it saw the 220
        // and is still buffered; the replaced input drops it rather than obey it as if it came inside TLS.
        input.Replace(ssl);
        output = ssl;
        tls = true;
        // RFC 3207 §4.2: everything learnt before TLS is forgotten, starting with the greeting.
        await AbortTransactionAsync().ConfigureAwait(false);
        helo = "";
        esmtp = false;
        context.Log.Write("smtpd", $"Anonymous TLS connection established from {Client}: {ssl.SslProtocol} with cipher {ssl.NegotiatedCipherSuite}");
    }
}
