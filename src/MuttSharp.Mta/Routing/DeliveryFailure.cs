namespace MuttSharp.Mta.Routing;

/// <summary>A recipient (or one branch of its expansion) that cannot be delivered, with its DSN status.</summary>
/// <param name="OriginalRecipient">The recipient as the client gave it.</param>
/// <param name="Address">The address that failed (after expansion).</param>
/// <param name="Status">The RFC 3463 status: <c>5.1.1</c> unknown user, <c>5.4.6</c> loop, <c>4.3.0</c> table trouble...</param>
/// <param name="Reason">Postfix's words: <c>unknown user: "bob"</c>.</param>
public sealed record DeliveryFailure(string OriginalRecipient, string Address, string Status, string Reason)
{
    /// <summary>Whether trying again later may succeed (a 4.x.x status).</summary>
    public bool Temporary => Status.StartsWith('4');
}
