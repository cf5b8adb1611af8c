using MimeKit;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Compose;

/// <summary>
/// A message being composed: what the compose menu shows and edits, what is postponed, and what
/// <see cref="DraftWriter"/> turns into bytes. Addresses are MimeKit lists; the body is plain text.
/// </summary>
public sealed class Draft
{
    /// <summary>How the draft was started.</summary>
    public DraftKind Kind { get; init; }

    /// <summary>From; empty means the default From is filled in when the message is written.</summary>
    public InternetAddressList From { get; } = [];

    /// <summary>To.</summary>
    public InternetAddressList To { get; } = [];

    /// <summary>Cc.</summary>
    public InternetAddressList Cc { get; } = [];

    /// <summary>Bcc: envelope recipients only; never written into what recipients receive.</summary>
    public InternetAddressList Bcc { get; } = [];

    /// <summary>Reply-To.</summary>
    public InternetAddressList ReplyTo { get; } = [];

    /// <summary>Mail-Followup-To.</summary>
    public InternetAddressList MailFollowupTo { get; } = [];

    /// <summary>The subject, as the user typed it (not encoded).</summary>
    public string Subject { get; set; } = "";

    /// <summary>The Message-ID without angle brackets; given when the message is first written.</summary>
    public string? MessageId { get; set; }

    /// <summary>The message ids this one answers (In-Reply-To), without angle brackets.</summary>
    public List<string> InReplyTo { get; } = [];

    /// <summary>References, oldest first, without angle brackets.</summary>
    public List<string> References { get; } = [];

    /// <summary>Other headers (<c>my_hdr</c>, or typed into the editor), in order, not encoded.</summary>
    public List<KeyValuePair<string, string>> ExtraHeaders { get; } = [];

    /// <summary>The text the user writes (the first part).</summary>
    public string Body { get; set; } = "";

    /// <summary>Attachments after the text, in order.</summary>
    public List<DraftAttachment> Attachments { get; } = [];

    /// <summary>Where a copy goes when sent (<c>$record</c>, or an <c>Fcc:</c> typed in the editor); null for none.</summary>
    public string? Fcc { get; set; }

    /// <summary>The <c>$postponed</c> file a recalled draft was read from; removed once the draft is sent or postponed again.</summary>
    public string? PostponedPath { get; set; }

    /// <summary>The messages answered or forwarded, flagged R or P once this one is sent.</summary>
    public IReadOnlyList<Message> Originals { get; init; } = [];

    /// <summary>
    /// Adds this draft's recipients, subject (when it has one), In-Reply-To, References and extra headers to
    /// <paramref name="target"/>: what a command line gave, carried into the message composed from it.
    /// </summary>
    public void CopyEnvelopeTo(Draft target)
    {
        target.To.AddRange(To);
        target.Cc.AddRange(Cc);
        target.Bcc.AddRange(Bcc);
        if (Subject.Length > 0)
            target.Subject = Subject;
        target.InReplyTo.AddRange(InReplyTo);
        target.References.AddRange(References);
        target.ExtraHeaders.AddRange(ExtraHeaders);
    }

    /// <summary>Every envelope recipient: To, Cc and Bcc, each address once, in order.</summary>
    public IReadOnlyList<string> Recipients()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var all = new List<string>();
        foreach (var mailbox in To.Mailboxes.Concat(Cc.Mailboxes).Concat(Bcc.Mailboxes))
        {
            if (mailbox.Address.Length > 0 && seen.Add(mailbox.Address))
                all.Add(mailbox.Address);
        }
        return all;
    }
}
