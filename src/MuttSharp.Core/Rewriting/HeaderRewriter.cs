using System.Text;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Rewriting;

/// <summary>
/// Rewrites the top-level header block of a message with some fields changed, as Mutt does when a
/// thread was broken or linked or a label edited: every other byte of the header block and the whole body
/// are kept as they are, line ends included. Hostile input is refused with a reason, never guessed at: a
/// header block that does not end within <c>header_size_limit</c>, a field name that is not one, a value that
/// would smuggle in a line break.
/// </summary>
public static class HeaderRewriter
{
    /// <summary>Where a long value is folded (RFC 5322 §2.1.1's recommended line length).</summary>
    private const int FoldAt = 78;

    /// <summary>
    /// The header block of <paramref name="message"/> with <paramref name="edits"/> applied. <paramref name="message"/>
    /// is the start of the message; <paramref name="whole"/> says it is all of it (a message of headers only).
    /// <paramref name="headerLength"/> is how many bytes of <paramref name="message"/> the old block took: the body
    /// starts there and is copied unchanged after <paramref name="header"/>.
    /// </summary>
    public static bool TryRewrite(ReadOnlyMemory<byte> message, bool whole, IReadOnlyList<HeaderEdit> edits,
        out byte[] header, out int headerLength, out string error)
    {
        header = [];
        headerLength = 0;
        var head = message.Span;
        foreach (var edit in edits)
        {
            if (!TryCheck(edit, out error))
                return false;
        }
        if (!whole && !HeaderBlock.ContainsEnd(head))
        {
            error = $"the header block does not end within its first {head.Length} bytes";
            return false;
        }

        var fields = new List<(int Start, int End, string Name)>();
        headerLength = HeaderBlock.Parse(head, truncated: false, (name, value) =>
        {
            message.Span.Overlaps(name, out int start);
            message.Span.Overlaps(value, out int valueStart);
            fields.Add((start, valueStart + value.Length, Encoding.ASCII.GetString(name)));
        });
        string eol = LineEnd(head);
        var output = new MemoryStream(headerLength + 256);
        int fieldsStart = fields.Count > 0 ? fields[0].Start : head.StartsWith("From "u8) ? HeaderBlock.NextLine(head, 0) : 0;
        int fieldsEnd = fields.Count > 0 ? fields[^1].End : fieldsStart;
        output.Write(head[..fieldsStart]);
        var pending = edits.ToList();
        foreach (var (start, end, name) in fields)
        {
            int at = pending.FindIndex(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
            if (at >= 0)
            {
                WriteField(output, pending[at], eol);
                pending.RemoveAt(at);
            }
            else if (!edits.Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                output.Write(head[start..end]);
            }
        }
        if (pending.Any(e => !string.IsNullOrEmpty(e.Value)) && output.Length > 0 && output.GetBuffer()[output.Length - 1] != (byte)'\n')
            output.Write(Encoding.ASCII.GetBytes(eol));
        foreach (var edit in pending)
            WriteField(output, edit, eol);
        output.Write(head[fieldsEnd..headerLength]);
        header = output.ToArray();
        error = "";
        return true;
    }

    /// <summary>
    /// Rewrites the Maildir message file at <paramref name="path"/> with <paramref name="edits"/> through
    /// <see cref="MaildirWriter.ReplaceAsync"/>, keeping the flags and extra letters its name has and its
    /// modification time. Reads at most <paramref name="headerSizeLimit"/> bytes (Postfix's <c>header_size_limit</c>)
    /// as the header block. Returns the new path, or null with the reason the message was left as it is.
    /// </summary>
    public static async Task<(string? Path, string Error)> RewriteFileAsync(MaildirWriter writer, string path, IReadOnlyList<HeaderEdit> edits,
        int headerSizeLimit = SummaryOptions.DefaultHeaderSizeLimit, CancellationToken cancellationToken = default)
    {
        try
        {
            // The handle stays valid if another program renames the file meanwhile; the writer follows the name.
            await using var source = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.ReadWrite | FileShare.Delete,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
            long length = source.Length;
            var head = new byte[(int)Math.Min(length, Math.Max(1, headerSizeLimit))];
            await source.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
            if (!TryRewrite(head, whole: head.Length == length, edits, out byte[] header, out int headerLength, out string error))
                return (null, $"{path}: {error}");
            var flags = MaildirStore.FlagsOnDisk(path, out string extra);
            var delivered = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
            string written = await writer.ReplaceAsync(path, async (stream, ct) =>
            {
                await stream.WriteAsync(header, ct).ConfigureAwait(false);
                source.Position = headerLength;
                await source.CopyToAsync(stream, ct).ConfigureAwait(false);
            }, flags, extra, delivered, cancellationToken).ConfigureAwait(false);
            return (written, "");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e is FileNotFoundException ? $"{path}: message has disappeared" : $"{path}: {e.Message}");
        }
    }

    // RFC 5322 §3.6.8: a field name is printable ASCII but ':'; a value may not break the line it is on.
    private static bool TryCheck(HeaderEdit edit, out string error)
    {
        error = "";
        if (edit.Name.Length == 0 || edit.Name.Any(c => c is < '!' or > '~' or ':'))
            error = $"\"{edit.Name}\" is not a header field name";
        else if (edit.Value is { } value && value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
            error = $"{edit.Name}: the value holds a line break";
        return error.Length == 0;
    }

    private static void WriteField(MemoryStream output, HeaderEdit edit, string eol)
    {
        if (string.IsNullOrEmpty(edit.Value))
            return;
        var line = new StringBuilder(edit.Name).Append(':');
        int column = line.Length;
        foreach (string word in edit.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (column + 1 + word.Length > FoldAt && column > edit.Name.Length + 1)
            {
                line.Append(eol);
                column = 0;
            }
            line.Append(' ').Append(word);
            column += 1 + word.Length;
        }
        output.Write(Encoding.UTF8.GetBytes(line.Append(eol).ToString()));
    }

    /// <summary>The line end the block uses (of its first line), so that added lines match it.</summary>
    private static string LineEnd(ReadOnlySpan<byte> head)
    {
        int nl = head.IndexOf((byte)'\n');
        return nl > 0 && head[nl - 1] == (byte)'\r' ? "\r\n" : "\n";
    }
}
