using System.Globalization;
using System.Text;
using MimeKit;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Mbox;

/// <summary>
/// Appends messages to an mbox file as Mutt does when it saves into one: a <c>From </c> line (the
/// envelope sender and the received date, asctime style), the headers with <c>Status:</c> and
/// <c>X-Status:</c> written from the message's flags (any old ones, and <c>Content-Length:</c>, dropped),
/// every line that begins <c>From </c> quoted as <c>&gt;From </c>, and a blank line to end it. The file is
/// held under an fcntl write lock while it grows (the lock Mutt, procmail and Postfix's local agent take;
/// no dot-lock file), synced to disk before the call returns, and cut back to its old length if writing fails.
/// Afterwards the file's times are set as Mutt sets them, so that saving does not make a folder look as if
/// new mail had arrived, nor hide new mail that had.
/// </summary>
public sealed class MboxWriter
{
    // Status letters Mutt writes: RO for a read message, O for an old one, none for a new one; X-Status A replied, F flagged, T draft.
    private static readonly (MessageFlags Flag, char Letter)[] XStatusLetters =
        [(MessageFlags.Replied, 'A'), (MessageFlags.Flagged, 'F'), (MessageFlags.Draft, 'T')];

    // Header fields the writer replaces: the status it writes, and a length the quoting would make wrong.
    private static readonly string[] ReplacedFields = ["Status", "X-Status", "Content-Length"];

    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(100);

    private readonly TimeProvider time;

    /// <param name="timeProvider">The clock for waiting on the lock.</param>
    public MboxWriter(TimeProvider? timeProvider = null) => time = timeProvider ?? TimeProvider.System;

