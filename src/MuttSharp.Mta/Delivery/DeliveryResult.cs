namespace MuttSharp.Mta.Delivery;

/// <summary>One attempt's outcome, with the RFC 3463 code and the text Postfix puts in parentheses.</summary>
/// <param name="Status">sent, deferred or bounced.</param>
/// <param name="Dsn">The enhanced status code, e.g. 2.0.0, 4.4.1, 5.1.1.</param>
/// <param name="Text">The explanation, e.g. <c>delivered to maildir</c>.</param>
/// <param name="Relay">Who took it: <c>local</c>, <c>host[addr]:port</c>, <c>none</c>.</param>
public sealed record DeliveryResult(DeliveryStatus Status, string Dsn, string Text, string Relay = "local")
{
    /// <summary>Delivered.</summary>
    public static DeliveryResult Sent(string text, string relay = "local") => new(DeliveryStatus.Sent, "2.0.0", text, relay);

    /// <summary>To be tried again.</summary>
    public static DeliveryResult Defer(string dsn, string text, string relay = "local") => new(DeliveryStatus.Deferred, dsn, text, relay);

    /// <summary>Returned to the sender.</summary>
    public static DeliveryResult Bounce(string dsn, string text, string relay = "local") => new(DeliveryStatus.Bounced, dsn, text, relay);
}
