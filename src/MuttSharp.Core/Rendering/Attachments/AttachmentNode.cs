using MimeKit;
using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Rendering.Attachments;

/// <summary>One row of the attachment menu: a MIME part, where it sits in the tree, and its <c>$attach_format</c> inputs.</summary>
/// <param name="Entity">The part.</param>
/// <param name="Depth">0 for the message's own parts, one more per enclosing multipart or attached message.</param>
/// <param name="Entry">What <c>$attach_format</c> shows of it.</param>
public sealed record AttachmentNode(MimeEntity Entity, int Depth, AttachmentEntry Entry)
{
    /// <summary>True for an attached message (<c>message/rfc822</c>), which can be opened as a message.</summary>
    public bool IsMessage => Entity is MessagePart { Message: not null };

    /// <summary>The part's type, lower-case: <c>application/pdf</c>.</summary>
    public string MimeType => Entity.ContentType.MimeType.ToLowerInvariant();
}
