namespace MuttSharp.Mta.Routing;

/// <summary>What delivery asks for each queued recipient: where do copies of the message go?</summary>
public interface IRecipientResolver
{
    /// <summary>
    /// Resolves a recipient through virtual aliases, aliases (with <c>:include:</c> and <c>owner-</c>),
    /// Unix users and virtual mailboxes into delivery targets; remote addresses come back as remote targets.
    /// </summary>
    /// <param name="recipient">The envelope recipient as the client gave it.</param>
    /// <param name="cancellationToken">Cancels table lookups.</param>
    ValueTask<RecipientResolution> ResolveAsync(string recipient, CancellationToken cancellationToken);
}
