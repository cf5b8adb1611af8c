using MuttSharp.Core.Compose;

namespace MuttSharp.Core.Sending;

/// <summary>
/// Hands a finished message to a mail transfer agent: the bundled engine, a Sendmail-compatible
/// command (<c>$sendmail</c>) or an SMTP server (<c>$smtp_url</c>). Core defines it; the program wires
/// an implementation, so Core itself never opens a socket.
/// </summary>
public interface IMessageSubmitter
{
    /// <summary>A short name for messages (<c>the bundled engine</c>, <c>/usr/sbin/sendmail</c>, <c>smtp://host</c>).</summary>
    string Name { get; }

    /// <summary>Submits <paramref name="message"/>; a refusal or failure is a result, not an exception.</summary>
    Task<SubmitResult> SubmitAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
