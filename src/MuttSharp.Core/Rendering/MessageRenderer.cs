using MimeKit;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// Renders a parsed message as Mutt's pager shows it: headers weeded and ordered, a blank line,
/// then the body: text decoded, the preferred part of each multipart/alternative, HTML through
/// the built-in renderer (or an <c>auto_view</c> command), every other part of a multipart
/// announced with Mutt's banners, attached messages inline. Every string is made safe for the
/// terminal. Never throws on a malformed message: what cannot be shown is announced.
/// </summary>
/// <example>
/// <code>
/// var message = await MessageParsing.LoadAsync(stream, settings.Limits, ct);
/// var text = await new MessageRenderer(settings).RenderAsync(message, allHeaders: false, ct);
/// foreach (var row in text.Layout(80)) Console.WriteLine(row.ToString(settings.Markers));
/// </code>
/// </example>
public sealed class MessageRenderer
{
    private readonly RenderSettings settings;
    private readonly IAutoViewer? autoViewer;
    private readonly QuoteClassifier quotes;

    /// <summary>A renderer for <paramref name="settings"/>; <paramref name="autoViewer"/> runs <c>auto_view</c> entries (none when null).</summary>
    public MessageRenderer(RenderSettings settings, IAutoViewer? autoViewer = null)
    {
        this.settings = settings;
        this.autoViewer = autoViewer;
        quotes = new QuoteClassifier(settings);
    }

    /// <summary>Renders <paramref name="message"/>; every header, in the order they came, when <paramref name="allHeaders"/> (Mutt's <c>h</c>).</summary>
    public async Task<MessageText> RenderAsync(MimeMessage message, bool allHeaders = false, CancellationToken cancellationToken = default)
    {
        var output = new List<TextLine>();
        AppendHeaders(output, message, allHeaders);
        if (output.Count > 0)
            output.Add(Blank);
        if (message.Body is { } body)
            await AppendEntityAsync(output, body, 1, allHeaders, cancellationToken).ConfigureAwait(false);
        while (output.Count > 0 && output[^1].Text.Length == 0)
            output.RemoveAt(output.Count - 1);
        return new MessageText(output, settings);
    }

    private static TextLine Blank => new(LineKind.Body, "");

    private static TextLine Banner(string text) => new(LineKind.Attachment, TerminalText.Sanitize(text));

    // MimeKit keeps a message's Content-* headers with its body; the pager shows them with the rest
    // (a part wrapped as a message for viewing has no headers of its own, and shows none).
    private void AppendHeaders(List<TextLine> output, MimeMessage message, bool all)
    {
        var headers = new HeaderList();
        foreach (var header in message.Headers)
            headers.Add(header);
        if (message.Headers.Count > 0 && message.Body is { } body)
        {
            foreach (var header in body.Headers)
                headers.Add(header);
        }
        foreach (var header in HeaderWeeding.Select(headers, settings, all))
        {
            string value = header.Value ?? "";
            if (value.Length > settings.Limits.HeaderSizeLimit)
                value = value[..settings.Limits.HeaderSizeLimit];
            output.Add(new TextLine(LineKind.Header, TerminalText.Sanitize(header.Field + ": " + value.Trim())));
        }
    }

    private async Task AppendEntityAsync(List<TextLine> output, MimeEntity entity, int depth, bool allHeaders, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (depth > settings.Limits.MimeNestingLimit)
        {
            output.Add(Banner($"[-- {TypeOf(entity)} is nested deeper than {settings.Limits.MimeNestingLimit} levels (mime_nesting_limit) and is not shown --]"));
            return;
        }
        switch (entity)
        {
            case MessagePart { Message: { } embedded }:
                AppendHeaders(output, embedded, allHeaders);
                output.Add(Blank);
                if (embedded.Body is { } inner)
                    await AppendEntityAsync(output, inner, depth + 1, allHeaders, cancellationToken).ConfigureAwait(false);
                break;
            case Multipart alternative when alternative.ContentType.IsMimeType("multipart", "alternative"):
                if (ChooseAlternative(alternative) is { } chosen)
                    await AppendEntityAsync(output, chosen, depth + 1, allHeaders, cancellationToken).ConfigureAwait(false);
                else
                    output.Add(Unsupported(alternative));
                break;
            case Multipart related when related.ContentType.IsMimeType("multipart", "related") && related.Count > 0:
                await AppendEntityAsync(output, RelatedRoot(related), depth + 1, allHeaders, cancellationToken).ConfigureAwait(false);
                break;
            case Multipart multipart:
                for (int i = 0; i < multipart.Count; i++)
                {
                    var part = multipart[i];
                    output.Add(Banner(AttachmentName(part) is { } name
                        ? $"[-- Attachment #{i + 1}: {name} --]"
                        : $"[-- Attachment #{i + 1} --]"));
                    output.Add(Banner($"[-- Type: {TypeOf(part)}, Encoding: {EncodingOf(part)}, Size: {SizeFormat.Default.Format(EncodedSize(part))} --]"));
                    output.Add(Blank);
                    await AppendEntityAsync(output, part, depth + 1, allHeaders, cancellationToken).ConfigureAwait(false);
                    output.Add(Blank);
                }
                break;
            case MimePart part:
                await AppendLeafAsync(output, part, cancellationToken).ConfigureAwait(false);
                break;
            default:
                output.Add(Unsupported(entity));
                break;
        }
    }

