using System.Net;

namespace MuttSharp.Mta.Policy;

/// <summary>What the SMTP session asks at RCPT TO: may this client send to this recipient?</summary>
public interface IRecipientPolicy
{
    /// <summary>
    /// Evaluates <c>smtpd_relay_restrictions</c>, then <c>smtpd_recipient_restrictions</c>, then the
    /// unlisted-recipient check, and returns <see cref="PolicyVerdict.Accept"/> or Postfix's reply.
    /// </summary>
    /// <param name="client">The client's address.</param>
    /// <param name="saslUser">The authenticated user, or null.</param>
    /// <param name="sender">The MAIL FROM address without brackets (empty for the null sender).</param>
    /// <param name="recipient">The RCPT TO address without brackets.</param>
    /// <param name="cancellationToken">Cancels table and DNS lookups.</param>
    ValueTask<PolicyVerdict> CheckAsync(IPAddress client, string? saslUser, string sender, string recipient, CancellationToken cancellationToken);
}
