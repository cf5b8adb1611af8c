namespace MuttSharp.Core.Reading.Session;

/// <summary>The index's cursor motions that depend on the messages rather than on the screen (pages are the view's).</summary>
public enum IndexMotion
{
    /// <summary><c>first-entry</c>.</summary>
    FirstEntry,

    /// <summary><c>last-entry</c>.</summary>
    LastEntry,

    /// <summary><c>next-entry</c> (<c>J</c>).</summary>
    NextEntry,

    /// <summary><c>previous-entry</c> (<c>K</c>).</summary>
    PreviousEntry,

    /// <summary><c>next-undeleted</c> (<c>j</c>).</summary>
    NextUndeleted,

    /// <summary><c>previous-undeleted</c> (<c>k</c>).</summary>
    PreviousUndeleted,

    /// <summary><c>next-new</c>.</summary>
    NextNew,

    /// <summary><c>previous-new</c>.</summary>
    PreviousNew,

    /// <summary><c>next-unread</c>.</summary>
    NextUnread,

    /// <summary><c>previous-unread</c>.</summary>
    PreviousUnread,

    /// <summary><c>next-new-then-unread</c> (<c>Tab</c>).</summary>
    NextNewThenUnread,

    /// <summary><c>previous-new-then-unread</c> (<c>Esc Tab</c>).</summary>
    PreviousNewThenUnread,

    /// <summary><c>next-thread</c> (<c>^N</c>).</summary>
    NextThread,

    /// <summary><c>previous-thread</c> (<c>^P</c>).</summary>
    PreviousThread,

    /// <summary><c>next-subthread</c> (<c>Esc n</c>).</summary>
    NextSubthread,

    /// <summary><c>previous-subthread</c> (<c>Esc p</c>).</summary>
    PreviousSubthread,

    /// <summary><c>parent-message</c> (<c>P</c>).</summary>
    ParentMessage,

    /// <summary><c>root-message</c>.</summary>
    RootMessage,
}
