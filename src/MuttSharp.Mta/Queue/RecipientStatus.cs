namespace MuttSharp.Mta.Queue;

/// <summary>A recipient's state in its queue file: one byte, overwritten in place as delivery progresses.</summary>
public enum RecipientStatus : byte
{
    /// <summary>Not yet delivered.</summary>
    Pending = (byte)'P',

    /// <summary>Delivered; never to be tried again.</summary>
    Done = (byte)'D',

    /// <summary>Failed for good and reported to the sender (or the sender was &lt;&gt;).</summary>
    Failed = (byte)'F',
}
