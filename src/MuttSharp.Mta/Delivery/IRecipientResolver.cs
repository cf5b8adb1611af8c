namespace MuttSharp.Mta.Delivery;

/// <summary>
/// Turns an envelope recipient into delivery targets: aliases, local users, virtual mailboxes,
/// remote addresses. Used at RCPT time (does the user exist?) and at delivery time.
/// </summary>
public interface IRecipientResolver
{
    /// <summary>Resolves <paramref name="address"/> (case-insensitive domain; a bare name is local).</summary>
    ValueTask<RecipientResolution> ResolveAsync(string address, CancellationToken cancellationToken);
}