    /// <summary>How long to wait for another program's lock on the file: Mutt's five attempts a second apart.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Appends <paramref name="message"/> (a whole RFC 5322 message; a leading <c>From </c> line is
    /// taken as its old envelope and replaced) to the mbox at <paramref name="path"/>, creating the
    /// file (mode 0600) when missing.
    /// </summary>
    /// <param name="path">The mbox file.</param>
    /// <param name="message">The message's bytes.</param>
    /// <param name="received">When it arrived, for the <c>From </c> line.</param>
    /// <param name="flags">Its state: <see cref="MessageFlags.New"/> when new, Seen, Replied, Flagged, Draft.</param>
    /// <param name="sender">The envelope sender for the <c>From </c> line; null takes <c>Return-Path:</c>, else the <c>From:</c> address.</param>
    /// <param name="cancellationToken">Cancels while waiting for the lock or before writing.</param>
    /// <exception cref="IOException">The lock could not be had in time, or writing failed (nothing was left behind).</exception>
    public async Task AppendAsync(string path, ReadOnlyMemory<byte> message, DateTimeOffset received, MessageFlags flags, string? sender = null, CancellationToken cancellationToken = default)
    {
        var before = new FileInfo(path);
        bool hadNewMail = before.Exists && before.LastWriteTimeUtc > before.LastAccessTimeUtc;
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.ReadWrite };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var stream = new FileStream(path, options))
        {
            await LockAsync(stream, path, cancellationToken).ConfigureAwait(false);
            long length = stream.Length;
            try
            {
                byte[] separator = await SeparatorAsync(stream, length, cancellationToken).ConfigureAwait(false);
                byte[] entry = Entry(message.Span, received, flags, separator, sender);
                stream.Position = length;
                await stream.WriteAsync(entry, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
            {
                // A half-written message would corrupt the next reader's view of the file: cut it away.
                stream.SetLength(length);
                stream.Flush(flushToDisk: true);
                throw;
            }
            finally
            {
                if (!OperatingSystem.IsMacOS())
                    stream.Unlock(0, long.MaxValue);
            }
        }
        // As Mutt after a save: a folder that had new mail keeps showing it (atime left behind mtime); one
        // that had none is marked seen now, though the write moved its mtime past its atime.
        var now = File.GetLastWriteTimeUtc(path);
        File.SetLastAccessTimeUtc(path, hadNewMail ? before.LastAccessTimeUtc : now);
    }

    /// <summary>The <c>From </c> line for a message from <paramref name="sender"/> received at <paramref name="received"/>.</summary>
    public static string FromLine(string sender, DateTimeOffset received)
    {
        var utc = received.UtcDateTime;
        // asctime(3), as every mbox reader expects: the day of the month padded with a space.
        return string.Create(CultureInfo.InvariantCulture, $"From {(sender.Length > 0 ? sender : "MAILER-DAEMON")} {utc:ddd MMM} {utc.Day,2} {utc:HH:mm:ss yyyy}\n");
    }

    /// <summary>The bytes appended for one message: separator, <c>From </c> line, headers with the status, quoted body, blank line.</summary>
    internal static byte[] Entry(ReadOnlySpan<byte> message, DateTimeOffset received, MessageFlags flags, ReadOnlySpan<byte> separator, string? sender)
    {
        if (message.StartsWith("From "u8))
        {
            int lf = message.IndexOf((byte)'\n');
            message = lf < 0 ? [] : message[(lf + 1)..];
        }
        var output = new MemoryStream(message.Length + 256);
        output.Write(separator);
        output.Write(Encoding.UTF8.GetBytes(FromLine(NoSpaces(sender ?? Sender(message)), received)));
        bool inHeader = true, skipping = false;
        int start = 0;
        while (start < message.Length)
        {
            int lf = message[start..].IndexOf((byte)'\n');
            int end = lf < 0 ? message.Length : start + lf + 1;
            var line = message[start..end];
            start = end;
            if (inHeader)
            {
                if (line.TrimEnd("\r\n"u8).IsEmpty)
                {
                    inHeader = false;
                    output.Write(Status(flags));
                }
                else
                {
                    bool continuation = line[0] is (byte)' ' or (byte)'\t';
                    skipping = continuation ? skipping : IsReplaced(line);
                    if (skipping)
                        continue;
                }
            }
            if (line.StartsWith("From "u8))
                output.WriteByte((byte)'>');
            output.Write(line);
        }
        if (inHeader)
        {
            // Headers only, with no blank line: end them so the status belongs to the headers.
            if (message.Length > 0 && message[^1] != '\n')
                output.WriteByte((byte)'\n');
            output.Write(Status(flags));
            output.WriteByte((byte)'\n');
        }
        else if (message[^1] != '\n')
        {
            output.WriteByte((byte)'\n');
        }
        output.WriteByte((byte)'\n');
        return output.ToArray();
    }

    /// <summary>The envelope sender: <c>Return-Path:</c>, else the <c>From:</c> address, else empty (MAILER-DAEMON).</summary>
    private static string Sender(ReadOnlySpan<byte> message)
    {
        string? returnPath = null, from = null;
        int end = message.IndexOf("\n\n"u8) is int e and >= 0 ? e + 1 : message.Length;
        Summaries.HeaderBlock.Parse(message[..end], truncated: true, (name, value) =>
        {
            if (returnPath is null && Ascii.EqualsIgnoreCase(name, "Return-Path"u8))
                returnPath = Encoding.UTF8.GetString(value).Trim().Trim('<', '>').Trim();
            else if (from is null && Ascii.EqualsIgnoreCase(name, "From"u8))
                from = Encoding.UTF8.GetString(value);
        });
        if (!string.IsNullOrEmpty(returnPath))
            return returnPath;
        return from is not null && InternetAddressList.TryParse(from, out var list) && list.Mailboxes.FirstOrDefault() is { Address.Length: > 0 } box
            ? box.Address
            : "";
    }

    // A From_ line is split on spaces by its readers: an address must not add words to it.
    private static string NoSpaces(string address) => address.Replace(' ', '_').Replace('\t', '_');

    private static byte[] Status(MessageFlags flags)
    {
        var text = new StringBuilder();
        if ((flags & MessageFlags.Seen) != 0)
            text.Append("Status: RO\n");
        else if ((flags & MessageFlags.New) == 0)
            text.Append("Status: O\n");
        string letters = string.Concat(XStatusLetters.Where(x => (flags & x.Flag) != 0).Select(x => x.Letter));
        if (letters.Length > 0)
            text.Append("X-Status: ").Append(letters).Append('\n');
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static bool IsReplaced(ReadOnlySpan<byte> line)
    {
        int colon = line.IndexOf((byte)':');
        if (colon <= 0)
            return false;
        var name = line[..colon].TrimEnd(" \t"u8);
        foreach (string field in ReplacedFields)
        {
            if (Ascii.EqualsIgnoreCase(name, field))
                return true;
        }
        return false;
    }

    /// <summary>What must come before the new message so that it starts after a blank line: nothing, one or two newlines.</summary>
    private static async Task<byte[]> SeparatorAsync(FileStream stream, long length, CancellationToken cancellationToken)
    {
        if (length == 0)
            return [];
        var tail = new byte[2];
        stream.Position = Math.Max(0, length - 2);
        int n = await stream.ReadAtLeastAsync(tail, tail.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        bool endsLine = tail[n - 1] == '\n';
        bool endsBlank = endsLine && (n == 1 || tail[0] == '\n');
        return endsBlank ? [] : endsLine ? "\n"u8.ToArray() : "\n\n"u8.ToArray();
    }

    /// <summary>Takes the fcntl write lock on the whole file, retrying while another program holds it, as Mutt does.</summary>
    internal async Task LockAsync(FileStream stream, string path, CancellationToken cancellationToken)
    {
        // .NET offers no record locks on macOS; there the write goes unlocked.
        if (OperatingSystem.IsMacOS())
            return;
        var deadline = time.GetUtcNow() + LockTimeout;
        while (true)
        {
            try
            {
                stream.Lock(0, long.MaxValue);
                return;
            }
            catch (IOException) when (time.GetUtcNow() < deadline)
            {
                await Task.Delay(LockRetry, time, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new IOException($"{path}: Timeout exceeded while attempting fcntl lock!", e);
            }
        }
    }
}
