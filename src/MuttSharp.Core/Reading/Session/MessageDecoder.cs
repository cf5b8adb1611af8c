using System.Text;
using MimeKit;

namespace MuttSharp.Core.Reading.Session;

/// <summary>
/// Mutt's decoded form of a message, for <c>decode-save</c>, <c>$pipe_decode</c> and
/// <c>$print_decode</c>: the header block without its MIME fields, then every text part
/// decoded (transfer encoding and charset) as UTF-8 text; other parts are named, not included.
/// </summary>
internal static class MessageDecoder
{
    /// <summary>Decodes the message read from <paramref name="source"/>; malformed MIME is decoded as far as it goes.</summary>
    public static async Task<byte[]> DecodeAsync(Stream source, CancellationToken cancellationToken)
    {
        var message = await MimeMessage.LoadAsync(source, cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        foreach (var header in message.Headers)
        {
            if (header.Id is HeaderId.ContentType or HeaderId.ContentTransferEncoding or HeaderId.MimeVersion
                || header.Field.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
                continue;
            text.Append(header.Field).Append(':').Append(Unfold(header.RawValue)).Append('\n');
        }
        text.Append("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n");
        int attachment = 0;
        foreach (var part in message.BodyParts)
        {
            attachment++;
            if (part is TextPart textPart && (!textPart.IsAttachment || textPart.IsPlain))
            {
                string body = textPart.Text ?? "";
                text.Append(body.Replace("\r\n", "\n", StringComparison.Ordinal));
                if (body.Length > 0 && body[^1] != '\n')
                    text.Append('\n');
            }
            else
            {
                string name = part.ContentDisposition?.FileName ?? part.ContentType.Name ?? "";
                text.Append("[-- Attachment #").Append(attachment).Append(name.Length > 0 ? ": " + name : "")
                    .Append(" (").Append(part.ContentType.MimeType).Append(") is not included --]\n");
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Unfold(byte[] raw) =>
        Encoding.UTF8.GetString(raw).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
}
