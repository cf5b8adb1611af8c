using System.Text;
using MimeKit;

namespace MuttSharp.Core.Compose;

/// <summary>
/// Reads a draft back: the file the editor saved with <c>$edit_headers</c> (headers, a blank line, the
/// text), a <c>-H</c> draft file, or a postponed message (MIME, with its attachments). Never throws on
/// what it reads; a malformed line is reported with its line number.
/// </summary>
public static class DraftReader
{
    private static readonly char[] Rfc822Specials = ['(', ')', '<', '>', '@', ',', ';', ':', '\\', '"', '.', '[', ']'];

    /// <summary>
    /// Applies an edited file to <paramref name="draft"/>: each <c>Name: value</c> header (continuation lines
    /// joined) replaces that header, headers removed from the file are removed from the draft, and the text after
    /// the first blank line becomes the body. <c>Attach: file [description]</c> adds an attachment, as in Mutt.
    /// </summary>
    public static bool TryApplyEditedFile(Draft draft, string text, out string error)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        int blank = text.StartsWith('\n') ? 0 : text.IndexOf("\n\n", StringComparison.Ordinal);
        string head = blank < 0 ? text : text[..blank];
        string body = blank < 0 ? "" : text[(blank == 0 ? 1 : blank + 2)..];

        var fields = new List<(string Name, string Value, int Line)>();
        string[] lines = head.Length == 0 ? [] : head.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length > 0 && line[0] is ' ' or '\t' && fields.Count > 0)
            {
                var (n, v, l) = fields[^1];
                fields[^1] = (n, v + " " + line.Trim(), l);
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].Any(c => c <= ' ' || c > '~'))
            {
                error = $"line {i + 1}: expected a header (Name: value) or a blank line before the text";
                return false;
            }
            fields.Add((line[..colon], line[(colon + 1)..], i + 1));
        }

        var edited = new Draft { Kind = draft.Kind, Originals = draft.Originals };
        foreach (var (name, value, line) in fields)
        {
            if (name.Equals("Attach", StringComparison.OrdinalIgnoreCase))
            {
                edited.Attachments.Add(ParseAttach(value.Trim()));
                continue;
            }
            if (!DraftHeaders.TryApply(edited, name, value, out string reason))
            {
                error = $"line {line}: {reason}";
                return false;
            }
        }
        CopyHeaders(edited, draft);
        draft.Attachments.AddRange(edited.Attachments);
        draft.Body = body;
        error = "";
        return true;
    }

    /// <summary>The editor file for <paramref name="draft"/>: with <paramref name="withHeaders"/> (<c>$edit_headers</c>) its headers as Mutt lists them, a blank line, then the text.</summary>
    public static string EditorText(Draft draft, bool withHeaders)
    {
        if (!withHeaders)
            return draft.Body;
        var sb = new StringBuilder();
        sb.Append("From: ").Append(Addresses(draft.From)).Append('\n');
        sb.Append("To: ").Append(Addresses(draft.To)).Append('\n');
        sb.Append("Cc: ").Append(Addresses(draft.Cc)).Append('\n');
        sb.Append("Bcc: ").Append(Addresses(draft.Bcc)).Append('\n');
        sb.Append("Subject: ").Append(draft.Subject).Append('\n');
        sb.Append("Reply-To: ").Append(Addresses(draft.ReplyTo)).Append('\n');
        if (draft.MailFollowupTo.Count > 0)
            sb.Append("Mail-Followup-To: ").Append(Addresses(draft.MailFollowupTo)).Append('\n');
        if (draft.InReplyTo.Count > 0)
            sb.Append("In-Reply-To: ").AppendJoin(' ', draft.InReplyTo.Select(id => $"<{id}>")).Append('\n');
        if (draft.References.Count > 0)
            sb.Append("References: ").AppendJoin(' ', draft.References.Select(id => $"<{id}>")).Append('\n');
        if (draft.Fcc is { } fcc)
            sb.Append("Fcc: ").Append(fcc).Append('\n');
        foreach (var (name, value) in draft.ExtraHeaders)
            sb.Append(name).Append(": ").Append(value).Append('\n');
        return sb.Append('\n').Append(draft.Body).ToString();
    }

    /// <summary>
    /// A whole message as a draft (a <c>-H</c> file, a recalled postponed message): its headers, its first
    /// text part as the body, its other parts as attachments.
    /// </summary>
    public static bool TryRead(byte[] raw, out Draft draft, out string error) => TryReadTemplate(raw, _ => true, out draft, out error);

    /// <summary>
    /// A whole message as the template of a new one, as Mutt's <c>mutt_prepare_template</c> reads it: the headers
    /// <paramref name="keepHeader"/> accepts, the first text part decoded as the body, every other part decoded
    /// as an attachment (a multipart unwrapped, a message/rfc822 part kept whole).
    /// </summary>
    public static bool TryReadTemplate(byte[] raw, Func<string, bool> keepHeader, out Draft draft, out string error)
    {
        draft = new Draft();
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException e)
        {
            error = $"not a message: {e.Message}";
            return false;
        }
        foreach (var (name, text) in HeaderFields.Read(raw))
        {
            if (!keepHeader(name))
                continue;
            int colon = text.IndexOf(':');
            if (!DraftHeaders.TryApply(draft, name, text[(colon + 1)..].Replace("\n", "", StringComparison.Ordinal), out error))
                return false;
        }
        var body = message.BodyParts.OfType<TextPart>().FirstOrDefault(p => p.IsPlain && !p.IsAttachment);
        draft.Body = body is null ? "" : body.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var entity in message.BodyParts)
        {
            if (ReferenceEquals(entity, body))
                continue;
            using var content = new MemoryStream();
            if (entity is MessagePart { Message: { } inner })
            {
                inner.WriteTo(content);
                draft.Attachments.Add(DraftAttachment.FromMessage(content.ToArray()));
            }
            else if (entity is MimePart part && part.Content is not null)
            {
                part.Content.DecodeTo(content);
                var attachment = DraftAttachment.FromContent(content.ToArray(), part.ContentType.MimeType, part.FileName ?? "");
                attachment.Description = part.ContentDescription ?? "";
                attachment.Inline = !part.IsAttachment;
                draft.Attachments.Add(attachment);
            }
        }
        error = "";
        return true;
    }

    /// <summary>Addresses as Mutt shows them to the user (the editor file, the compose menu): names quoted only where RFC 822 needs it, nothing encoded.</summary>
    public static string Addresses(InternetAddressList list) => string.Join(", ", list.Select(AsTyped));

    // As Mutt writes an address: the display name bare unless it holds one of RFC 822's specials.
    private static string AsTyped(InternetAddress address) =>
        address is MailboxAddress { Name: { Length: > 0 } name } mailbox && name.IndexOfAny(Rfc822Specials) < 0 && mailbox.Route.Count == 0
            ? $"{name} <{mailbox.Address}>"
            : address.ToString(FormatOptions.Default, encode: false);

    private static DraftAttachment ParseAttach(string value)
    {
        int space = value.IndexOfAny([' ', '\t']);
        var attachment = DraftAttachment.FromFile(space < 0 ? value : value[..space]);
        if (space > 0)
            attachment.Description = value[(space + 1)..].Trim();
        return attachment;
    }

    private static void CopyHeaders(Draft from, Draft to)
    {
        foreach (string name in new[] { "From", "To", "Cc", "Bcc", "Reply-To", "Mail-Followup-To" })
        {
            var target = DraftHeaders.AddressList(to, name)!;
            target.Clear();
            target.AddRange(DraftHeaders.AddressList(from, name)!);
        }
        to.Subject = from.Subject;
        to.Fcc = from.Fcc;
        to.MessageId = from.MessageId ?? to.MessageId;
        Replace(to.InReplyTo, from.InReplyTo);
        Replace(to.References, from.References);
        to.ExtraHeaders.Clear();
        to.ExtraHeaders.AddRange(from.ExtraHeaders);
    }

    private static void Replace<T>(List<T> target, List<T> source)
    {
        target.Clear();
        target.AddRange(source);
    }
}
