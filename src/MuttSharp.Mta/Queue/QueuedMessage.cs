namespace MuttSharp.Mta.Queue;

/// <summary>A queue file read back: its id, where it is, its envelope and the message bytes (LF line ends).</summary>
public sealed record QueuedMessage(string Id, string Path, Envelope Envelope, ReadOnlyMemory<byte> Content)
{
    /// <summary>Recipients still to deliver.</summary>
    public IEnumerable<EnvelopeRecipient> Pending => Envelope.Recipients.Where(r => r.Status == RecipientStatus.Pending);
}
