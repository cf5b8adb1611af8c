namespace MuttSharp.Mta.Delivery;

/// <summary>The outcome of one delivery attempt, as Postfix logs it (<c>status=sent</c>...).</summary>
public enum DeliveryStatus
{
    /// <summary>Delivered.</summary>
    Sent,

    /// <summary>Failed for now; tried again later.</summary>
    Deferred,

    /// <summary>Failed for good; the sender gets a bounce.</summary>
    Bounced,
}
