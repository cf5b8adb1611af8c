using MuttSharp.Core.Model;

namespace MuttSharp.Tui.Index;

/// <summary>The counts a status line shows: new, unread, flagged, deleted, tagged messages and the total size.</summary>
public readonly record struct MailboxCounts(int New, int Unread, int Flagged, int Deleted, int Tagged, long Size)
{
    /// <summary>Counts <paramref name="messages"/> (once per folder or change, never per redraw).</summary>
    public static MailboxCounts Of(IReadOnlyList<Message> messages)
    {
        int @new = 0, unread = 0, flagged = 0, deleted = 0, tagged = 0;
        long size = 0;
        foreach (var m in messages)
        {
            if (m.IsNew)
                @new++;
            if (!m.IsRead)
                unread++;
            if ((m.Flags & MessageFlags.Flagged) != 0)
                flagged++;
            if (m.Deleted)
                deleted++;
            if (m.Tagged)
                tagged++;
            size += m.Summary.Size;
        }
        return new MailboxCounts(@new, unread, flagged, deleted, tagged, size);
    }
}
