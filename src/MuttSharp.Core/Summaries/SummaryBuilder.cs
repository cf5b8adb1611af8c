using System.Buffers.Text;
using System.Text;
using MimeKit;
using MimeKit.Utils;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Summaries;

/// <summary>
/// Collects the fields the index needs from one header block and builds the
/// <see cref="MessageSummary"/>. Which field feeds which property is the table <see cref="Fields"/>;
/// the first occurrence of a field wins, as in Mutt.
/// </summary>
internal sealed class SummaryBuilder
{
    private delegate void Apply(SummaryBuilder builder, byte[] value, int length);

    private static readonly (byte[] Name, Apply Apply)[] Fields =
    [
        ("from"u8.ToArray(), (b, v, n) => b.from ??= b.Addresses(v, n)),
        ("to"u8.ToArray(), (b, v, n) => b.to ??= b.Addresses(v, n)),
        ("cc"u8.ToArray(), (b, v, n) => b.cc ??= b.Addresses(v, n)),
        ("sender"u8.ToArray(), (b, v, n) => b.sender ??= b.Addresses(v, n)),
        ("reply-to"u8.ToArray(), (b, v, n) => b.replyTo ??= b.Addresses(v, n)),
        ("mail-followup-to"u8.ToArray(), (b, v, n) => b.mailFollowupTo ??= b.Addresses(v, n)),
        ("subject"u8.ToArray(), (b, v, n) => b.subject ??= b.Text(v, n)),
        ("date"u8.ToArray(), (b, v, n) => b.date ??= FastFields.TryDate(v.AsSpan(0, n), out var d) || DateUtils.TryParse(v, 0, n, out d) ? d : DateTimeOffset.MinValue),
        ("message-id"u8.ToArray(), (b, v, n) => b.messageId ??= b.MessageIdOf(v, n)),
        ("in-reply-to"u8.ToArray(), (b, v, n) => b.inReplyTo ??= b.FirstReference(v, n)),
        ("references"u8.ToArray(), (b, v, n) => b.references ??= b.ReferencesOf(v, n)),
        ("list-id"u8.ToArray(), (b, v, n) => b.listId ??= b.Text(v, n)),
        ("list-post"u8.ToArray(), (b, v, n) => b.listPost ??= b.Text(v, n)),
        ("x-label"u8.ToArray(), (b, v, n) => b.xLabel ??= b.Text(v, n)),
        ("organization"u8.ToArray(), (b, v, n) => b.organization ??= b.Text(v, n)),
        ("content-type"u8.ToArray(), (b, v, n) => b.contentType ??= b.ContentTypeOf(v, n)),
        ("lines"u8.ToArray(), (b, v, n) => b.lines ??= Utf8Parser.TryParse(v.AsSpan(0, n), out int l, out _) && l >= 0 ? l : 0),
    ];

    private ParserOptions options = ParserOptions.Default;
    private StringPool pool = StringPool.None;
    private readonly List<string> ids = [];
    private readonly List<(string Name, string Address)> mailboxes = [];
    private byte[] scratch = new byte[1024];

    private IReadOnlyList<MailAddress>? from, to, cc, sender, replyTo, mailFollowupTo;
    private string? subject, messageId, inReplyTo, listId, listPost, xLabel, organization, contentType;
    private IReadOnlyList<string>? references;
    private DateTimeOffset? date;
    private int? lines;

    public SummaryBuilder() => AddField = Add;

    /// <summary><see cref="Add"/> as a delegate made once, not once per message.</summary>
    public HeaderBlock.FieldHandler AddField { get; }

    /// <summary>Starts a message; the builder holds the options and pool only until <see cref="Build"/>.</summary>
    public void Begin(ParserOptions parserOptions, StringPool stringPool)
    {
        options = parserOptions;
        pool = stringPool;
    }

    /// <summary>Takes one raw field; fields the index does not need are ignored.</summary>
    public void Add(ReadOnlySpan<byte> name, ReadOnlySpan<byte> rawValue)
    {
        foreach (var (fieldName, apply) in Fields)
        {
            if (fieldName.Length == name.Length && Ascii.EqualsIgnoreCase(fieldName, name))
            {
                int length = Unfold(rawValue);
                apply(this, scratch, length);
                return;
            }
        }
    }

    /// <summary>Builds the summary and resets the builder for the next message.</summary>
    public MessageSummary Build(long size, DateTimeOffset received, int headerLength)
    {
        string type = contentType ?? "text/plain";
        var summary = new MessageSummary
        {
            From = from ?? MessageSummary.NoAddresses,
            To = to ?? MessageSummary.NoAddresses,
            Cc = cc ?? MessageSummary.NoAddresses,
            Sender = sender ?? MessageSummary.NoAddresses,
            ReplyTo = replyTo ?? MessageSummary.NoAddresses,
            MailFollowupTo = mailFollowupTo ?? MessageSummary.NoAddresses,
            Subject = subject ?? "",
            Date = date ?? DateTimeOffset.MinValue,
            Received = received,
            MessageId = messageId,
            InReplyTo = inReplyTo,
            References = references ?? MessageSummary.NoReferences,
            ListId = listId,
            ListPost = listPost,
            XLabel = xLabel,
            Organization = organization,
            ContentType = type,
            HasAttachments = ImpliesAttachments(type),
            Lines = lines ?? 0,
            Size = size,
            HeaderLength = headerLength,
        };
        from = to = cc = sender = replyTo = mailFollowupTo = null;
        subject = messageId = inReplyTo = listId = listPost = xLabel = organization = contentType = null;
        references = null;
        date = null;
        lines = null;
        options = ParserOptions.Default;
        pool = StringPool.None;
        return summary;
    }

