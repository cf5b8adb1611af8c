using System.Buffers;
using System.Text;
using MimeKit;
using MimeKit.IO;
using MimeKit.Utils;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// Reads what the file patterns need from a message: only the header block when headers are all
/// that is asked for, else the whole MIME tree, extracting only the parts asked for. A file that
/// cannot be read or parsed yields <see cref="MessageContent.Unreadable"/>, which matches nothing,
/// rather than failing the search.
/// </summary>
internal static class MessageContentReader
{
    // Messages up to this size are read into one pooled buffer and parsed from memory (one read,
    // no copying of parts); bigger ones are parsed from the stream.
    private const int InMemoryLimit = 32 * 1024 * 1024;

    private const int HeaderChunk = 16 * 1024;

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
            bufferSize: 0, FileOptions.None);
        if (message.Offset > 0)
            file = new BoundStream(file, message.Offset, message.Offset + message.Summary.Size, leaveOpen: false);
        return ValueTask.FromResult(file);
    }

    public static async ValueTask<MessageContent> ReadAsync(Message message, ContentParts parts, PatternContext context,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await context.OpenMessage(message, cancellationToken).ConfigureAwait(false);
            if (!context.ThoroughSearch && (parts & (ContentParts.Headers | ContentParts.Body)) != 0)
            {
                var raw = await ReadRawAsync(stream, cancellationToken).ConfigureAwait(false);
                if ((parts & ContentParts.Structure) == 0)
                    return raw;
                // The MIME tree (~M ~X ~k) always needs a parse.
                await using var again = await context.OpenMessage(message, cancellationToken).ConfigureAwait(false);
                var tree = await ReadMimeAsync(again, ContentParts.Structure, cancellationToken).ConfigureAwait(false);
                return raw with { Parts = raw.Parts | ContentParts.Structure, MimeTypes = tree.MimeTypes, AttachmentCount = tree.AttachmentCount };
            }
            if (parts == ContentParts.Headers)
                return await ReadHeadersAsync(stream, cancellationToken).ConfigureAwait(false);
            return await ReadMimeAsync(stream, parts, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ParseException)
        {
            return MessageContent.Unreadable;
        }
    }

    // One read of the first block, which holds the whole header block of nearly every message;
    // a longer header block continues from the file.
    private static async ValueTask<MessageContent> ReadHeadersAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(HeaderChunk);
        try
        {
            int read = await stream.ReadAtLeastAsync(buffer.AsMemory(0, HeaderChunk), HeaderChunk, throwOnEndOfStream: false,
                cancellationToken).ConfigureAwait(false);
            var block = buffer.AsSpan(0, read);
            if (read < HeaderChunk || block.IndexOf("\n\n"u8) >= 0 || block.IndexOf("\n\r\n"u8) >= 0)
            {
                using var memory = new MemoryStream(buffer, 0, read, writable: false);
                return FromHeaders(HeaderList.Load(Parser, memory, cancellationToken));
            }
            using var chained = new ChainedStream();
            chained.Add(new MemoryStream(buffer, 0, read, writable: false));
            chained.Add(stream, leaveOpen: true);
            var headers = await HeaderList.LoadAsync(Parser, chained, cancellationToken).ConfigureAwait(false);
            return FromHeaders(headers);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async ValueTask<MessageContent> ReadMimeAsync(Stream stream, ContentParts parts, CancellationToken cancellationToken)
    {
        if (await ReadPooledAsync(stream, cancellationToken).ConfigureAwait(false) is not var (buffer, read))
        {
            using var streamed = await MimeMessage.LoadAsync(Parser, stream, persistent: false, cancellationToken).ConfigureAwait(false);
            return Extract(streamed, parts);
        }
        try
        {
            using var memory = new MemoryStream(buffer, 0, read, writable: false);
            // persistent: parts refer to the buffer instead of copying it; everything needed is
            // extracted before the buffer goes back to the pool.
            using var parsed = MimeMessage.Load(Parser, memory, persistent: true, cancellationToken);
            return Extract(parsed, parts);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The rest of <paramref name="stream"/> in one buffer rented from <see cref="ArrayPool{T}.Shared"/>, for the
    /// caller to return; null when its length is unknown or over <see cref="InMemoryLimit"/>.
    /// </summary>
    private static async ValueTask<(byte[] Buffer, int Length)?> ReadPooledAsync(Stream stream, CancellationToken cancellationToken)
    {
        long length = stream.CanSeek ? stream.Length - stream.Position : -1;
        if (length < 0 || length > InMemoryLimit)
            return null;
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            int read = await stream.ReadAtLeastAsync(buffer.AsMemory(0, (int)length), (int)length, throwOnEndOfStream: false,
                cancellationToken).ConfigureAwait(false);
            return (buffer, read);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static MessageContent Extract(MimeMessage message, ContentParts parts)
    {
        var headers = (parts & ContentParts.Headers) != 0 ? FromHeaders(message.Headers) : null;
        var body = new List<string>();
        var types = new List<string>();
        if (message.Body is { } root)
        {
            if ((parts & ContentParts.Body) != 0)
                AppendBody(root, body);
            if ((parts & ContentParts.Structure) != 0)
                CollectTypes(root, types);
        }
        return new MessageContent
        {
            Parts = parts,
            HeaderText = headers?.HeaderText ?? "",
            Expires = headers?.Expires,
            Supersedes = headers?.Supersedes,
            BodySegments = body,
            MimeTypes = types,
            AttachmentCount = (parts & ContentParts.Structure) != 0 && message.Body is { } b ? AttachmentCounter.Count([b]) : 0,
        };
    }

    private static MessageContent FromHeaders(HeaderList headers)
    {
        DateTimeOffset? expires = null;
        if (headers[HeaderId.Expires] is { } e && DateUtils.TryParse(e, out var date))
            expires = date;
        string? supersedes = headers["Supersedes"]?.Trim().Trim('<', '>');
        return new MessageContent
        {
            Parts = ContentParts.Headers,
            HeaderText = HeaderLines(headers),
            Expires = expires,
            Supersedes = string.IsNullOrEmpty(supersedes) ? null : supersedes,
        };
    }

    private static string HeaderLines(HeaderList headers)
    {
        var sb = new StringBuilder();
        foreach (var h in headers)
            sb.Append(h.Field).Append(": ").Append(h.Value.Replace('\n', ' ').Replace('\r', ' ')).Append('\n');
        return sb.ToString();
    }

    // What Mutt's pager shows of the body: text parts decoded, the preferred one of an
    // alternative, embedded messages with their headers; other parts contribute no text.
    private static void AppendBody(MimeEntity entity, List<string> segments)
    {
        switch (entity)
        {
            case Multipart alternative when alternative.ContentType.IsMimeType("multipart", "alternative"):
                var chosen = alternative.FirstOrDefault(p => p is TextPart t && t.IsPlain)
                    ?? alternative.LastOrDefault(p => p is TextPart)
                    ?? alternative.FirstOrDefault();
                if (chosen is not null)
                    AppendBody(chosen, segments);
                break;
            case Multipart multipart:
                foreach (var part in multipart)
                    AppendBody(part, segments);
                break;
            case MessagePart { Message: { } embedded }:
                segments.Add(HeaderLines(embedded.Headers));
                if (embedded.Body is { } inner)
                    AppendBody(inner, segments);
                break;
            case TextPart text:
                segments.Add(text.Text);
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
        string all = await ReadTextAsync(stream, cancellationToken).ConfigureAwait(false);
        if (all.Contains('\r'))
            all = all.Replace("\r\n", "\n", StringComparison.Ordinal);
        int split = all.IndexOf("\n\n", StringComparison.Ordinal);
        string header = split < 0 ? all : all[..(split + 1)];
        string body = split < 0 ? "" : all[(split + 2)..];
        header = header.Replace("\n ", " ", StringComparison.Ordinal).Replace("\n\t", "\t", StringComparison.Ordinal);
        string? expires = RawField(header, "Expires");
        string? supersedes = RawField(header, "Supersedes")?.Trim('<', '>');
        return new MessageContent
        {
            Parts = ContentParts.Headers | ContentParts.Body,
            HeaderText = header,
            BodySegments = [body],
            Expires = expires is not null && DateUtils.TryParse(expires, out var date) ? date : null,
            Supersedes = string.IsNullOrEmpty(supersedes) ? null : supersedes,
        };
    }

    // The file as UTF-8 text, decoded once from one pooled buffer when its length is known (a reader that
    // grows its buffer as it goes copied a 15 KB message several times; a body search reads them all).
    private static async ValueTask<string> ReadTextAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (await ReadPooledAsync(stream, cancellationToken).ConfigureAwait(false) is not var (buffer, read))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        try
        {
            // As the reader did, a byte-order mark is not text.
            int start = buffer.AsSpan(0, read).StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            return Encoding.UTF8.GetString(buffer, start, read - start);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
}
