using System.Text;
using MimeKit;

namespace MuttSharp.Core.Rendering.Attachments;

/// <summary>
/// Mutt's <c>edit-type</c> while reading (index, pager, attachment menu): the part's Content-Type is
/// replaced by what the user types, parameters and all, and the part is read again under it, so that a
/// new charset decodes the text anew and a part made multipart (or made a leaf) gets its structure
/// again. As in Mutt, the change lives in memory only: the message file is never rewritten.
/// </summary>
public static class ContentTypeEdit
{
    // RFC 2045 section 5.1: the characters that force a parameter value into a quoted string.
    private const string TSpecials = "()<>@,;:\\\"/[]?=";

    /// <summary>The prompt's text for <paramref name="entity"/>: <c>text/plain; charset=utf-8; format=flowed</c>.</summary>
    public static string Current(MimeEntity entity)
    {
        var type = entity.ContentType;
        var text = new StringBuilder($"{type.MediaType}/{type.MediaSubtype}".ToLowerInvariant());
        foreach (var parameter in type.Parameters)
            text.Append("; ").Append(parameter.Name).Append('=').Append(Quote(parameter.Value));
        return text.ToString();
    }

    /// <summary>
    /// Retypes <paramref name="entity"/>, a part of <paramref name="message"/>, as <paramref name="typed"/>
    /// says. <paramref name="message"/> is left as it is: the answer is a new message with the change.
    /// </summary>
    public static async Task<ContentTypeChange> ApplyAsync(MimeMessage message, MimeEntity entity, string typed, RenderLimits limits,
        CancellationToken cancellationToken = default)
    {
        typed = typed.Trim();
        if (typed.Length == 0)
            return new ContentTypeChange(null, null, null);
        if (typed.Any(c => c < 0x20 || c > 0x7e) || !ContentType.TryParse(typed, out var parsed) || parsed.MediaSubtype.Length == 0)
            return new ContentTypeChange(null, null, $"Bad Content-Type: {Core.Text.TerminalText.Sanitize(typed)}");
        if (Path(message.Body, entity) is not { } path)
            return new ContentTypeChange(null, null, "The part is not in the message.");

        var copy = await Reparse(message, limits, cancellationToken).ConfigureAwait(false);
        var (parent, index, target) = Find(copy, path);
        var retyped = await Retype(target, typed, limits, cancellationToken).ConfigureAwait(false);
        switch (parent)
        {
            case Multipart multipart:
                multipart[index] = retyped;
                break;
            case MessagePart { Message: { } inner }:
                inner.Body = retyped;
                break;
            default:
                copy.Body = retyped;
                break;
        }
        return new ContentTypeChange(copy, Notice(entity.ContentType, parsed), null);
    }

    // Mutt tells of the charset last, so that is the line left showing when both changed.
    private static string? Notice(ContentType before, ContentType after)
    {
        bool typeChanged = !before.MimeType.Equals(after.MimeType, StringComparison.OrdinalIgnoreCase);
        bool charsetChanged = !string.Equals(before.Charset ?? "", after.Charset ?? "", StringComparison.OrdinalIgnoreCase);
        if (charsetChanged && after.MediaType.Equals("text", StringComparison.OrdinalIgnoreCase))
            return $"Character set changed to {after.Charset ?? ""}; converting.";
        return typeChanged ? $"Content-Type changed to {after.MimeType.ToLowerInvariant()}." : null;
    }

    // The part's own bytes under the new header: the body exactly as it was, read again as what it now says it is.
    private static async Task<MimeEntity> Retype(MimeEntity target, string typed, RenderLimits limits, CancellationToken cancellationToken)
    {
        using var raw = new MemoryStream();
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Unix;
        foreach (var header in target.Headers)
        {
            if (header.Id == HeaderId.ContentType)
                continue;
            raw.Write(Encoding.ASCII.GetBytes(header.Field + ":"));
            raw.Write(header.RawValue);
        }
        raw.Write(Encoding.ASCII.GetBytes($"Content-Type: {typed}\n\n"));
        await target.WriteToAsync(options, raw, contentOnly: true, cancellationToken).ConfigureAwait(false);
        raw.Position = 0;
        return (await MessageParsing.LoadAsync(raw, limits, cancellationToken).ConfigureAwait(false)).Body ?? target;
    }

    private static async Task<MimeMessage> Reparse(MimeMessage message, RenderLimits limits, CancellationToken cancellationToken)
    {
        using var raw = new MemoryStream();
        await message.WriteToAsync(raw, cancellationToken).ConfigureAwait(false);
        raw.Position = 0;
        return await MessageParsing.LoadAsync(raw, limits, cancellationToken).ConfigureAwait(false);
    }

    // The way down to the part: the child's index at each multipart, -1 through an attached message.
    private static List<int>? Path(MimeEntity? from, MimeEntity entity)
    {
        if (from is null)
            return null;
        if (ReferenceEquals(from, entity))
            return [];
        switch (from)
        {
            case Multipart multipart:
                for (int i = 0; i < multipart.Count; i++)
                {
                    if (Path(multipart[i], entity) is { } below)
                        return [i, .. below];
                }
                return null;
            case MessagePart { Message: { } inner }:
                return Path(inner.Body, entity) is { } within ? [-1, .. within] : null;
            default:
                return null;
        }
    }

    private static (MimeEntity? Parent, int Index, MimeEntity Target) Find(MimeMessage message, List<int> path)
    {
        MimeEntity? parent = null;
        var current = message.Body;
        int index = 0;
        // The copy has the shape of the original, so each step finds what it found there.
        foreach (int step in path)
        {
            parent = current;
            index = step;
            current = step < 0 ? ((MessagePart)current!).Message!.Body : ((Multipart)current!)[step];
        }
        return (parent, index, current!);
    }

    private static string Quote(string value) =>
        value.Length > 0 && !value.Any(c => c <= ' ' || c >= 0x7f || TSpecials.Contains(c))
            ? value
            : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