    private async Task AppendLeafAsync(List<TextLine> output, MimePart part, CancellationToken cancellationToken)
    {
        string type = part.ContentType.MimeType.ToLowerInvariant();
        if (settings.HonorDisposition && part.ContentDisposition?.Disposition is { } d
            && d.Equals(ContentDisposition.Attachment, StringComparison.OrdinalIgnoreCase))
        {
            output.Add(Banner($"[-- This is an attachment (use '{settings.ViewAttachmentsKey}' to view this part) --]"));
            return;
        }
        if (IsAutoView(type) && await autoViewer!.ViewAsync(part, cancellationToken).ConfigureAwait(false) is { } viewed)
        {
            output.Add(Banner($"[-- Autoview using {viewed.Command} --]"));
            AppendPlain(output, viewed.Output, flowed: false, delSp: false);
            if (viewed.Error.Length > 0)
            {
                output.Add(Banner($"[-- Autoview stderr of {viewed.Command} --]"));
                AppendPlain(output, viewed.Error, flowed: false, delSp: false);
            }
            return;
        }
        if (part is TextPart || part.ContentType.MediaType.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            string text = TextDecoder.Decode(part, settings.AssumedCharsets, settings.Limits.MessageSizeLimit, out bool truncated);
            if (part.ContentType.IsMimeType("text", "html"))
            {
                foreach (var line in HtmlText.Render(text))
                    output.Add(line with { Text = LineWrapper.SafeText(line.Text) });
            }
            else
            {
                bool flowed = string.Equals(part.ContentType.Parameters["format"], "flowed", StringComparison.OrdinalIgnoreCase);
                bool delSp = string.Equals(part.ContentType.Parameters["delsp"], "yes", StringComparison.OrdinalIgnoreCase);
                AppendPlain(output, text, flowed && settings.ReflowText, delSp);
            }
            if (truncated)
                output.Add(Banner($"[-- The text was cut at {settings.Limits.MessageSizeLimit} bytes (message_size_limit) --]"));
            return;
        }
        output.Add(Unsupported(part));
    }

    private void AppendPlain(List<TextLine> output, string text, bool flowed, bool delSp)
    {
        text = PlainText.TrimFinalBreak(text);
        if (flowed)
        {
            bool signature = false;
            foreach (var paragraph in FlowedText.Unflow(text, delSp))
            {
                signature |= paragraph.Depth == 0 && paragraph.Text == "-- ";
                var kind = paragraph.Depth > 0 ? LineKind.Quoted : signature ? LineKind.Signature : LineKind.Body;
                output.Add(new TextLine(kind, LineWrapper.SafeText(paragraph.Text), paragraph.Depth)
                {
                    Flowed = true,
                    Prefix = FlowedText.Prefix(paragraph.Depth, settings.ReflowSpaceQuotes),
                });
            }
            return;
        }
        PlainText.Append(output, text, quotes, settings.AllowAnsi);
    }

    private bool IsAutoView(string type)
    {
        if (autoViewer is null || !autoViewer.CanView(type))
            return false;
        return settings.ImplicitAutoview || settings.AutoView.Any(pattern => TypeMatches(pattern, type));
    }