    /// <summary>multipart/mixed, or a single part that is neither text nor another multipart.</summary>
    internal static bool ImpliesAttachments(string contentType)
        => contentType == "multipart/mixed"
           || !(contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.StartsWith("multipart/", StringComparison.Ordinal));

    /// <summary>Copies the value into <see cref="scratch"/> without line breaks and surrounding blanks (RFC 5322 §2.2.3).</summary>
    private int Unfold(ReadOnlySpan<byte> raw)
    {
        raw = raw.Trim(" \t\r\n"u8);
        if (scratch.Length < raw.Length)
            scratch = new byte[Math.Max(raw.Length, scratch.Length * 2)];
        int n = 0;
        foreach (byte b in raw)
            if (b is not ((byte)'\r' or (byte)'\n'))
                scratch[n++] = b;
        return n;
    }

    private string Text(byte[] value, int length)
        => pool.Intern(FastFields.TryPlainText(value.AsSpan(0, length), out string plain) ? plain
            : EncodedWords.TryDecode(value.AsSpan(0, length), out string decoded) ? decoded
            : Rfc2047.DecodeText(options, value, 0, length).Trim());

    private IReadOnlyList<MailAddress> Addresses(byte[] value, int length)
    {
        if (FastFields.TrySingleMailbox(options, value, length, out string name, out string address))
            return pool.Alone(new MailAddress(pool.Intern(name), pool.Intern(address)));
        mailboxes.Clear();
        if (FastFields.TryMailboxList(options, value, length, mailboxes))
        {
            var plain = new MailAddress[mailboxes.Count];
            for (int i = 0; i < plain.Length; i++)
                plain[i] = pool.Intern(new MailAddress(pool.Intern(mailboxes[i].Name), pool.Intern(mailboxes[i].Address)));
            return plain;
        }
        if (!InternetAddressList.TryParse(options, value, 0, length, out var list))
        {
            // Unparsable: keep the text, so the index still shows who it claims to be from.
            string text = Text(value, length);
            return text.Length == 0 ? MessageSummary.NoAddresses : pool.Alone(new MailAddress(text, ""));
        }
        var result = new List<MailAddress>(list.Count);
        Flatten(list, result);
        return result.Count == 0 ? MessageSummary.NoAddresses : result.ToArray();
    }

    private void Flatten(InternetAddressList list, List<MailAddress> into)
    {
        foreach (var address in list)
        {
            if (address is MailboxAddress mailbox)
                into.Add(pool.Intern(new MailAddress(pool.Intern(mailbox.Name ?? ""), pool.Intern(mailbox.Address ?? ""))));
            else if (address is GroupAddress group)
                Flatten(group.Members, into);
        }
    }

    private string? MessageIdOf(byte[] value, int length)
    {
        ids.Clear();
        if (FastFields.TryAngleIds(value.AsSpan(0, length), ids, pool) && ids.Count == 1)
            return ids[0];
        string? id = MimeUtils.ParseMessageId(value, 0, length);
        if (id is null)
        {
            // A bare or broken id still identifies the message for threading.
            string raw = Encoding.Latin1.GetString(value, 0, length).Trim().Trim('<', '>');
            id = raw.Length == 0 ? null : raw;
        }
        return id is null ? null : pool.Intern(id);
    }

    private string? FirstReference(byte[] value, int length)
    {
        ids.Clear();
        if (FastFields.TryAngleIds(value.AsSpan(0, length), ids, pool))
            return ids.Count > 0 ? ids[0] : null;
        foreach (string id in MimeUtils.EnumerateReferences(value, 0, length))
            return pool.Intern(id);
        return null;
    }

    private IReadOnlyList<string>? ReferencesOf(byte[] value, int length)
    {
        ids.Clear();
        if (!FastFields.TryAngleIds(value.AsSpan(0, length), ids, pool))
        {
            foreach (string id in MimeUtils.EnumerateReferences(value, 0, length))
                ids.Add(pool.Intern(id));
        }
        return ids.Count == 0 ? MessageSummary.NoReferences : ids.ToArray();
    }

    private string? ContentTypeOf(byte[] value, int length)
        => FastFields.TryMimeType(value.AsSpan(0, length), out string mimeType) ? pool.Intern(mimeType)
            : ContentType.TryParse(options, value, 0, length, out var type) ? pool.Intern(type.MimeType.ToLowerInvariant()) : null;
}
