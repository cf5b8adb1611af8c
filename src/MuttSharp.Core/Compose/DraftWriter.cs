using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Utils;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Compose;

/// <summary>
/// Turns a <see cref="Draft"/> into the bytes that are sent, kept in <c>$record</c> or postponed,
/// with Mutt's header order (Date, From, To, Cc, Subject, Message-ID, Reply-To, Mail-Followup-To,
/// References, the MIME headers, In-Reply-To, <c>my_hdr</c> headers, User-Agent) and Mutt's choice
/// of charset (<c>$send_charset</c>) and transfer encoding (<c>$allow_8bit</c>, <c>$text_flowed</c>).
/// </summary>
public sealed class DraftWriter
{
    /// <summary>Mutt writes at most the last ten References.</summary>
    public const int ReferencesLimit = 10;

    /// <summary>RFC 5322's limit on a line, beyond which text must be quoted-printable.</summary>
    private const int LineLimit = 998;

    private static readonly FormatOptions Options = CreateOptions();

    private readonly ComposeSettings settings;
    private readonly TimeProvider time;

    /// <param name="settings">The compose settings.</param>
    /// <param name="time">The clock for Date and Message-ID.</param>
    public DraftWriter(ComposeSettings settings, TimeProvider? time = null)
    {
        this.settings = settings;
        this.time = time ?? TimeProvider.System;
        CodePages.EnsureRegistered();
    }

    /// <summary>The From a message gets when it has none: <c>$from</c>, else <c>$realname</c> at <c>user@$hostname</c>.</summary>
    public MailboxAddress DefaultFrom()
    {
        if (settings.From is { } from)
            return new MailboxAddress(string.IsNullOrEmpty(from.Name) ? settings.RealName : from.Name, from.Address);
        return new MailboxAddress(settings.RealName, settings.UseDomain ? $"{settings.UserName}@{settings.Hostname}" : settings.UserName);
    }

    /// <summary>
    /// What Mutt does just before sending: a From when there is none and <c>$use_from</c> is set,
    /// bare names qualified with <c>$hostname</c>, a Message-ID, a Mail-Followup-To for known lists.
    /// </summary>
    public void Finish(Draft draft)
    {
        if (draft.From.Count == 0 && settings.UseFrom)
            draft.From.Add(DefaultFrom());
        if (settings.UseDomain)
        {
            foreach (var list in new[] { draft.To, draft.Cc, draft.Bcc })
                foreach (var mailbox in list.Mailboxes)
                    if (mailbox.Address.Length > 0 && !mailbox.Address.Contains('@'))
                        mailbox.Address = $"{mailbox.Address}@{settings.Hostname}";
        }
        draft.MessageId ??= NewMessageId();
        ReplyRecipients.SetFollowupTo(draft, settings, DefaultFrom());
    }

    /// <summary>The envelope and bytes a submitter needs, with the Bcc header only when <paramref name="writeBcc"/>; call <see cref="Finish"/> first.</summary>
    public async Task<OutgoingMessage> ToOutgoingAsync(Draft draft, bool writeBcc = false, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(draft, writeBcc ? DraftWriteMode.SendWithBcc : DraftWriteMode.Send, buffer, cancellationToken).ConfigureAwait(false);
        string sender = draft.From.Mailboxes.FirstOrDefault()?.Address ?? DefaultFrom().Address;
        return new OutgoingMessage(sender, draft.Recipients(), buffer.ToArray());
    }

