using System.Text;
using MimeKit;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Rendering.Attachments;

/// <summary>
/// The MIME tree of a message as Mutt's attachment menu lists it: the message's parts in order,
/// nested multiparts and attached messages followed by their own parts, indented with a tree
/// (<c>%T</c>). A single-part message lists its one part. Deeper than <c>mime_nesting_limit</c>
/// nothing more is listed.
/// </summary>
public static class AttachmentTree
{
    /// <summary>The rows for <paramref name="message"/>.</summary>
    public static IReadOnlyList<AttachmentNode> Build(MimeMessage message, RenderLimits limits)
    {
        var nodes = new List<AttachmentNode>();
        var prefix = new StringBuilder();
        if (message.Body is Multipart top)
            AddChildren(nodes, top, 0, prefix, limits);
        else if (message.Body is { } body)
            Add(nodes, body, 0, "");
        return nodes;
    }

    private static void AddChildren(List<AttachmentNode> nodes, MimeEntity parent, int depth, StringBuilder prefix, RenderLimits limits)
    {
        if (depth >= limits.MimeNestingLimit)
            return;
        var children = parent switch
        {
            Multipart multipart => multipart.ToList(),
            MessagePart { Message.Body: { } inner } => inner is Multipart m ? m.ToList() : [inner],
            _ => [],
        };
        for (int i = 0; i < children.Count; i++)
        {
            bool last = i == children.Count - 1;
            string tree = depth == 0 ? "" : prefix + (last ? "└─>" : "├─>");
            Add(nodes, children[i], depth, tree);
            if (children[i] is Multipart or MessagePart)
            {
                int mark = prefix.Length;
                if (depth > 0)
                    prefix.Append(last ? "  " : "│ ");
                AddChildren(nodes, children[i], depth + 1, prefix, limits);
                prefix.Length = mark;
            }
        }
    }

    private static void Add(List<AttachmentNode> nodes, MimeEntity entity, int depth, string tree)
    {
        var type = entity.ContentType;
        string? description = entity.Headers[HeaderId.ContentDescription]?.Trim();
        if (string.IsNullOrEmpty(description) && entity is MessagePart { Message: { } embedded })
            description = embedded.Subject;
        var disposition = entity.ContentDisposition;
        // Mutt's %d: the description, else the file name, else this placeholder.
        if (string.IsNullOrEmpty(description) && disposition?.FileName is null && type.Name is null)
            description = "<no description>";
        var entry = new AttachmentEntry(nodes.Count + 1, Safe(type.MediaType.ToLowerInvariant()), Safe(type.MediaSubtype.ToLowerInvariant()))
        {
            Tree = tree,
            Charset = entity is TextPart ? Safe(type.Charset ?? "us-ascii") : null,
            Description = description is null ? null : Safe(description),
            DispositionFilename = disposition?.FileName is { } f ? Safe(f) : null,
            Filename = type.Name is { } n ? Safe(n) : null,
            Inline = disposition is null || !disposition.Disposition.Equals(ContentDisposition.Attachment, StringComparison.OrdinalIgnoreCase),
            Encoding = MessageRenderer.EncodingOf(entity),
            Size = MessageRenderer.EncodedSize(entity),
        };
        nodes.Add(new AttachmentNode(entity, depth, entry));
    }

    private static string Safe(string text) => TerminalText.Sanitize(text);
}
