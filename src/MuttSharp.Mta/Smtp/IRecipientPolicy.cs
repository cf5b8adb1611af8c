namespace MuttSharp.Mta.Smtp;

/// <summary>
/// Decides at RCPT time whether a recipient is accepted: relay control (mynetworks, our domains) and
/// unknown-user rejection, as Postfix's smtpd_relay_restrictions and local_recipient_maps do.
/// </summary>
public interface IRecipientPolicy
{
    /// <summary>Null to accept, else the reply that refuses (e.g. <c>454 4.7.1 &lt;u@x&gt;: Relay access denied</c>).</summary>
    ValueTask<SmtpReply?> CheckRecipientAsync(RecipientCheck check, CancellationToken cancellationToken);
}
