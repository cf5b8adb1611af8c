namespace MuttSharp.Core.Reading.Session;

/// <summary>The flags Mutt's <c>set-flag</c> and <c>clear-flag</c> change; see <see cref="SessionFlags"/> for their letters.</summary>
public enum SessionFlag
{
    /// <summary><c>D</c>: marked for deletion.</summary>
    Deleted,

    /// <summary><c>N</c>: new; clearing it marks the message read.</summary>
    New,

    /// <summary><c>O</c>: old (unread, but seen in an earlier session); setting it marks the message unread.</summary>
    Old,

    /// <summary><c>R</c>: replied to; setting it also marks the message read, as Mutt does.</summary>
    Replied,

    /// <summary><c>S</c>: read (seen).</summary>
    Read,

    /// <summary><c>*</c>: tagged.</summary>
    Tagged,

    /// <summary><c>!</c>: flagged as important.</summary>
    Flagged,
}
