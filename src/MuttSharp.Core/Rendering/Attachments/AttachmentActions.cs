using MimeKit;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Rendering.Attachments;

/// <summary>What the attachment menu does with a part: the name it proposes, saving, the bytes it pipes, the text it shows.</summary>
public static class AttachmentActions
{
    /// <summary>
    /// The file name proposed when saving: the part's own name with any directory part removed
    /// (RFC 2183 section 2.3: a receiver should not honour one) and made safe to show; names that
    /// are only dots, or no name at all, give <c>attachment</c>.
    /// </summary>
    public static string SuggestedName(MimeEntity entity)
    {
        string? name = entity.ContentDisposition?.FileName ?? entity.ContentType.Name;
        string last = (name ?? "").Replace('\\', '/');
        last = TerminalText.Sanitize(last[(last.LastIndexOf('/') + 1)..]).Trim();
        return last.Trim('.').Length == 0 ? "attachment" : last;
    }

    /// <summary>
    /// Writes the part's decoded content to <paramref name="path"/> (an attached message as the
    /// message, a multipart as MIME). With <see cref="SaveMode.CreateNew"/> an existing file is never
    /// touched: the answer is <see cref="SaveOutcome.Exists"/> and the caller asks the user.
    /// </summary>
    public static async Task<SaveOutcome> SaveAsync(MimeEntity entity, string path, SaveMode mode, CancellationToken cancellationToken = default)
    {
        var fileMode = mode switch
        {
            SaveMode.Overwrite => FileMode.Create,
            SaveMode.Append => FileMode.Append,
            _ => FileMode.CreateNew,
        };
        FileStream file;
        try
        {
            file = new FileStream(path, fileMode, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        }
        catch (IOException) when (mode == SaveMode.CreateNew && File.Exists(path))
        {
            return SaveOutcome.Exists;
        }
        await using (file.ConfigureAwait(false))
            await WriteDecodedAsync(entity, file, cancellationToken).ConfigureAwait(false);
        return SaveOutcome.Saved;
    }

    /// <summary>The part's content as it is used: transfer encoding undone for a leaf part, the whole message for an attached one, MIME for a multipart.</summary>
    public static async Task WriteDecodedAsync(MimeEntity entity, Stream output, CancellationToken cancellationToken = default)
    {
        switch (entity)
        {
            case MimePart { Content: { } content }:
                await content.DecodeToAsync(output, cancellationToken).ConfigureAwait(false);
                break;
            case MessagePart { Message: { } message }:
                await message.WriteToAsync(output, cancellationToken).ConfigureAwait(false);
                break;
            case MimePart:
                break;
            default:
                await entity.WriteToAsync(output, contentOnly: true, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// The part as a message to page through as text (<c>view-text</c>): its decoded content as
    /// text/plain in its charset (or the fallbacks), whatever its type says.
    /// </summary>
    public static MimeMessage AsText(MimeEntity entity, RenderSettings settings)
    {
        string text = entity is MimePart part
            ? TextDecoder.Decode(part, settings.AssumedCharsets, settings.Limits.MessageSizeLimit, out _)
            : DecodedMime(entity);
        return Wrap(new TextPart("plain") { Text = text });
    }

    /// <summary>A message made of <paramref name="body"/> alone, without headers, for the pager.</summary>
    public static MimeMessage Wrap(MimeEntity body)
    {
        var message = new MimeMessage { Body = body };
        message.Headers.Clear();
        return message;
    }

    private static string DecodedMime(MimeEntity entity)
    {
        using var memory = new MemoryStream();
        entity.WriteTo(memory, contentOnly: true);
        return System.Text.Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length);
    }
}
