using MuttSharp.Core.Sorting;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    /// <summary>
    /// Moves the cursor as one of Mutt's index motions does, with Mutt's messages when it cannot
    /// (<c>You are on the last message.</c>, <c>No new messages.</c>, <c>No more threads.</c>).
    /// Motions to new or unread mail wrap round the ends and say so.
    /// </summary>
    public SessionResult Navigate(IndexMotion motion)
    {
        var order = snapshot.Order;
        if (order.Count == 0)
            return SessionResult.Error("No visible messages.");
        int cursor = Cursor;
        switch (motion)
        {
            case IndexMotion.FirstEntry:
                MoveTo(0);
                return SessionResult.None;
            case IndexMotion.LastEntry:
                MoveTo(order.Count - 1);
                return SessionResult.None;
            case IndexMotion.NextEntry:
                return cursor >= order.Count - 1 ? SessionResult.Error("You are on the last message.") : Go(cursor + 1);
            case IndexMotion.PreviousEntry:
                return cursor == 0 ? SessionResult.Error("You are on the first message.") : Go(cursor - 1);
            case IndexMotion.NextUndeleted:
                if (cursor >= order.Count - 1)
                    return SessionResult.Error("You are on the last message.");
                return Go(NextUndeletedRow(cursor, 1), "No undeleted messages.");
            case IndexMotion.PreviousUndeleted:
                if (cursor == 0)
                    return SessionResult.Error("You are on the first message.");
                return Go(NextUndeletedRow(cursor, -1), "No undeleted messages.");
            case IndexMotion.NextNew or IndexMotion.NextUnread or IndexMotion.NextNewThenUnread:
                return GoToUnread(motion, forward: true);
            case IndexMotion.PreviousNew or IndexMotion.PreviousUnread or IndexMotion.PreviousNewThenUnread:
                return GoToUnread(motion, forward: false);
        }
        if (!order.IsThreaded)
            return SessionResult.Error("Threading is not enabled.");
        return motion switch
        {
            IndexMotion.NextThread => Go(order.NextThreadRow(cursor), "No more threads."),
            IndexMotion.PreviousThread => Go(order.PreviousThreadRow(cursor), "You are on the first thread."),
            IndexMotion.NextSubthread => Go(NextSubthreadRow(order, cursor), "No more threads."),
            IndexMotion.PreviousSubthread => Go(PreviousSubthreadRow(order, cursor), "You are on the first thread."),
            IndexMotion.ParentMessage => Go(order.ParentRow(cursor),
                order.Tree!.ParentMessage(order.MessageAt(cursor)) < 0
                    ? "Parent message is not available."
                    : "Parent message is not visible in this limited view."),
            IndexMotion.RootMessage => Go(order.RootRow(cursor), "Root message is not visible in this limited view."),
            _ => SessionResult.Error($"{motion}: not an index motion"),
        };
    }

    /// <summary>Mutt's <c>jump</c> (typing a number): the cursor to message <paramref name="number"/> as <c>%C</c> numbers them.</summary>
    public SessionResult JumpTo(int number)
    {
        var order = snapshot.Order;
        if (number < 1 || number > mailbox.Messages.Count)
            return SessionResult.Error("Invalid message number.");
        for (int row = 0; row < order.Count; row++)
        {
            if (order.SortedPosition(row) == number - 1)
                return Go(row);
        }
        return SessionResult.Error("That message is not visible.");
    }

    private SessionResult Go(int row, string? failure = null)
    {
        if (row < 0)
            return SessionResult.Error(failure ?? "No visible messages.");
        MoveTo(row);
        return SessionResult.None;
    }

    /// <summary>The next row from <paramref name="row"/> in direction <paramref name="step"/> whose message is not deleted, or -1.</summary>
    private int NextUndeletedRow(int row, int step)
    {
        var order = snapshot.Order;
        for (int r = row + step; r >= 0 && r < order.Count; r += step)
        {
            if (!mailbox.Messages[order.MessageAt(r)].Deleted)
                return r;
        }
        return -1;
    }

    /// <summary>Mutt's next/previous new/unread: a collapsed thread counts when it holds such mail; deleted messages do not.</summary>
    private SessionResult GoToUnread(IndexMotion motion, bool forward)
    {
        var order = snapshot.Order;
        int cursor = Cursor, step = forward ? 1 : -1;
        int firstNew = -1, firstUnread = -1;
        bool wrappedNew = false, wrappedUnread = false, wrapped = false;
        for (int i = 1, r = cursor; i < order.Count && firstNew < 0; i++)
        {
            r += step;
            if (r < 0 || r >= order.Count)
            {
                r = forward ? 0 : order.Count - 1;
                wrapped = true;
            }
            bool isNew, isUnread;
            if (order.IsCollapsed(r))
            {
                isNew = order.ThreadHasNew(r);
                isUnread = order.ThreadHasUnread(r);
            }
            else
            {
                var m = mailbox.Messages[order.MessageAt(r)];
                isUnread = !m.Deleted && !m.IsRead;
                isNew = isUnread && !m.IsOld;
            }
            if (isUnread && firstUnread < 0)
                (firstUnread, wrappedUnread) = (r, wrapped);
            if (isNew && firstNew < 0)
                (firstNew, wrappedNew) = (r, wrapped);
        }
        bool wantsNew = motion is IndexMotion.NextNew or IndexMotion.PreviousNew;
        bool wantsUnread = motion is IndexMotion.NextUnread or IndexMotion.PreviousUnread;
        (int target, bool viaWrap) = wantsNew ? (firstNew, wrappedNew)
            : wantsUnread ? (firstUnread, wrappedUnread)
            : firstNew >= 0 ? (firstNew, wrappedNew) : (firstUnread, wrappedUnread);
        if (target < 0)
        {
            string what = wantsNew ? "new" : "unread";
            return SessionResult.Error(limitText is null ? $"No {what} messages." : $"No {what} messages in this limited view.");
        }
        MoveTo(target);
        return viaWrap ? SessionResult.Info(forward ? "Search wrapped to top." : "Search wrapped to bottom.") : SessionResult.None;
    }

    /// <summary>The first row below the subthread of the cursor's message: the next sibling of it or of an ancestor.</summary>
    private int NextSubthreadRow(DisplayOrder order, int cursor)
    {
        var inside = new HashSet<int>(SubthreadOf(order.MessageAt(cursor)));
        for (int r = cursor + 1; r < order.Count; r++)
        {
            if (!inside.Contains(order.MessageAt(r)))
                return r;
        }
        return -1;
    }

    /// <summary>
    /// The previous sibling of the cursor's message, or of its nearest ancestor that has one, as
    /// Mutt climbs: rows above that are deeper belong to that sibling's replies and are passed over.
    /// </summary>
    private int PreviousSubthreadRow(DisplayOrder order, int cursor)
    {
        var threads = order.Tree!;
        int level = Depth(threads, order.MessageAt(cursor));
        for (int r = cursor - 1; r >= 0; r--)
        {
            int depth = Depth(threads, order.MessageAt(r));
            if (depth == level)
                return r;
            if (depth < level)
                level = depth;
        }
        return -1;
    }
}
