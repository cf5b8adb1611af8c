namespace MuttSharp.Core.Model;

/// <summary>
/// What the index needs to know about one message, read from its top-level header block only.
/// Immutable, so it can be built on any thread and stored in the header cache as is.
/// Text fields are decoded (RFC 2047/2231) but not yet made safe for a terminal: every view
/// sanitises what it draws.
/// </summary>
/// <remarks>
/// A folder holds one per message, so the layout is kept small: the headers most messages lack
/// (Sender, Reply-To, Mail-Followup-To, X-Label, Organization) share one reference that is null
/// when all are absent, and each date is stored as its UTC ticks and offset in minutes, 10 bytes
/// where a <see cref="DateTimeOffset"/> field takes 16: 144 bytes instead of 192, 4.8 MB less on 100k messages.
/// </remarks>
public sealed record MessageSummary
{
    public static readonly IReadOnlyList<MailAddress> NoAddresses = [];
    public static readonly IReadOnlyList<string> NoReferences = [];

    // Set through a copy, never in place: `with` on a summary shares this part with the original.
    private Seldom? seldom;
    private long dateTicks, receivedTicks;
    private short dateOffset, receivedOffset;

    public IReadOnlyList<MailAddress> From { get; init; } = NoAddresses;
    public IReadOnlyList<MailAddress> To { get; init; } = NoAddresses;
    public IReadOnlyList<MailAddress> Cc { get; init; } = NoAddresses;

    public IReadOnlyList<MailAddress> Sender
    {
        get => seldom?.Sender ?? NoAddresses;
        init => seldom = value.Count > 0 || seldom is not null ? (seldom ?? Seldom.None) with { Sender = value } : null;
    }

    public IReadOnlyList<MailAddress> ReplyTo
    {
        get => seldom?.ReplyTo ?? NoAddresses;
        init => seldom = value.Count > 0 || seldom is not null ? (seldom ?? Seldom.None) with { ReplyTo = value } : null;
    }

    public IReadOnlyList<MailAddress> MailFollowupTo
    {
        get => seldom?.MailFollowupTo ?? NoAddresses;
        init => seldom = value.Count > 0 || seldom is not null ? (seldom ?? Seldom.None) with { MailFollowupTo = value } : null;
    }

    public string Subject { get; init; } = "";

    /// <summary>The Date: header; <see cref="DateTimeOffset.MinValue"/> when missing or unparsable.</summary>
    public DateTimeOffset Date
    {
        get => Unpack(dateTicks, dateOffset);
        init => (dateTicks, dateOffset) = Pack(value);
    }

    /// <summary>When the message arrived here (Maildir: the file's mtime; mbox: the From_ line).</summary>
    public DateTimeOffset Received
    {
        get => Unpack(receivedTicks, receivedOffset);
        init => (receivedTicks, receivedOffset) = Pack(value);
    }

    /// <summary>The Message-ID without angle brackets, or null.</summary>
    public string? MessageId { get; init; }

    /// <summary>The first message id in In-Reply-To, without angle brackets, or null.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>References, oldest first, without angle brackets.</summary>
    public IReadOnlyList<string> References { get; init; } = NoReferences;

    public string? ListId { get; init; }
    public string? ListPost { get; init; }

    public string? XLabel
    {
        get => seldom?.XLabel;
        init => seldom = value is not null || seldom is not null ? (seldom ?? Seldom.None) with { XLabel = value } : null;
    }

    public string? Organization
    {
        get => seldom?.Organization;
        init => seldom = value is not null || seldom is not null ? (seldom ?? Seldom.None) with { Organization = value } : null;
    }

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

    private static (long Ticks, short Offset) Pack(DateTimeOffset value) => (value.UtcTicks, (short)value.TotalOffsetMinutes);

    private static DateTimeOffset Unpack(long utcTicks, short offsetMinutes) =>
        offsetMinutes == 0
            ? new DateTimeOffset(utcTicks, TimeSpan.Zero)
            : new DateTimeOffset(utcTicks + (offsetMinutes * TimeSpan.TicksPerMinute), TimeSpan.FromMinutes(offsetMinutes));

    private sealed record Seldom(IReadOnlyList<MailAddress> Sender, IReadOnlyList<MailAddress> ReplyTo, IReadOnlyList<MailAddress> MailFollowupTo,
        string? XLabel, string? Organization)
    {
        public static readonly Seldom None = new(NoAddresses, NoAddresses, NoAddresses, null, null);
    }
}
