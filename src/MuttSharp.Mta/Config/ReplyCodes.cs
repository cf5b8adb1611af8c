namespace MuttSharp.Mta.Config;

/// <summary>The reply codes of Postfix's restriction parameters, read from main.cf.</summary>
/// <param name="RejectCode"><c>reject_code</c> (554), for <c>reject</c>.</param>
/// <param name="DeferCode"><c>defer_code</c> (450), for <c>defer</c>.</param>
/// <param name="RelayDomainsRejectCode"><c>relay_domains_reject_code</c> (554), for <c>reject_unauth_destination</c>.</param>
/// <param name="NonFqdnRejectCode"><c>non_fqdn_reject_code</c> (504).</param>
/// <param name="UnknownAddressRejectCode"><c>unknown_address_reject_code</c> (450), for unknown domains.</param>
/// <param name="UnknownLocalRecipientRejectCode"><c>unknown_local_recipient_reject_code</c> (550).</param>
/// <param name="UnknownVirtualAliasRejectCode"><c>unknown_virtual_alias_reject_code</c> (550).</param>
/// <param name="UnknownVirtualMailboxRejectCode"><c>unknown_virtual_mailbox_reject_code</c> (550).</param>
/// <param name="UnknownRelayRecipientRejectCode"><c>unknown_relay_recipient_reject_code</c> (550).</param>
public sealed record ReplyCodes(
    int RejectCode,
    int DeferCode,
    int RelayDomainsRejectCode,
    int NonFqdnRejectCode,
    int UnknownAddressRejectCode,
    int UnknownLocalRecipientRejectCode,
    int UnknownVirtualAliasRejectCode,
    int UnknownVirtualMailboxRejectCode,
    int UnknownRelayRecipientRejectCode);
