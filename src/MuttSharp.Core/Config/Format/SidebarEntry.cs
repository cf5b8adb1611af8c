namespace MuttSharp.Core.Config.Format;

/// <summary>One mailbox in the sidebar, for <c>$sidebar_format</c>.</summary>
/// <param name="Name">The name as the sidebar shows it (already shortened and indented per <c>$sidebar_short_path</c> and friends), for <c>%B</c>.</param>
public sealed record SidebarEntry(string Name)
{
    /// <summary>Messages in the mailbox, for <c>%S</c>.</summary>
    public int Messages { get; init; }

    /// <summary>Unread messages, for <c>%N</c>.</summary>
    public int Unread { get; init; }

    /// <summary>Flagged messages, for <c>%F</c> and <c>%!</c>.</summary>
    public int Flagged { get; init; }

    /// <summary>New mail arrived, for <c>%n</c>.</summary>
    public bool HasNewMail { get; init; }

    /// <summary>True for the open mailbox: only it has <c>%d</c>, <c>%L</c> and <c>%t</c>.</summary>
    public bool IsOpen { get; init; }

    /// <summary>Messages marked for deletion (open mailbox only), for <c>%d</c>.</summary>
    public int Deleted { get; init; }

    /// <summary>Messages the limit shows (open mailbox only), for <c>%L</c>.</summary>
    public int Limited { get; init; }

    /// <summary>Tagged messages (open mailbox only), for <c>%t</c>.</summary>
    public int Tagged { get; init; }
}
