using MimeKit;

namespace MuttSharp.Core.Rendering;

/// <summary>Parses one message for display with the nesting bound of <see cref="RenderLimits"/>.</summary>
public static class MessageParsing
{
    /// <summary>
    /// Parses <paramref name="stream"/>. Malformed MIME parses as far as it goes; input with no
    /// header block at all gives a message with an empty header list and the bytes as its text.
    /// </summary>
    public static async Task<MimeMessage> LoadAsync(Stream stream, RenderLimits limits, CancellationToken cancellationToken = default)
    {
        var options = ParserOptions.Default.Clone();
        options.MaxMimeDepth = Math.Max(1, limits.MimeNestingLimit + 1);
        var buffered = new MemoryStream();
        await stream.CopyToAsync(buffered, cancellationToken).ConfigureAwait(false);
        buffered.Position = 0;
        try
        {
            return await MimeMessage.LoadAsync(options, buffered, persistent: false, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException)
        {
            buffered.Position = 0;
            var message = new MimeMessage();
            message.Body = new TextPart("plain") { Content = new MimeContent(buffered) };
            message.Headers.Clear();
            return message;
        }
    }
}
