namespace MuttSharp.Core.Config.Format;

/// <summary>What <c>$status_format</c> (and <c>$ts_status_format</c>, <c>$ts_icon_format</c>) shows about the open mailbox and the menu.</summary>
public sealed record StatusInfo
{
    /// <summary>The open mailbox's full path, for <c>%f</c> (shown shortened with <c>=</c>/<c>~</c> as Mutt does); null when none is open.</summary>
    public string? MailboxPath { get; init; }

    /// <summary>The local host name, for <c>%h</c>.</summary>
    public string Hostname { get; init; } = "";

    /// <summary>Mailboxes with new mail, for <c>%b</c>.</summary>
    public int MailboxesWithNew { get; init; }

    /// <summary>Backgrounded editing sessions, for <c>%B</c>.</summary>
    public int BackgroundEdits { get; init; }

    /// <summary>Messages marked for deletion, for <c>%d</c>.</summary>
    public int Deleted { get; init; }

    /// <summary>Flagged messages, for <c>%F</c>.</summary>
    public int Flagged { get; init; }

    /// <summary>The mailbox's size in bytes, for <c>%l</c>.</summary>
    public long Size { get; init; }

    /// <summary>The size of the messages the limit shows, for <c>%L</c>.</summary>
    public long LimitedSize { get; init; }

    /// <summary>Messages in the mailbox, for <c>%m</c>.</summary>
    public int Messages { get; init; }

    /// <summary>Messages the limit shows, for <c>%M</c>.</summary>
    public int Shown { get; init; }

    /// <summary>New messages, for <c>%n</c>.</summary>
    public int New { get; init; }

    /// <summary>Unread messages, new ones included, for <c>%u</c> (and <c>%o</c>, <c>%R</c>).</summary>
    public int Unread { get; init; }

    /// <summary>Postponed messages, for <c>%p</c>.</summary>
    public int Postponed { get; init; }

    /// <summary>Tagged messages, for <c>%t</c>.</summary>
    public int Tagged { get; init; }

    /// <summary>The first row on screen, the rows the screen holds, and the rows there are, for <c>%P</c>.</summary>
    public int Top { get; init; }

    /// <summary>Rows the index window holds, for <c>%P</c>.</summary>
    public int PageLength { get; init; }

    /// <summary>The unsaved-changes flag, for <c>%r</c>.</summary>
    public bool Changed { get; init; }

    /// <summary>Opened read-only, or <c>toggle-write</c> turned writing off, for <c>%r</c>.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Opened in attach-message mode, for <c>%r</c>.</summary>
    public bool AttachMessage { get; init; }

    /// <summary><c>$sort</c>, <c>$sort_aux</c> and <c>$sort_thread_groups</c> as Mutt names them (<c>reverse-threads</c>, <c>last-date-received</c>).</summary>
    public string Sort { get; init; } = "date";

    /// <summary><c>$sort_aux</c>, for <c>%S</c>.</summary>
    public string SortAux { get; init; } = "date";

    /// <summary><c>$sort_thread_groups</c>, for <c>%T</c>; shown only when sorting by threads.</summary>
    public string SortThreadGroups { get; init; } = "aux";

    /// <summary>The active limit pattern, for <c>%V</c>; null when there is none.</summary>
    public string? LimitPattern { get; init; }

    /// <summary>The version string <c>%v</c> shows.</summary>
    public string Version { get; init; } = "";
}
