using System.Globalization;
using System.Text;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// The on-disk form of one queued message:
/// <code>
/// MUTTSHARP-QUEUE 1
/// T 1795468585123            arrival, Unix milliseconds
/// S sender@example.net       (empty for &lt;&gt;)
/// A key=value                ret, envid, body, smtputf8, client_name, client_address, helo, protocol, bounce
/// RP notify orcpt address    one per recipient; the byte after R is its status, rewritten in place
/// M
/// ...message, LF line ends...
/// \nEND length id
/// </code>
/// A file whose last line is not <c>END</c> with the right length and its own queue id was torn by a
/// crash and is never delivered. The id matters because queue files are reused: a file torn while it
/// was being rewritten may still end with the END record of the message it held before.
/// </summary>
public static class QueueFile
{
    private const string Magic = "MUTTSHARP-QUEUE 1";
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes everything before the message; recipients' status offsets are set on the way.</summary>
    public static void WriteHeader(Stream stream, Envelope envelope)
    {
        var text = new StringBuilder();
        text.Append(Magic).Append('\n');
        text.Append("T ").Append(envelope.ArrivalTime.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("S ").Append(envelope.Sender).Append('\n');
        foreach (var (key, value) in Attributes(envelope))
            if (!string.IsNullOrEmpty(value))
                text.Append("A ").Append(key).Append('=').Append(Sanitize(value)).Append('\n');
        long offset = stream.Position + Utf8.GetByteCount(text.ToString());
        foreach (var r in envelope.Recipients)
        {
            string line = $"R{(char)r.Status} {r.Notify ?? "-"} {r.Orcpt ?? "-"} {r.Address}\n";
            r.StatusOffset = offset + 1;
            offset += Utf8.GetByteCount(line);
            text.Append(line);
        }
        text.Append("M\n");
        stream.Write(Utf8.GetBytes(text.ToString()));
    }

    /// <summary>Writes the end record of message <paramref name="queueId"/> after <paramref name="contentLength"/> bytes of message.</summary>
    public static void WriteTrailer(Stream stream, long contentLength, string queueId)
        => stream.Write(Utf8.GetBytes($"\nEND {contentLength.ToString(CultureInfo.InvariantCulture)} {queueId}\n"));

    /// <summary>Writes a whole queue file's bytes to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, string queueId, Envelope envelope, ReadOnlySpan<byte> content)
    {
        WriteHeader(stream, envelope);
        stream.Write(content);
        WriteTrailer(stream, content.Length, queueId);
    }

    /// <summary>
    /// Reads a queue file. Fails (never throws on content) when the file is torn or malformed; the
    /// error names the line and what was expected.
    /// </summary>
    public static bool TryRead(string path, out QueuedMessage? message, out string error)
    {
        message = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            error = e.Message;
            return false;
        }
        return TryParse(Path.GetFileName(path), path, bytes, out message, out error);
    }

