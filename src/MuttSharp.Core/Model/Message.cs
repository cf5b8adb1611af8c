namespace MuttSharp.Core.Model;

/// <summary>
/// One message of an open mailbox: its immutable <see cref="Summary"/> plus the state that changes
/// while the mailbox is open (flags, tag, pending deletion, where the file is now).
/// </summary>
public sealed class Message
{
    public Message(int number, string path, MessageSummary summary, MessageFlags flags, string extraFlagLetters = "")
    {
        Number = number;
        Path = path;
        Summary = summary;
        Flags = flags;
        ExtraFlagLetters = extraFlagLetters;
        Deleted = (flags & MessageFlags.Trashed) != 0;
    }

    /// <summary>Position in mailbox (file) order, from 0; stable while the mailbox is open.</summary>
    public int Number { get; }

    /// <summary>Absolute path of the message file (Maildir) or of the mbox file.</summary>
    public string Path { get; set; }

    public MessageSummary Summary { get; }

    public MessageFlags Flags { get; set; }

    /// <summary>Maildir info letters MuttSharp does not interpret; kept and written back verbatim.</summary>
    public string ExtraFlagLetters { get; set; }

    /// <summary>Mutt's in-memory tag (<c>t</c>).</summary>
    public bool Tagged { get; set; }

    /// <summary>Marked for deletion (<c>d</c>); acted on when the mailbox is synced.</summary>
    public bool Deleted { get; set; }

    /// <summary>Mutt's score (<c>~n</c>, <c>%N</c>); 0 until scoring exists.</summary>
    public int Score { get; set; }

    /// <summary>For mbox: the byte offset of the message's first header line; 0 for Maildir.</summary>
    public long Offset { get; init; }

    public bool IsNew => (Flags & MessageFlags.New) != 0 && (Flags & MessageFlags.Seen) == 0;
    public bool IsOld => (Flags & (MessageFlags.New | MessageFlags.Seen)) == 0;
    public bool IsRead => (Flags & MessageFlags.Seen) != 0;
}
