namespace MuttSharp.Mta.Policy;

/// <summary>Postfix's address classes: which delivery agent a recipient domain belongs to.</summary>
public enum DomainClass
{
    /// <summary>In <c>mydestination</c>: delivered by the local agent (aliases, then Unix users).</summary>
    Local,

    /// <summary>In <c>virtual_alias_domains</c>: every address must be rewritten by <c>virtual_alias_maps</c>.</summary>
    VirtualAlias,

    /// <summary>In <c>virtual_mailbox_domains</c>: delivered to <c>virtual_mailbox_base</c> + the map's path.</summary>
    VirtualMailbox,

    /// <summary>In <c>relay_domains</c>: accepted from anyone and forwarded.</summary>
    Relay,

    /// <summary>Anything else: only trusted clients may send to it.</summary>
    Remote,
}
