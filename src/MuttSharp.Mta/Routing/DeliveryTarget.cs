namespace MuttSharp.Mta.Routing;

/// <summary>One resolved destination of a recipient.</summary>
/// <param name="Kind">What kind of destination it is.</param>
/// <param name="OriginalRecipient">The recipient as the client gave it (the <c>X-Original-To</c> header).</param>
/// <param name="DeliveredTo">The address the delivery is made for (the <c>Delivered-To</c> header): for local delivery the local address before alias expansion, as Postfix writes it; for a virtual mailbox its address; for a remote forward the alias that forwarded it, or null for plain remote mail.</param>
/// <param name="Path">The Maildir directory or mbox file; null otherwise.</param>
/// <param name="Command">The command's argv (never a shell line built from envelope data); null otherwise.</param>
/// <param name="RemoteAddress">The address to send to for <see cref="DeliveryTargetKind.Remote"/>; null otherwise.</param>
/// <param name="RunAs">The account the delivery runs as (owns created Maildirs); null for the engine's own.</param>
/// <param name="EnvelopeSender">A replacement envelope sender (<c>owner-list@$myorigin</c>), or null to keep the original.</param>
public sealed record DeliveryTarget(
    DeliveryTargetKind Kind,
    string OriginalRecipient,
    string? DeliveredTo,
    string? Path = null,
    IReadOnlyList<string>? Command = null,
    string? RemoteAddress = null,
    SystemUser? RunAs = null,
    string? EnvelopeSender = null)
{
    /// <summary>A short description for logs: <c>maildir /home/a/Maildir/</c>, <c>command /bin/x</c>, <c>remote b@example.org</c>.</summary>
    public override string ToString() => Kind switch
    {
        DeliveryTargetKind.Command => $"command {string.Join(' ', Command ?? [])}",
        DeliveryTargetKind.Remote => $"remote {RemoteAddress}",
        _ => $"{Kind.ToString().ToLowerInvariant()} {Path}",
    };
}
