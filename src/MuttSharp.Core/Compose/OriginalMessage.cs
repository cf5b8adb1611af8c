using MimeKit;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Compose;

/// <summary>A message being answered, forwarded or bounced: its bytes, parsed by MimeKit, and its summary for the format expandos.</summary>
public sealed class OriginalMessage
{
    private OriginalMessage(byte[] raw, MimeMessage mime, Message message)
    {
        Raw = raw;
        Mime = mime;
        Message = message;
    }

    /// <summary>The message as stored.</summary>
    public byte[] Raw { get; }

    /// <summary>The parsed message.</summary>
    public MimeMessage Mime { get; }

    /// <summary>The mailbox's message (flags are set on it after sending), or a detached one.</summary>
    public Message Message { get; }

    /// <summary>Parses <paramref name="raw"/>; <paramref name="message"/> is the mailbox entry it came from, when there is one.</summary>
    public static OriginalMessage Parse(byte[] raw, Message? message = null)
    {
        using var stream = new MemoryStream(raw, writable: false);
        var mime = MimeMessage.Load(stream);
        var summary = message?.Summary ?? new SummaryReader().Parse(raw, raw.Length, DateTimeOffset.MinValue);
        return new OriginalMessage(raw, mime, message ?? new Message(0, "", summary, MessageFlags.Seen));
    }

    /// <summary>Reads and parses a message file.</summary>
    public static async Task<OriginalMessage> LoadAsync(string path, Message? message = null, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), message);
}
