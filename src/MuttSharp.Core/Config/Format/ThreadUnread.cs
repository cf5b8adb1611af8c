namespace MuttSharp.Core.Config.Format;

/// <summary>What a collapsed thread hides, for the first character of <c>%Z</c> (Mutt's <c>mutt_thread_contains_unread</c>).</summary>
public enum ThreadUnread
{
    /// <summary>Every hidden message is read (or the thread is not collapsed).</summary>
    None,

    /// <summary>A hidden message is new: <c>n</c>.</summary>
    New,

    /// <summary>A hidden message is old and unread: <c>o</c>.</summary>
    Old,
}
