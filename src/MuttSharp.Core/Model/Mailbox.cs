namespace MuttSharp.Core.Model;

/// <summary>An opened folder: its messages in mailbox order and how it was opened.</summary>
public sealed class Mailbox
{
    public Mailbox(string path, MailboxFormat format, IReadOnlyList<Message> messages, bool readOnly = false)
    {
        Path = path;
        Format = format;
        Messages = messages;
        ReadOnly = readOnly;
    }

    /// <summary>Absolute path of the Maildir directory or mbox file.</summary>
    public string Path { get; }

    public MailboxFormat Format { get; }

    /// <summary>Messages in mailbox order; <c>Messages[i].Number == i</c>.</summary>
    public IReadOnlyList<Message> Messages { get; }

    public bool ReadOnly { get; set; }

    /// <summary>Where the folder's threads are kept between opens (beside its header cache); null when nowhere.</summary>
    public string? ThreadCacheFile { get; init; }

    /// <summary>Files that could not be read while opening, each with its reason; they are not in <see cref="Messages"/>.</summary>
    public IReadOnlyList<MailboxError> Errors { get; init; } = [];
}
