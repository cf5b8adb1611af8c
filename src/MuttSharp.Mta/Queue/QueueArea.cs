namespace MuttSharp.Mta.Queue;

/// <summary>The sub-directories of queue_directory, named as Postfix names its queues.</summary>
public enum QueueArea
{
    /// <summary>Files being written; anything found here at startup was torn by a crash.</summary>
    Incoming,

    /// <summary>Committed files waiting for their first delivery attempt.</summary>
    Active,

    /// <summary>Files with recipients to retry; the file time is the next attempt.</summary>
    Deferred,

    /// <summary>Local submissions (sendmail) waiting for pickup.</summary>
    Maildrop,

    /// <summary>Unreadable files, kept for the administrator and never delivered.</summary>
    Corrupt,
}
