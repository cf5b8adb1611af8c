using MimeKit;

namespace MuttSharp.Core.Search;

/// <summary>
/// Counts attachments as Mutt does for <c>~X</c> with the stock <c>attachments</c> rules of its
/// system muttrc: every part disposed as an attachment except vCards, PGP and PKCS#7 material and
/// external bodies (<c>+A */.*</c>, <c>-A text/x-vcard application/pgp.* application/x-pkcs7-.*</c>),
/// plus inline <c>text/plain</c> parts that are not the first of their multipart (<c>+I text/plain</c>).
/// multipart/alternative is not looked into (<c>$count_alternatives</c> unset).
/// </summary>
internal static class AttachmentCounter
{
    private static readonly string[] ExcludedAttachmentPrefixes =
        ["text/x-vcard", "application/pgp", "application/x-pkcs7-", "message/external-body"];

    public static int Count(IEnumerable<MimeEntity> siblings)
    {
        int count = 0;
        bool first = true;
        foreach (var part in siblings)
        {
            string type = part.ContentType.MimeType.ToLowerInvariant();
            bool container = part is Multipart or MessagePart;
            bool inline = part.ContentDisposition is { } d
                ? !d.IsAttachment
                : part.ContentType.MediaType.ToLowerInvariant() is "text" or "message" or "multipart";

            bool counted = !(inline && !container && first);
            if (counted)
            {
                counted = inline
                    ? type == "text/plain"
                    : !ExcludedAttachmentPrefixes.Any(p => type.StartsWith(p, StringComparison.Ordinal));
            }
            if (counted)
                count++;

            switch (part)
            {
                case Multipart multipart when !multipart.ContentType.IsMimeType("multipart", "alternative"):
                    count += Count(multipart);
                    break;
                case MessagePart { Message.Body: { } inner }:
                    count += Count([inner]);
                    break;
            }
            first = false;
        }
        return count;
    }
}
