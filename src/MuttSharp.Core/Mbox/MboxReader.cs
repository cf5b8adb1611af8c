using System.Globalization;
using System.Text;
using MimeKit;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Mbox;

/// <summary>
/// Reads an mbox file: MimeKit's parser in mbox mode finds the messages between <c>From </c> lines
/// (keeping bodies on disk), and each header block is summarised by the same
/// <see cref="SummaryReader"/> as Maildir files. Flags come from the <c>Status:</c> and
/// <c>X-Status:</c> fields that Mutt and other mbox readers write.
/// </summary>
public static class MboxReader
{
    /// <summary>Status letters as Mutt reads them: R read, O old (seen by a reader, no longer new).</summary>
    private static readonly (byte Letter, MessageFlags Flag)[] StatusLetters =
    [
        ((byte)'R', MessageFlags.Seen),
    ];

    /// <summary>X-Status letters: A answered, F flagged, D deleted, T draft.</summary>
    private static readonly (byte Letter, MessageFlags Flag)[] XStatusLetters =
    [
        ((byte)'A', MessageFlags.Replied),
        ((byte)'F', MessageFlags.Flagged),
        ((byte)'D', MessageFlags.Trashed),
        ((byte)'T', MessageFlags.Draft),
    ];

    private static readonly string[] FromLineDateFormats = ["ddd MMM d HH:mm:ss yyyy", "ddd MMM dd HH:mm:ss yyyy"];

    /// <summary>
    /// Whether the file starts like an mbox: with a <c>From </c> line (or is empty). The peek does not
    /// count as reading the folder: its access time is put back, as Mutt does, since an mbox has new
    /// mail exactly while it was changed after it was last read.
    /// </summary>
    public static bool IsMbox(string path)
    {
        try
        {
            var accessed = File.GetLastAccessTimeUtc(path);
            int n;
            Span<byte> start = stackalloc byte[5];
            using (var stream = File.OpenRead(path))
                n = stream.ReadAtLeast(start, 5, throwOnEndOfStream: false);
            KeepAccessTime(path, accessed);
            return n == 0 || start[..n].SequenceEqual("From "u8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Puts back the access time <paramref name="accessed"/> that a read of <paramref name="path"/> just moved; a file that cannot be touched is left as it is.</summary>
    public static void KeepAccessTime(string path, DateTime accessed)
    {
        try
        {
            if (File.GetLastAccessTimeUtc(path) != accessed)
                File.SetLastAccessTimeUtc(path, accessed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Someone else's file, or gone: its new-mail state is theirs to keep.
        }
    }

    /// <summary>
    /// The messages of the mbox at <paramref name="path"/>, in file order. A file that cannot be read
    /// or parsed adds an error and yields the messages found before the problem.
    /// </summary>
    public static IReadOnlyList<MboxMessage> Read(string path, SummaryReader reader, ICollection<MailboxError> errors, CancellationToken cancellationToken = default)
    {
        var spans = new List<(long Begin, long End)>();
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024);
            var parser = new MimeParser(reader.Options.ParserOptions, stream, MimeFormat.Mbox, persistent: true);
            parser.MimeMessageEnd += (_, e) =>
            {
                if (e.Parent is null)
                    spans.Add((e.BeginOffset, e.EndOffset));
            };
            while (!parser.IsEndOfStream)
            {
                cancellationToken.ThrowIfCancellationRequested();
                parser.ParseMessage(cancellationToken);
            }
        }
        catch (FormatException e)
        {
            errors.Add(new MailboxError(path, $"not a valid mbox after {spans.Count} messages: {e.Message}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new MailboxError(path, e.Message));
            return [];
        }
        return Summarise(path, spans, reader, errors, cancellationToken);
    }

    private static List<MboxMessage> Summarise(string path, List<(long Begin, long End)> spans, SummaryReader reader, ICollection<MailboxError> errors, CancellationToken cancellationToken)
    {
        var messages = new List<MboxMessage>(spans.Count);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            int limit = reader.Options.HeaderSizeLimit;
            var buffer = new byte[Math.Min(limit, 64 * 1024)];
            byte[] line = new byte[1024];
            foreach (var (begin, end) in spans)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // The From_ line precedes the message; the parser's offsets start at its headers.
                int lookBack = (int)Math.Min(begin, line.Length);
                int fromLength = RandomAccess.Read(handle, line.AsSpan(0, lookBack), begin - lookBack);
                var received = FromLineDate(line.AsSpan(0, fromLength));
                long length = end - begin;
                int want = (int)Math.Min(length, limit);
                if (buffer.Length < want)
                    buffer = new byte[want];
                int n = RandomAccess.Read(handle, buffer.AsSpan(0, want), begin);
                var header = buffer.AsSpan(0, n);
                var summary = reader.Parse(header, length, received);
                if (received == DateTimeOffset.MinValue)
                    summary = summary with { Received = summary.Date };
                messages.Add(new MboxMessage(begin, length, summary, FlagsOf(header)));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new MailboxError(path, e.Message));
        }
        return messages;
    }

    /// <summary>Flags from Status:/X-Status:; a message with neither R nor O in Status: is New.</summary>
    internal static MessageFlags FlagsOf(ReadOnlySpan<byte> header)
    {
        var flags = MessageFlags.None;
        bool old = false;
        HeaderBlock.Parse(header, truncated: true, (name, value) =>
        {
            if (Ascii.EqualsIgnoreCase(name, "Status"u8))
            {
                flags |= Letters(value, StatusLetters);
                old |= value.Contains((byte)'O');
            }
            else if (Ascii.EqualsIgnoreCase(name, "X-Status"u8))
            {
                flags |= Letters(value, XStatusLetters);
            }
        });
        if (!old && (flags & MessageFlags.Seen) == 0)
            flags |= MessageFlags.New;
        return flags;
    }

    private static MessageFlags Letters(ReadOnlySpan<byte> value, (byte Letter, MessageFlags Flag)[] table)
    {
        var flags = MessageFlags.None;
        foreach (var (letter, flag) in table)
            if (value.Contains(letter))
                flags |= flag;
        return flags;
    }

    /// <summary>The asctime date at the end of the last <c>From </c> line in <paramref name="before"/>, else MinValue.</summary>
    private static DateTimeOffset FromLineDate(ReadOnlySpan<byte> before)
    {
        before = before.TrimEnd("\r\n"u8);
        int start = before.LastIndexOf("\nFrom "u8);
        var line = start >= 0 ? before[(start + 1)..] : before.StartsWith("From "u8) ? before : [];
        if (line.IsEmpty)
            return DateTimeOffset.MinValue;
        string[] words = Encoding.Latin1.GetString(line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 7)
            return DateTimeOffset.MinValue;
        string date = string.Join(' ', words[^5..]);
        return DateTime.TryParseExact(date, FromLineDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
            ? new DateTimeOffset(d, TimeSpan.Zero)
            : DateTimeOffset.MinValue;
    }
}
