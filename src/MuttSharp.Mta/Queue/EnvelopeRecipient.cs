namespace MuttSharp.Mta.Queue;

/// <summary>One envelope recipient with its RFC 3461 parameters and its delivery state.</summary>
public sealed class EnvelopeRecipient
{
    /// <summary>A pending recipient.</summary>
    public EnvelopeRecipient(string address, string? notify = null, string? orcpt = null)
    {
        Address = address;
        Notify = notify;
        Orcpt = orcpt;
    }

    /// <summary>The address as given in RCPT TO (source route dropped).</summary>
    public string Address { get; }

    /// <summary>NOTIFY= value (NEVER or SUCCESS,FAILURE,DELAY), or null.</summary>
    public string? Notify { get; }

    /// <summary>ORCPT= value (<c>rfc822;xtext</c>), or null.</summary>
    public string? Orcpt { get; }

    /// <summary>Where delivery stands.</summary>
    public RecipientStatus Status { get; internal set; } = RecipientStatus.Pending;

    /// <summary>Offset of the status byte in the queue file, once read from or written to one.</summary>
    internal long StatusOffset { get; set; } = -1;
}
