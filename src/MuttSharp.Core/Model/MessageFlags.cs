namespace MuttSharp.Core.Model;

/// <summary>
/// The persistent flags of a message: the Maildir <c>:2,</c> letters Mutt understands, plus
/// <see cref="New"/>, which Maildir expresses by the file living in <c>new/</c>.
/// Mutt's "old" is a derived state: neither <see cref="Seen"/> nor <see cref="New"/>.
/// </summary>
[Flags]
public enum MessageFlags : ushort
{
    None = 0,

    /// <summary><c>S</c>: the message has been read.</summary>
    Seen = 1 << 0,

    /// <summary><c>R</c>: the message has been replied to.</summary>
    Replied = 1 << 1,

    /// <summary><c>F</c>: flagged ("important").</summary>
    Flagged = 1 << 2,

    /// <summary><c>T</c>: trashed; Mutt shows it as deleted.</summary>
    Trashed = 1 << 3,

    /// <summary><c>D</c>: a draft.</summary>
    Draft = 1 << 4,

    /// <summary><c>P</c>: passed (forwarded or bounced).</summary>
    Passed = 1 << 5,

    /// <summary>Delivered and never seen by a reader: the file is in <c>new/</c>.</summary>
    New = 1 << 6,
}
