using MimeKit;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Compose;

/// <summary>
/// A message being composed: what the compose menu shows and edits, what is postponed, and what
/// <see cref="DraftWriter"/> turns into bytes. Addresses are MimeKit lists; the body is plain text.
/// </summary>
public sealed class Draft
{
    /// <summary>How the draft was started; a recalled reply becomes one again when its original is found.</summary>
    public DraftKind Kind { get; set; }

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

    /// <summary>The <c>$postponed</c> file a recalled draft was read from (the mbox file itself for an mbox); removed once the draft is sent or postponed again.</summary>
    public string? PostponedPath { get; set; }

    /// <summary>For a draft recalled from an mbox <c>$postponed</c>: a digest of its bytes there, by which it is found again to be removed.</summary>
    public string? PostponedDigest { get; set; }

    /// <summary>The messages answered or forwarded, flagged R or P once this one is sent.</summary>
    public IReadOnlyList<Message> Originals { get; set; } = [];

    /// <summary>
    /// Message-IDs (without angle brackets) of messages a recalled draft answers whose message was not at hand:
    /// its postponed copy keeps them in Mutt's <c>X-Mutt-References</c>, with the ids of <see cref="Originals"/>.
    /// </summary>
    public List<string> Answers { get; } = [];

    /// <summary>The Message-IDs a postponed copy records as answered: the replied originals' and <see cref="Answers"/>, each once.</summary>
    public IReadOnlyList<string> AnsweredIds()
    {
        var ids = Kind is DraftKind.Reply or DraftKind.GroupReply or DraftKind.ListReply
            ? Originals.Select(m => m.Summary.MessageId?.Trim().Trim('<', '>')).OfType<string>().Where(id => id.Length > 0)
            : [];
        return ids.Concat(Answers).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// What Mutt does with a recalled reply's <c>X-Mutt-References</c>: the messages of the open folder
    /// (<paramref name="folder"/>) it answers become its originals, flagged replied once it is sent; ids not found
    /// stay in <see cref="Answers"/> for the next time it is postponed. True when one was found.
    /// </summary>
    public bool LinkAnswered(IEnumerable<Message> folder)
    {
        if (Answers.Count == 0)
            return false;
        var wanted = Answers.ToHashSet(StringComparer.Ordinal);
        var found = folder.Where(m => m.Summary.MessageId?.Trim().Trim('<', '>') is { } id && wanted.Contains(id)).ToList();
        if (found.Count == 0)
            return false;
        Kind = DraftKind.Reply;
        Originals = found;
        Answers.RemoveAll(id => found.Any(m => m.Summary.MessageId?.Trim().Trim('<', '>') == id));
        return true;
    }

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
