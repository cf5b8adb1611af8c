namespace MuttSharp.Mta.Delivery;

/// <summary>What a recipient resolves to: its class and targets, or no targets when no such user exists.</summary>
/// <param name="Class">The address class of its domain.</param>
/// <param name="Targets">The copies to make; empty for an unknown user.</param>
/// <param name="Table">For an unknown user: the table Postfix names in its reply (<c>local recipient table</c>).</param>
public sealed record RecipientResolution(RecipientClass Class, IReadOnlyList<DeliveryTarget> Targets, string Table = "")
{
    /// <summary>True when the address is ours but names nobody.</summary>
    public bool IsUnknown => Class != RecipientClass.Remote && Targets.Count == 0;
}
