using MuttSharp.Core.Model;

namespace MuttSharp.Core.Config.Format;

/// <summary>
/// Everything one line of the index (or the pager's status line, an attribution, a forward subject)
/// shows about a message beyond the message itself: where it sits in the display order and in its
/// thread. The caller computes these from its own threading and sorting.
/// </summary>
/// <param name="Message">The message.</param>
public sealed record IndexRow(Message Message)
{
    /// <summary>The number <c>%C</c> shows: the position in the current order, from 1.</summary>
    public int Number { get; init; }

    /// <summary>Messages in the mailbox, for <c>%m</c>.</summary>
    public int Total { get; init; }

    /// <summary>The thread tree drawn before the subject by <c>%s</c> (already in display characters).</summary>
    public string TreePrefix { get; init; } = "";

    /// <summary>True when the subject equals its parent's, so <c>%s</c> shows only the tree (as Mutt does).</summary>
    public bool SubjectHidden { get; init; }

    /// <summary>True when this is the visible root of a collapsed thread.</summary>
    public bool Collapsed { get; init; }

    /// <summary>How many messages the collapsed thread hides, for <c>%M</c>.</summary>
    public int HiddenCount { get; init; }

    /// <summary>What the collapsed thread hides, for <c>%Z</c>'s first character.</summary>
    public ThreadUnread ThreadUnread { get; init; }

    /// <summary>This message's position in its thread, from 1, for <c>%e</c>.</summary>
    public int ThreadPosition { get; init; } = 1;

    /// <summary>Messages in this message's thread, for <c>%E</c>.</summary>
    public int ThreadCount { get; init; } = 1;

    /// <summary>The X-Label of the previous message or the parent in the tree, for <c>%Y</c>; null when none.</summary>
    public string? PreviousLabel { get; init; }

    /// <summary>This message's tags (keywords), for <c>%g</c>.</summary>
    public string? Tags { get; init; }

    /// <summary>The previous message's or parent's tags, for <c>%J</c>.</summary>
    public string? PreviousTags { get; init; }

    /// <summary>The spam attribute from <c>spam</c> patterns, for <c>%H</c>.</summary>
    public string? Spam { get; init; }

    /// <summary>The X-Comment-To header, for <c>%x</c>.</summary>
    public string? CommentTo { get; init; }

    /// <summary>Counted attachments, for <c>%X</c>.</summary>
    public int AttachmentCount { get; init; }

    /// <summary>True when some attachments were deleted from the message (<c>d</c> in <c>%Z</c>/<c>%S</c>).</summary>
    public bool AttachmentsDeleted { get; init; }

    /// <summary>The PGP/S-MIME state, for <c>%Z</c> and <c>%zc</c>.</summary>
    public MessageSecurity Security { get; init; }

    /// <summary>The pager's progress (<c>all</c>, <c>end</c>, <c>42%</c>), for <c>%P</c>.</summary>
    public string? PagerProgress { get; init; }

    /// <summary>True while the pager is opening this message: it still shows as unread, as in Mutt.</summary>
    public bool NotReadYet { get; init; }
}