    /// <summary>Parses the bytes of a queue file; see <see cref="TryRead"/>.</summary>
    public static bool TryParse(string id, string path, byte[] bytes, out QueuedMessage? message, out string error)
    {
        message = null;
        var envelope = new Envelope();
        int position = 0;
        int lineNumber = 0;
        bool sawContent = false;
        while (position < bytes.Length)
        {
            int lf = Array.IndexOf(bytes, (byte)'\n', position);
            if (lf < 0)
            {
                error = $"line {lineNumber + 1}: expected an envelope record, found an unterminated line";
                return false;
            }
            lineNumber++;
            string line = Utf8.GetString(bytes, position, lf - position);
            int lineStart = position;
            position = lf + 1;
            if (lineNumber == 1)
            {
                if (line != Magic)
                {
                    error = $"line 1: expected \"{Magic}\"";
                    return false;
                }
                continue;
            }
            if (line == "M")
            {
                sawContent = true;
                break;
            }
            if (line.Length < 2)
            {
                error = $"line {lineNumber}: expected a record, found \"{line}\"";
                return false;
            }
            switch (line[0])
            {
                case 'T' when long.TryParse(line.AsSpan(2), NumberStyles.Integer, CultureInfo.InvariantCulture, out long ms):
                    envelope.ArrivalTime = DateTimeOffset.FromUnixTimeMilliseconds(ms);
                    break;
                case 'S' when line[1] == ' ':
                    envelope.Sender = line[2..];
                    break;
                case 'A' when line[1] == ' ' && line.IndexOf('=') > 2:
                    SetAttribute(envelope, line[2..line.IndexOf('=')], line[(line.IndexOf('=') + 1)..]);
                    break;
                case 'R' when TryParseRecipient(line, out var recipient):
                    recipient!.StatusOffset = lineStart + 1;
                    envelope.Recipients.Add(recipient);
                    break;
                default:
                    error = $"line {lineNumber}: expected T, S, A, R or M record, found \"{line[..Math.Min(line.Length, 40)]}\"";
                    return false;
            }
        }
        if (!sawContent)
        {
            error = "no message record (M): torn file";
            return false;
        }
        int contentStart = position;
        int trailerStart = bytes.AsSpan(contentStart).LastIndexOf("\nEND "u8);
        if (trailerStart < 0 || bytes[^1] != '\n')
        {
            error = "no END record: torn file";
            return false;
        }
        trailerStart += contentStart;
        string[] trailer = Utf8.GetString(bytes, trailerStart + 5, bytes.Length - trailerStart - 6).Split(' ');
        if (!long.TryParse(trailer[0], NumberStyles.None, CultureInfo.InvariantCulture, out long length) || length != trailerStart - contentStart)
        {
            error = "END record length does not match the message: torn file";
            return false;
        }
        if (trailer.Length != 2 || trailer[1] != id)
        {
            error = $"END record names another message than {id}: torn file";
            return false;
        }
        message = new QueuedMessage(id, path, envelope, bytes.AsMemory(contentStart, (int)length));
        error = "";
        return true;
    }

    /// <summary>Overwrites a recipient's status byte in place (one byte: it cannot be torn).</summary>
    public static void MarkRecipient(string path, EnvelopeRecipient recipient, RecipientStatus status, bool flushToDisk)
    {
        if (recipient.StatusOffset < 0)
            throw new InvalidOperationException("recipient has no place in a queue file");
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write);
        RandomAccess.Write(handle, [(byte)status], recipient.StatusOffset);
        if (flushToDisk)
            RandomAccess.FlushToDisk(handle);
        recipient.Status = status;
    }

    private static IEnumerable<(string, string?)> Attributes(Envelope e) =>
    [
        ("ret", e.Ret), ("envid", e.EnvId), ("body", e.Body), ("smtputf8", e.SmtpUtf8 ? "yes" : null),
        ("client_name", e.ClientName), ("client_address", e.ClientAddress), ("helo", e.Helo),
        ("protocol", e.Protocol), ("bounce", e.IsBounce ? "yes" : null),
    ];

    private static void SetAttribute(Envelope e, string key, string value)
    {
        switch (key)
        {
            case "ret": e.Ret = value; break;
            case "envid": e.EnvId = value; break;
            case "body": e.Body = value; break;
            case "smtputf8": e.SmtpUtf8 = value == "yes"; break;
            case "client_name": e.ClientName = value; break;
            case "client_address": e.ClientAddress = value; break;
            case "helo": e.Helo = value; break;
            case "protocol": e.Protocol = value; break;
            case "bounce": e.IsBounce = value == "yes"; break;
            default: break; // written by a newer version: ignored, not fatal
        }
    }

    private static bool TryParseRecipient(string line, out EnvelopeRecipient? recipient)
    {
        recipient = null;
        string[] parts = line.Split(' ', 4);
        if (parts.Length != 4 || parts[0].Length != 2 || parts[0][1] is not ('P' or 'D' or 'F'))
            return false;
        recipient = new EnvelopeRecipient(parts[3], parts[1] == "-" ? null : parts[1], parts[2] == "-" ? null : parts[2])
        {
            Status = (RecipientStatus)(byte)parts[0][1],
        };
        return true;
    }

    private static string Sanitize(string value)
        => value.Replace('\n', ' ').Replace('\r', ' ');
}
