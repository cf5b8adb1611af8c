namespace MuttSharp.Core.Model;

/// <summary>
/// What the index needs to know about one message, read from its top-level header block only.
/// Immutable, so it can be built on any thread and stored in the header cache as is.
/// Text fields are decoded (RFC 2047/2231) but not yet made safe for a terminal: every view
/// sanitises what it draws.
/// </summary>
public sealed record MessageSummary
{
    public static readonly IReadOnlyList<MailAddress> NoAddresses = [];
    public static readonly IReadOnlyList<string> NoReferences = [];

    public IReadOnlyList<MailAddress> From { get; init; } = NoAddresses;
    public IReadOnlyList<MailAddress> To { get; init; } = NoAddresses;
    public IReadOnlyList<MailAddress> Cc { get; init; } = NoAddresses;
    public IReadOnlyList<MailAddress> Sender { get; init; } = NoAddresses;
    public IReadOnlyList<MailAddress> ReplyTo { get; init; } = NoAddresses;
    public IReadOnlyList<MailAddress> MailFollowupTo { get; init; } = NoAddresses;
    public string Subject { get; init; } = "";

    /// <summary>The Date: header; <see cref="DateTimeOffset.MinValue"/> when missing or unparsable.</summary>
    public DateTimeOffset Date { get; init; }

    /// <summary>When the message arrived here (Maildir: the file's mtime; mbox: the From_ line).</summary>
    public DateTimeOffset Received { get; init; }

    /// <summary>The Message-ID without angle brackets, or null.</summary>
    public string? MessageId { get; init; }

    /// <summary>The first message id in In-Reply-To, without angle brackets, or null.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>References, oldest first, without angle brackets.</summary>
    public IReadOnlyList<string> References { get; init; } = NoReferences;

    public string? ListId { get; init; }
    public string? ListPost { get; init; }
    public string? XLabel { get; init; }
    public string? Organization { get; init; }

    /// <summary>The top-level Content-Type as <c>type/subtype</c>, lower case.</summary>
    public string ContentType { get; init; } = "text/plain";

    /// <summary>True when the top-level structure implies attachments (multipart/mixed, or a non-text single part).</summary>
    public bool HasAttachments { get; init; }

    /// <summary>The Lines: header when present, else 0 (Mutt shows the size instead).</summary>
    public int Lines { get; init; }

    /// <summary>The size of the file in bytes.</summary>
    public long Size { get; init; }

    /// <summary>Byte length of the header block, so that a body reader can seek past it.</summary>
    public int HeaderLength { get; init; }

    /// <summary>
    /// The size Mutt shows and compares (<c>%c</c>, <c>~z</c>, sort by size): the body's bytes,
    /// the file less its header block.
    /// </summary>
    public long BodyLength => HeaderLength > 0 && HeaderLength <= Size ? Size - HeaderLength : Size;
}
