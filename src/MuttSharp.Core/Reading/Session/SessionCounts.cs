using MuttSharp.Core.Model;

namespace MuttSharp.Core.Reading.Session;

/// <summary>
/// The counts the status line shows, kept up to date as messages change, so that drawing it never
/// walks the folder: every change goes Remove(old state), change, Add(new state).
/// </summary>
internal struct SessionCounts
{
    public int New;
    public int Unread;
    public int Flagged;
    public int Deleted;
    public int Tagged;
    public long Size;

    public static SessionCounts Of(IReadOnlyList<Message> messages)
    {
        var counts = new SessionCounts();
        foreach (var m in messages)
            counts.Add(m);
        return counts;
    }

    public void Add(Message m) => Count(m, 1);

    public void Remove(Message m) => Count(m, -1);

    private void Count(Message m, int sign)
    {
        if (m.IsNew)
            New += sign;
        if (!m.IsRead)
            Unread += sign;
        if ((m.Flags & MessageFlags.Flagged) != 0)
            Flagged += sign;
        if (m.Deleted)
            Deleted += sign;
        if (m.Tagged)
            Tagged += sign;
        Size += sign * m.Summary.Size;
    }
}
