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

    /// <summary>
    /// Finished files kept to be rewritten for new messages: on a file system that scans past recently
    /// freed inodes (ext4 without a journal), creating and deleting one file per message costs more
    /// than rewriting one. Nothing here is ever delivered.
    /// </summary>
    Spare,
}
