using System.Text;
using MimeKit;

namespace MuttSharp.Core.Compose;

/// <summary>
/// The decoded text of a message that a reply quotes or an inline forward copies, with LF line ends:
/// every inline text part in order (the plain one of each alternative), or only the first under
/// <c>$include_onlyfirst</c>.
/// </summary>
internal static class BodyText
{
    public static string Of(MimeMessage message, bool onlyFirst = true)
    {
        var texts = new List<string>();
        if (message.Body is { } body)
            Collect(body, texts, onlyFirst);
        var joined = new StringBuilder();
        foreach (string text in texts)
        {
            if (joined.Length > 0)
                joined.Append('\n');
            joined.Append(text.Length == 0 || text.EndsWith('\n') ? text : text + "\n");
        }
        return joined.ToString();
    }

    /// <summary>The parts that cannot be quoted as text: what an inline forward attaches under <c>$forward_attachments</c>.</summary>
    public static IEnumerable<MimePart> Attachments(MimeMessage message) =>
        message.BodyParts.OfType<MimePart>().Where(p => p.IsAttachment || p is not TextPart);

    private static void Collect(MimeEntity entity, List<string> texts, bool onlyFirst)
    {
        if (onlyFirst && texts.Count > 0)
            return;
        switch (entity)
        {
            case MultipartAlternative alternative:
                var chosen = alternative.OfType<TextPart>().FirstOrDefault(p => p.IsPlain) ?? alternative.LastOrDefault();
                if (chosen is not null)
                    Collect(chosen, texts, onlyFirst);
                break;
            case Multipart multipart:
                foreach (var child in multipart)
                    Collect(child, texts, onlyFirst);
                break;
            case TextPart text when !text.IsAttachment:
                texts.Add(text.Text.Replace("\r\n", "\n", StringComparison.Ordinal));
                break;
        }
    }
}
