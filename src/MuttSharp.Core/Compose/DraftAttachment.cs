using MimeKit;

namespace MuttSharp.Core.Compose;

/// <summary>
/// One attachment of a <see cref="Draft"/>: a file (read when the message is written) or a whole
/// message (a MIME forward), with what the compose menu lets the user change about it.
/// </summary>
public sealed class DraftAttachment
{
    private DraftAttachment(string? path, byte[]? content, string contentType, string fileName)
    {
        Path = path;
        Content = content;
        ContentType = contentType;
        FileName = fileName;
    }

    /// <summary>The file attached (read when the message is written), or null for content held in memory.</summary>
    public string? Path { get; }

    /// <summary>The decoded content held in memory (a forwarded message, a recalled attachment), or null for a file.</summary>
    public byte[]? Content { get; }

    /// <summary>The MIME type, <c>type/subtype</c> (<c>^T</c> changes it).</summary>
    public string ContentType { get; set; }

    /// <summary>The description (<c>d</c>); empty for none.</summary>
    public string Description { get; set; } = "";

    /// <summary>True for <c>Content-Disposition: inline</c>, false for attachment (<c>^D</c> toggles).</summary>
    public bool Inline { get; set; }

    /// <summary>The transfer encoding chosen with <c>^E</c>; null lets the writer choose from the content.</summary>
    public ContentEncoding? Encoding { get; set; }

    /// <summary>The file name given to recipients; empty for none.</summary>
    public string FileName { get; }

    /// <summary>The size in bytes, for the compose menu; 0 when the file cannot be read.</summary>
    public long Size => Content?.LongLength ?? (File.Exists(Path) ? new FileInfo(Path).Length : 0);

    /// <summary>A file, typed from its name as MimeKit's table does (<c>application/octet-stream</c> when unknown), as an attachment.</summary>
    public static DraftAttachment FromFile(string path) => new(path, null, MimeTypes.GetMimeType(path), System.IO.Path.GetFileName(path));

    /// <summary>A whole message, as <c>message/rfc822</c>, shown inline as Mutt's <c>$mime_forward</c> does.</summary>
    public static DraftAttachment FromMessage(byte[] message) => new(null, message, "message/rfc822", "") { Inline = true };

    /// <summary>Content already in memory (an attachment of a recalled message).</summary>
    public static DraftAttachment FromContent(byte[] content, string contentType, string fileName) => new(null, content, contentType, fileName);
}
