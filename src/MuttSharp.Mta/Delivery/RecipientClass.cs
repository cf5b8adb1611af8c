namespace MuttSharp.Mta.Delivery;

/// <summary>Postfix's address classes: what a recipient's domain makes of it.</summary>
public enum RecipientClass
{
    /// <summary>A domain in mydestination: local users and aliases.</summary>
    Local,

    /// <summary>A domain in virtual_mailbox_domains.</summary>
    VirtualMailbox,

    /// <summary>Any other domain: relayed.</summary>
    Remote,
}
