namespace MuttSharp.Core.Compose;

/// <summary>How a draft came to be, which decides the flag its original gets once it is sent.</summary>
public enum DraftKind
{
    /// <summary>New mail (<c>m</c>, batch mode).</summary>
    New,

    /// <summary><c>r</c>: to the author (or Reply-To).</summary>
    Reply,

    /// <summary><c>g</c>: to the author and every recipient.</summary>
    GroupReply,

    /// <summary><c>L</c>: to the mailing lists the original went to.</summary>
    ListReply,

    /// <summary><c>f</c>: inline or as a message/rfc822 attachment.</summary>
    Forward,
}
