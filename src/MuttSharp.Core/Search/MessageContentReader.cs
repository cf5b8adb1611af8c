using System.Buffers;
using System.Text;
using MimeKit;
using MimeKit.IO;
using MimeKit.Utils;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// Reads what the file patterns need from a message: only the header block for
/// <see cref="ContentLevel.Headers"/>, the whole MIME tree for <see cref="ContentLevel.Full"/>.
/// A file that cannot be read or parsed yields <see cref="MessageContent.Unreadable"/>, which
/// matches nothing, rather than failing the search.
/// </summary>
internal static class MessageContentReader
{
    // Messages up to this size are read into one pooled buffer and parsed from memory (one read,
    // no copying of parts); bigger ones are parsed from the stream.
    private const int InMemoryLimit = 32 * 1024 * 1024;

    private static readonly ParserOptions Parser = ParserOptions.Default.Clone();

    static MessageContentReader()
    {
        // KOI8-R, Shift_JIS, windows-125x...: .NET knows them only once the code-page provider is in.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The default <see cref="PatternContext.OpenMessage"/>: the message's file, bounded for an mbox.</summary>
    public static ValueTask<Stream> OpenFile(Message message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Stream file = new FileStream(message.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
            bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        if (message.Offset > 0)
            file = new BoundStream(file, message.Offset, message.Offset + message.Summary.Size, leaveOpen: false);
        return ValueTask.FromResult(file);
    }

    public static async ValueTask<MessageContent> ReadAsync(Message message, ContentLevel level, PatternContext context,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await context.OpenMessage(message, cancellationToken).ConfigureAwait(false);
            if (!context.ThoroughSearch)
                return await ReadRawAsync(stream, cancellationToken).ConfigureAwait(false);
            if (level == ContentLevel.Headers)
            {
                var headers = await HeaderList.LoadAsync(Parser, stream, cancellationToken).ConfigureAwait(false);
                return FromHeaders(headers, ContentLevel.Headers);
            }
            return await ReadFullAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ParseException)
        {
            return MessageContent.Unreadable;
        }
    }

    private static async ValueTask<MessageContent> ReadFullAsync(Stream stream, CancellationToken cancellationToken)
    {
        long length = stream.CanSeek ? stream.Length - stream.Position : -1;
        if (length < 0 || length > InMemoryLimit)
        {
            using var streamed = await MimeMessage.LoadAsync(Parser, stream, persistent: false, cancellationToken).ConfigureAwait(false);
            return FromMessage(streamed);
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            int read = await stream.ReadAtLeastAsync(buffer.AsMemory(0, (int)length), (int)length, throwOnEndOfStream: false,
                cancellationToken).ConfigureAwait(false);
            using var memory = new MemoryStream(buffer, 0, read, writable: false);
            // persistent: parts refer to the buffer instead of copying it; everything needed is
            // extracted before the buffer goes back to the pool.
            using var parsed = MimeMessage.Load(Parser, memory, persistent: true, cancellationToken);
            return FromMessage(parsed);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static MessageContent FromMessage(MimeMessage message)
    {
        var headers = FromHeaders(message.Headers, ContentLevel.Full);
        var body = new StringBuilder();
        var types = new List<string>();
        if (message.Body is { } root)
        {
            AppendBody(root, body);
            CollectTypes(root, types);
        }
        return new MessageContent
        {
            Level = ContentLevel.Full,
            HeaderText = headers.HeaderText,
            Expires = headers.Expires,
            Supersedes = headers.Supersedes,
            BodyText = NormalizeNewLines(body.ToString()),
            MimeTypes = types,
            AttachmentCount = message.Body is { } b ? AttachmentCounter.Count([b]) : 0,
        };
    }

    private static MessageContent FromHeaders(HeaderList headers, ContentLevel level)
    {
        var sb = new StringBuilder();
        AppendHeaders(headers, sb);
        DateTimeOffset? expires = null;
        if (headers[HeaderId.Expires] is { } e && DateUtils.TryParse(e, out var date))
            expires = date;
        string? supersedes = headers["Supersedes"]?.Trim().Trim('<', '>');
        return new MessageContent
        {
            Level = level,
            HeaderText = NormalizeNewLines(sb.ToString()),
            Expires = expires,
            Supersedes = string.IsNullOrEmpty(supersedes) ? null : supersedes,
        };
    }

    private static void AppendHeaders(HeaderList headers, StringBuilder sb)
    {
        foreach (var h in headers)
            sb.Append(h.Field).Append(": ").Append(h.Value.Replace('\n', ' ').Replace('\r', ' ')).Append('\n');
    }

    // What Mutt's pager shows of the body: text parts decoded, the preferred one of an
    // alternative, embedded messages with their headers; other parts contribute no text.
    private static void AppendBody(MimeEntity entity, StringBuilder sb)
    {
        switch (entity)
        {
            case Multipart alternative when alternative.ContentType.IsMimeType("multipart", "alternative"):
                var chosen = alternative.FirstOrDefault(p => p is TextPart t && t.IsPlain)
                    ?? alternative.LastOrDefault(p => p is TextPart)
                    ?? alternative.FirstOrDefault();
                if (chosen is not null)
                    AppendBody(chosen, sb);
                break;
            case Multipart multipart:
                foreach (var part in multipart)
                    AppendBody(part, sb);
                break;
            case MessagePart { Message: { } embedded }:
                AppendHeaders(embedded.Headers, sb);
                sb.Append('\n');
                if (embedded.Body is { } inner)
                    AppendBody(inner, sb);
                break;
            case TextPart text:
                string decoded = text.Text;
                sb.Append(decoded);
                if (decoded.Length > 0 && decoded[^1] != '\n')
                    sb.Append('\n');
                break;
        }
    }

    private static void CollectTypes(MimeEntity entity, List<string> types)
    {
        types.Add(entity.ContentType.MimeType.ToLowerInvariant());
        switch (entity)
        {
            case Multipart multipart:
                foreach (var part in multipart)
                    CollectTypes(part, types);
                break;
            case MessagePart { Message.Body: { } inner }:
                CollectTypes(inner, types);
                break;
        }
    }

    // $thorough_search unset: the bytes as they are, header lines unfolded but not decoded.
    private static async ValueTask<MessageContent> ReadRawAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        string all = NormalizeNewLines(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
        int split = all.IndexOf("\n\n", StringComparison.Ordinal);
        string header = split < 0 ? all : all[..(split + 1)];
        string body = split < 0 ? "" : all[(split + 2)..];
        header = header.Replace("\n ", " ", StringComparison.Ordinal).Replace("\n\t", "\t", StringComparison.Ordinal);
        string? expires = RawField(header, "Expires");
        string? supersedes = RawField(header, "Supersedes")?.Trim('<', '>');
        return new MessageContent
        {
            Level = ContentLevel.Full,
            HeaderText = header,
            BodyText = body,
            Expires = expires is not null && DateUtils.TryParse(expires, out var date) ? date : null,
            Supersedes = string.IsNullOrEmpty(supersedes) ? null : supersedes,
        };
    }

    private static string? RawField(string headerText, string name)
    {
        foreach (var line in headerText.AsSpan().EnumerateLines())
        {
            if (line.Length > name.Length && line[name.Length] == ':' && line.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return line[(name.Length + 1)..].Trim().ToString();
        }
        return null;
    }

    private static string NormalizeNewLines(string s) =>
        s.Contains('\r') ? s.Replace("\r\n", "\n", StringComparison.Ordinal) : s;
}
