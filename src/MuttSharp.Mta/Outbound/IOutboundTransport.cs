using MuttSharp.Mta.Delivery;
using MuttSharp.Mta.Queue;

namespace MuttSharp.Mta.Outbound;

/// <summary>Delivers to other hosts: one call per destination domain with that domain's recipients.</summary>
public interface IOutboundTransport
{
    /// <summary>Sends <paramref name="message"/> to <paramref name="recipients"/>, all in <paramref name="domain"/>; one result per recipient, in order.</summary>
    Task<IReadOnlyList<DeliveryResult>> SendAsync(QueuedMessage message, string domain, IReadOnlyList<EnvelopeRecipient> recipients, CancellationToken cancellationToken);
}
