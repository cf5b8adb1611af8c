using MuttSharp.Mta.Config;
using MuttSharp.Mta.Delivery;
using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Smtp;

namespace MuttSharp.Mta.Engine;

/// <summary>
/// Postfix's default recipient checks at RCPT time: <c>permit_mynetworks</c> and
/// <c>defer_unauth_destination</c> (smtpd_relay_restrictions), refusal of sender-specified routing
/// (<c>user%host@ours</c>, <c>host!user@ours</c>, quoted <c>"a@b"@ours</c>) from untrusted clients
/// (allow_untrusted_routing = no), and unknown users of our own domains (local_recipient_maps,
/// virtual mailbox maps) with unknown_local_recipient_reject_code.
/// </summary>
public sealed class RelayPolicy : IRecipientPolicy
{
    private readonly MtaSettings settings;
    private readonly MailboxResolver resolver;

    /// <summary>A policy deciding with <paramref name="resolver"/>'s domains and users.</summary>
    public RelayPolicy(MtaSettings settings, MailboxResolver resolver)
    {
        this.settings = settings;
        this.resolver = resolver;
    }

    /// <inheritdoc/>
    public async ValueTask<SmtpReply?> CheckRecipientAsync(RecipientCheck check, CancellationToken cancellationToken)
    {
        if (!RecipientAddress.TryParse(check.Recipient, out var address))
            return SmtpReplies.BadRecipientSyntax("");
        bool trusted = check.Trusted || settings.MyNetworks.Contains(check.ClientAddress);
        var cls = resolver.Classify(address.Domain);
        if (cls != RecipientClass.Remote && !trusted && address.LocalPart.IndexOfAny(['@', '%', '!']) >= 0)
            return new SmtpReply(554, "5.7.1", $"<{check.Recipient}>: Relay access denied");
        if (cls == RecipientClass.Remote)
        {
            if (trusted || MtaSettings.ContainsDomain(settings.RelayDomains, address.Domain))
                return null;
            return new SmtpReply(454, "4.7.1", $"<{check.Recipient}>: Relay access denied");
        }
        if (cls == RecipientClass.Local && settings.LocalRecipientMaps.Count == 0)
            return null; // local_recipient_maps empty: every local name is accepted, as in Postfix
        var resolution = await resolver.ResolveAsync(check.Recipient, cancellationToken).ConfigureAwait(false);
        if (!resolution.IsUnknown)
            return null;
        int code = cls == RecipientClass.Local ? settings.UnknownLocalRecipientRejectCode : 550;
        string enhanced = code / 100 == 4 ? "4.1.1" : "5.1.1";
        return new SmtpReply(code, enhanced, $"<{check.Recipient}>: Recipient address rejected: User unknown in {resolution.Table}");
    }
}
