using System.Security.Cryptography.X509Certificates;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Policy;

namespace MuttSharp.Mta.Smtp;

/// <summary>
/// What every session of one server shares: settings, the policy, the queue, the log, the clock, and
/// the certificate STARTTLS offers (null: no STARTTLS).
/// </summary>
public sealed record SmtpSessionContext(
    MtaSettings Settings,
    IRecipientPolicy Policy,
    IMessageSink Sink,
    MailLog Log,
    TimeProvider Time,
    X509Certificate2? TlsCertificate = null);
