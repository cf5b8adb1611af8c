using MuttSharp.Mta.Queue;

namespace MuttSharp.Mta.Smtp;

/// <summary>Where an SMTP session puts what it accepts: the queue, or a test's collector.</summary>
public interface IMessageSink
{
    /// <summary>A new queue id, Postfix-style (upper-case hex), unique in this queue.</summary>
    string NewQueueId();

    /// <summary>
    /// The transaction that <paramref name="queueId"/> was made for ended, committed or not: called once
    /// for every id <see cref="NewQueueId"/> gave. Anything kept for it and not committed is given back.
    /// </summary>
    void Discard(string queueId);

    /// <summary>Starts the queue file for <paramref name="envelope"/>; the message follows through the writer.</summary>
    ValueTask<IQueueWriter> CreateAsync(string queueId, Envelope envelope, CancellationToken cancellationToken);
}
