namespace MuttSharp.Core.Config.Format;

/// <summary>One line of the file browser, for <c>$folder_format</c>: a file's name and what stat(2) and the mailbox poller know of it.</summary>
/// <param name="Number">Position in the browser, from 1, for <c>%C</c>.</param>
/// <param name="Name">The name shown, for <c>%f</c>.</param>
public sealed record BrowserEntry(int Number, string Name)
{
    /// <summary>The folder's description for <c>%i</c> (its <c>mailboxes -label</c>); null shows what <c>%f</c> does.</summary>
    public string? Description { get; init; }

    /// <summary>True when the entry is a local file that was stat'ed (the rest of the stat fields are meaningful).</summary>
    public bool IsLocal { get; init; } = true;

    /// <summary>The kind of file: directories get <c>/</c>, links <c>@</c>, executables <c>*</c> in <c>%f</c>.</summary>
    public BrowserEntryKind Kind { get; init; }

    /// <summary>Permission bits, for <c>%F</c> and the executable mark.</summary>
    public UnixFileMode Mode { get; init; }

    /// <summary>Last modification, for <c>%d</c> and <c>%D</c>.</summary>
    public DateTimeOffset Modified { get; init; }

    /// <summary>Size in bytes, for <c>%s</c>.</summary>
    public long Size { get; init; }

    /// <summary>Hard links, for <c>%l</c>.</summary>
    public int Links { get; init; }

    /// <summary>Owner name (or numeric uid when unknown), for <c>%u</c>.</summary>
    public string Owner { get; init; } = "";

    /// <summary>Group name (or numeric gid when unknown), for <c>%g</c>.</summary>
    public string Group { get; init; } = "";

    /// <summary>True when the mailbox poller knows this entry (<c>mailboxes</c>): <c>%m</c> and <c>%n</c> are then shown.</summary>
    public bool IsMonitored { get; init; }

    /// <summary>Messages in the mailbox, for <c>%m</c>.</summary>
    public int MessageCount { get; init; }

    /// <summary>Unread messages in the mailbox, for <c>%n</c>.</summary>
    public int UnreadCount { get; init; }

    /// <summary>New mail arrived, for <c>%N</c>.</summary>
    public bool HasNewMail { get; init; }

    /// <summary>Tagged in the browser, for <c>%t</c>.</summary>
    public bool Tagged { get; init; }
}