    // Mutt's alternative_handler: alternative_order first, then an auto_view type, then the
    // richest text it can show (enriched over plain over html), then anything but a multipart.
    private MimeEntity? ChooseAlternative(Multipart alternative)
    {
        foreach (string preferred in settings.AlternativeOrder)
        {
            foreach (var part in alternative)
            {
                if (TypeMatches(preferred, part.ContentType.MimeType))
                    return part;
            }
        }
        MimeEntity? choice = null;
        foreach (var part in alternative)
        {
            if (IsAutoView(part.ContentType.MimeType.ToLowerInvariant()))
                choice = part;
        }
        if (choice is not null)
            return choice;
        int best = 0;
        foreach (var part in alternative)
        {
            int rank = part.ContentType.MediaType.Equals("text", StringComparison.OrdinalIgnoreCase)
                ? part.ContentType.MediaSubtype.ToLowerInvariant() switch { "enriched" => 3, "plain" => 2, "html" => 1, _ => 0 }
                : 0;
            if (rank > 0 && rank >= best)
            {
                best = rank;
                choice = part;
            }
        }
        return choice ?? alternative.LastOrDefault(p => p is not Multipart) ?? alternative.LastOrDefault();
    }

    private static MimeEntity RelatedRoot(Multipart related)
    {
        string? start = related.ContentType.Parameters["start"]?.Trim().Trim('<', '>');
        if (!string.IsNullOrEmpty(start))
        {
            foreach (var part in related)
            {
                if (string.Equals(part.ContentId, start, StringComparison.Ordinal))
                    return part;
            }
        }
        return related[0];
    }

    /// <summary>
    /// True when the MIME type <paramref name="type"/> matches a list entry as Mutt matches
    /// <c>auto_view</c> and <c>alternative_order</c>: <c>text/plain</c>, <c>text/*</c>, <c>text</c>, <c>*</c>.
    /// </summary>
    public static bool TypeMatches(string pattern, string type)
    {
        int slash = pattern.IndexOf('/');
        string major = slash < 0 ? pattern : pattern[..slash];
        string minor = slash < 0 ? "*" : pattern[(slash + 1)..];
        int typeSlash = type.IndexOf('/');
        string typeMajor = typeSlash < 0 ? type : type[..typeSlash];
        string typeMinor = typeSlash < 0 ? "" : type[(typeSlash + 1)..];
        return (major == "*" || major.Equals(typeMajor, StringComparison.OrdinalIgnoreCase))
            && (minor == "*" || minor.Equals(typeMinor, StringComparison.OrdinalIgnoreCase));
    }

    private TextLine Unsupported(MimeEntity entity) =>
        Banner($"[-- {TypeOf(entity)} is unsupported (use '{settings.ViewAttachmentsKey}' to view this part) --]");

    /// <summary>The part's name as the attachment banner shows it: its description, else its file name.</summary>
    internal static string? AttachmentName(MimeEntity part)
    {
        string? description = part.Headers[HeaderId.ContentDescription]?.Trim();
        if (!string.IsNullOrEmpty(description))
            return TerminalText.Sanitize(description);
        string? name = part.ContentDisposition?.FileName ?? part.ContentType.Name;
        return string.IsNullOrEmpty(name) ? null : TerminalText.Sanitize(name);
    }

    /// <summary>The part's type as Mutt names it: <c>text/plain</c>, lower-case.</summary>
    internal static string TypeOf(MimeEntity part) => TerminalText.Sanitize(part.ContentType.MimeType.ToLowerInvariant());

    /// <summary>The part's transfer encoding as Mutt names it (<c>7bit</c> when none is given).</summary>
    internal static string EncodingOf(MimeEntity part) => part is MimePart leaf
        ? leaf.ContentTransferEncoding switch
        {
            ContentEncoding.EightBit => "8bit",
            ContentEncoding.Binary => "binary",
            ContentEncoding.Base64 => "base64",
            ContentEncoding.QuotedPrintable => "quoted-printable",
            ContentEncoding.UUEncode => "x-uuencode",
            _ => "7bit",
        }
        : TerminalText.Sanitize(part.Headers[HeaderId.ContentTransferEncoding]?.Trim().ToLowerInvariant() is { Length: > 0 } e ? e : "7bit");

    /// <summary>The size of the part's body as it is in the message (still encoded), as Mutt's banner gives it.</summary>
    internal static long EncodedSize(MimeEntity part)
    {
        if (part is MimePart { Content.Stream: { CanSeek: true } stream })
            return stream.Length;
        using var counter = new MimeKit.IO.MeasuringStream();
        try
        {
            part.WriteTo(MimeKit.FormatOptions.Default, counter, contentOnly: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or NotSupportedException)
        {
            // A part that cannot be written back is announced without a size.
        }
        return counter.Length;
    }
}
