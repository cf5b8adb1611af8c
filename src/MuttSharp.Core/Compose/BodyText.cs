using MimeKit;

namespace MuttSharp.Core.Compose;

/// <summary>The decoded text of a message that a reply quotes or an inline forward copies: its first text/plain part, with LF line ends.</summary>
internal static class BodyText
{
    public static string Of(MimeMessage message)
    {
        var part = message.BodyParts.OfType<TextPart>().FirstOrDefault(p => p.IsPlain && !p.IsAttachment)
            ?? message.BodyParts.OfType<TextPart>().FirstOrDefault(p => !p.IsAttachment);
        if (part is null)
            return "";
        string text = part.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.Length == 0 || text.EndsWith('\n') ? text : text + "\n";
    }
}
