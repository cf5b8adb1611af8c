namespace MuttSharp.Mta.Smtp;

/// <summary>
/// A queue file being written. <see cref="CommitAsync"/> makes it durable (fsync of the file and of
/// its directory) and visible to delivery; disposing without committing throws it away.
/// </summary>
public interface IQueueWriter : IAsyncDisposable
{
    /// <summary>The queue id.</summary>
    string QueueId { get; }

    /// <summary>Where the message bytes (LF line ends) go.</summary>
    Stream Content { get; }

    /// <summary>Ends the file, flushes it to disk, then hands it to delivery. Only after this may 250 be sent.</summary>
    ValueTask CommitAsync(CancellationToken cancellationToken);
}
