namespace MuttSharp.Mta.Routing;

/// <summary>Everything one recipient resolves to: where copies go, and what failed.</summary>
/// <param name="Targets">The destinations, without duplicates.</param>
/// <param name="Failures">The branches that cannot be delivered.</param>
public sealed record RecipientResolution(IReadOnlyList<DeliveryTarget> Targets, IReadOnlyList<DeliveryFailure> Failures);