    /// <summary>
    /// A bounce (<c>b</c>): the original unchanged under Resent-From, Resent-Date, Resent-Message-ID and
    /// Resent-To, as Mutt sends it; Delivered-To lines are dropped unless <c>$bounce_delivered</c>.
    /// </summary>
    public OutgoingMessage Bounce(OriginalMessage original, InternetAddressList to, bool keepDeliveredTo = true)
    {
        var from = settings.From is not null || settings.UseFrom ? DefaultFrom() : null;
        var head = new StringBuilder();
        if (from is not null)
            AppendAddresses(head, "Resent-From", [from]);
        head.Append("Resent-Date: ").Append(DateUtils.FormatDate(time.GetLocalNow())).Append('\n');
        head.Append("Resent-Message-ID: <").Append(NewMessageId()).Append(">\n");
        AppendAddresses(head, "Resent-To", to);
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.GetBytes(head.ToString()));
        int bodyStart = 0;
        foreach (var (name, field) in HeaderFields.ReadRaw(original.Raw, out bodyStart))
        {
            if (keepDeliveredTo || !name.Equals("Delivered-To", StringComparison.OrdinalIgnoreCase))
                buffer.Write(field);
        }
        buffer.Write(original.Raw.AsSpan(bodyStart));
        var recipients = to.Mailboxes.Select(m => m.Address).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return new OutgoingMessage(from?.Address ?? DefaultFrom().Address, recipients, buffer.ToArray());
    }

    /// <summary>Writes the message (LF line ends) for <paramref name="mode"/>.</summary>
    public async Task WriteAsync(Draft draft, DraftWriteMode mode, Stream output, CancellationToken cancellationToken = default)
    {
        var body = BuildBody(draft);
        var head = new StringBuilder();
        head.Append("Date: ").Append(DateUtils.FormatDate(time.GetLocalNow())).Append('\n');
        AppendAddresses(head, "From", draft.From);
        AppendAddresses(head, "To", draft.To);
        AppendAddresses(head, "Cc", draft.Cc);
        if (mode != DraftWriteMode.Send)
            AppendAddresses(head, "Bcc", draft.Bcc);
        if (draft.Subject.Length > 0)
            AppendText(head, "Subject", draft.Subject);
        if (draft.MessageId is { } id)
            head.Append("Message-ID: <").Append(id).Append(">\n");
        AppendAddresses(head, "Reply-To", draft.ReplyTo);
        AppendAddresses(head, "Mail-Followup-To", draft.MailFollowupTo);
        if (draft.References.Count > 0)
        {
            head.Append("References:");
            foreach (string reference in draft.References.Skip(Math.Max(0, draft.References.Count - ReferencesLimit)))
                head.Append(head[^1] == ':' ? " <" : "\n <").Append(reference).Append('>');
            head.Append('\n');
        }
        head.Append("MIME-Version: 1.0\n");

        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 4096, leaveOpen: true) { NewLine = "\n" };
        await writer.WriteAsync(head.ToString()).ConfigureAwait(false);
        var tail = new StringBuilder();
        foreach (var header in body.Headers)
            tail.Append(header.Field).Append(':').Append(Encoding.ASCII.GetString(header.RawValue));
        if (draft.InReplyTo.Count > 0)
            tail.Append("In-Reply-To: ").AppendJoin(' ', draft.InReplyTo.Select(r => $"<{r}>")).Append('\n');
        foreach (var (name, value) in draft.ExtraHeaders)
            AppendText(tail, name, value);
        if (settings.UserAgent && !draft.ExtraHeaders.Any(h => h.Key.Equals("User-Agent", StringComparison.OrdinalIgnoreCase)))
            tail.Append("User-Agent: MuttSharp/").Append(settings.Version).Append('\n');
        if (mode == DraftWriteMode.Postpone)
            AppendRecallHeaders(tail, draft);
        tail.Append('\n');
        await writer.WriteAsync(tail.ToString()).ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await body.WriteToAsync(Options, output, contentOnly: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// What Mutt writes into a postponed copy for its recall: <c>X-Mutt-References</c>, the message answered
    /// (flagged replied once the recalled draft is sent), and <c>X-Mutt-Fcc</c>, where its copy goes (empty for none).
    /// </summary>
    private static void AppendRecallHeaders(StringBuilder tail, Draft draft)
    {
        if (draft.AnsweredIds() is { Count: > 0 } answered)
            tail.Append("X-Mutt-References: ").AppendJoin(' ', answered.Select(id => $"<{id}>")).Append('\n');
        if (draft.Fcc is { } fcc)
            tail.Append("X-Mutt-Fcc: ").Append(fcc.ReplaceLineEndings(" ")).Append('\n');
    }

    /// <summary>The text part, alone or first in a multipart/mixed with the attachments.</summary>
    private MimeEntity BuildBody(Draft draft)
    {
        var text = BuildText(draft.Body);
        if (draft.Attachments.Count == 0)
            return text;
        // Mutt leaves one empty line before the first boundary.
        var mixed = new Multipart("mixed") { text };
        mixed.Preamble = "\n";
        mixed.Headers.Add(HeaderId.ContentDisposition, "inline");
        foreach (var attachment in draft.Attachments)
            mixed.Add(BuildAttachment(attachment));
        // As Mutt does, the multipart declares the widest encoding of its parts.
        if (mixed.Any(part => part.Headers[HeaderId.ContentTransferEncoding] is "8bit" or "binary"))
            mixed.Headers.Add(HeaderId.ContentTransferEncoding, "8bit");
        return mixed;
    }

    private TextPart BuildText(string body)
    {
        string text = settings.TextFlowed ? SpaceStuff(body) : body;
        var encoding = ChooseCharset(text);
        byte[] bytes = encoding.GetBytes(text);
        var part = new TextPart("plain") { Content = new MimeContent(new MemoryStream(bytes)) };
        part.ContentType.Charset = text.All(char.IsAscii) ? "us-ascii" : encoding.WebName;
        if (settings.TextFlowed)
            part.ContentType.Parameters.Add("format", "flowed");
        part.ContentDisposition = new ContentDisposition(ContentDisposition.Inline);
        bool eightBit = bytes.Any(b => b >= 0x80);
        bool longLines = LongestLine(bytes) > LineLimit;
        part.ContentTransferEncoding = (eightBit || longLines) switch
        {
            false => ContentEncoding.Default,
            true when settings.Allow8Bit && !longLines => ContentEncoding.EightBit,
            _ => ContentEncoding.QuotedPrintable,
        };
        return part;
    }

    private MimeEntity BuildAttachment(DraftAttachment attachment)
    {
        var type = ContentType.TryParse(attachment.ContentType, out var parsed) ? parsed : new ContentType("application", "octet-stream");
        var disposition = new ContentDisposition(attachment.Inline ? ContentDisposition.Inline : ContentDisposition.Attachment);
        if (attachment.FileName.Length > 0)
            disposition.FileName = attachment.FileName;
        byte[] content = attachment.Content ?? File.ReadAllBytes(attachment.Path!);
        if (type.IsMimeType("message", "rfc822"))
        {
            var message = new MessagePart { ContentDisposition = disposition };
            using (var stream = new MemoryStream(content, writable: false))
                message.Message = MimeMessage.Load(stream);
            if (attachment.Description.Length > 0)
                message.Headers.Add(HeaderId.ContentDescription, attachment.Description);
            if (content.Any(b => b >= 0x80))
                message.Headers.Add(HeaderId.ContentTransferEncoding, "8bit");
            return message;
        }
        var part = new MimePart(type)
        {
            Content = new MimeContent(new MemoryStream(content)),
            ContentDisposition = disposition,
        };
        if (attachment.Description.Length > 0)
            part.ContentDescription = attachment.Description;
        part.ContentTransferEncoding = attachment.Encoding ?? part.GetBestEncoding(settings.Allow8Bit ? EncodingConstraint.EightBit : EncodingConstraint.SevenBit);
        return part;
    }

    /// <summary>The first charset of <c>$send_charset</c> that holds the whole text; UTF-8 when none does.</summary>
    public Encoding ChooseCharset(string text)
    {
        foreach (string name in settings.SendCharsets)
        {
            Encoding encoding;
            try
            {
                encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException)
            {
                continue;
            }
            try
            {
                encoding.GetByteCount(text);
                return encoding;
            }
            catch (EncoderFallbackException)
            {
            }
        }
        return new UTF8Encoding(false);
    }

    /// <summary>Mutt's <c>mutt_write_address_list</c>: whole addresses, folded before one that would pass column 74.</summary>
    private static void AppendAddresses(StringBuilder head, string name, InternetAddressList list)
    {
        var addresses = list.Mailboxes.ToList();
        if (addresses.Count == 0)
            return;
        head.Append(name).Append(": ");
        int column = name.Length + 2;
        for (int i = 0; i < addresses.Count; i++)
        {
            string text = addresses[i].ToString(Options, encode: true);
            if (i > 0 && column + text.Length > 74)
            {
                head.Append("\n\t");
                column = text.Length + 8;
            }
            else
            {
                if (i > 0)
                {
                    head.Append(' ');
                    column++;
                }
                column += text.Length;
            }
            head.Append(text);
            if (i + 1 < addresses.Count)
            {
                head.Append(',');
                column++;
            }
        }
        head.Append('\n');
    }

    private void AppendText(StringBuilder head, string name, string value)
    {
        var header = new Header(name, "");
        header.SetValue(Options, ChooseCharset(value), value);
        head.Append(name).Append(':').Append(Encoding.ASCII.GetString(header.RawValue));
    }

    /// <summary>RFC 3676 space-stuffing: a line beginning with a space or <c>From </c> gets one more space.</summary>
    private static string SpaceStuff(string body)
    {
        var sb = new StringBuilder(body.Length + 16);
        foreach (string line in body.Split('\n'))
        {
            if (sb.Length > 0)
                sb.Append('\n');
            if (line.StartsWith(' ') || line.StartsWith("From ", StringComparison.Ordinal))
                sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    private static int LongestLine(byte[] bytes)
    {
        int longest = 0, start = 0;
        for (int i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == '\n')
            {
                longest = Math.Max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    /// <summary>A Message-ID unique to this host: the time, then 12 random characters, at <c>$hostname</c>.</summary>
    private string NewMessageId()
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var now = time.GetUtcNow();
        string random = string.Create(12, 0, static (span, _) =>
        {
            for (int i = 0; i < span.Length; i++)
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        });
        return $"{now:yyyyMMddHHmmss}.{random}@{settings.Hostname}";
    }

    private static FormatOptions CreateOptions()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Unix;
        return options;
    }
}
