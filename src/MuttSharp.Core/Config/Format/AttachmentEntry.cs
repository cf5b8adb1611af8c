namespace MuttSharp.Core.Config.Format;

/// <summary>One line of the attachment menu (or the compose menu's attachment list), for <c>$attach_format</c>.</summary>
/// <param name="Number">Position in the menu, from 1, for <c>%n</c>.</param>
/// <param name="MajorType">The MIME type, for <c>%m</c>.</param>
/// <param name="MinorType">The MIME subtype, for <c>%M</c>.</param>
public sealed record AttachmentEntry(int Number, string MajorType, string MinorType)
{
    /// <summary>The tree drawn before nested parts, for <c>%T</c>.</summary>
    public string Tree { get; init; } = "";

    /// <summary>The charset parameter, for <c>%C</c>.</summary>
    public string? Charset { get; init; }

    /// <summary>True when the part will be converted to another charset when sent, for <c>%c</c>.</summary>
    public bool Converts { get; init; }

    /// <summary>Content-Description, for <c>%d</c>.</summary>
    public string? Description { get; init; }

    /// <summary>The filename in Content-Disposition, for <c>%F</c>.</summary>
    public string? DispositionFilename { get; init; }

    /// <summary>The local file name (compose) or the name parameter, for <c>%f</c>.</summary>
    public string? Filename { get; init; }

    /// <summary>Inline rather than attachment disposition, for <c>%I</c>.</summary>
    public bool Inline { get; init; }

    /// <summary>Content-Transfer-Encoding, for <c>%e</c>.</summary>
    public string Encoding { get; init; } = "7bit";

    /// <summary>Size of the decoded part in bytes, for <c>%s</c>.</summary>
    public long Size { get; init; }

    /// <summary>Marked for deletion, for <c>%D</c>.</summary>
    public bool Deleted { get; init; }

    /// <summary>The file will be removed after sending, for <c>%u</c>.</summary>
    public bool Unlink { get; init; }

    /// <summary>Tagged, for <c>%t</c>.</summary>
    public bool Tagged { get; init; }

    /// <summary>The part counts as an attachment per the <c>attachments</c> command, for <c>%Q</c>.</summary>
    public bool Counts { get; init; }

    /// <summary>Qualifying parts in this part and its children, for <c>%X</c>.</summary>
    public int CountedParts { get; init; }
}
