using System.Text;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sending;

/// <summary>
/// Adds a message to a folder the user named (<c>$record</c>, <c>$postponed</c>): a Maildir through the one
/// atomic <see cref="MaildirWriter"/>, or an mbox file by appending a <c>From </c> line, the message with body
/// lines beginning <c>From </c> quoted as <c>&gt;From </c>, and a blank line. A folder that does not exist yet
/// is created in the <c>$mbox_type</c> format.
/// </summary>
internal sealed class FolderAppender
{
    private readonly SendSettings settings;
    private readonly TimeProvider time;

    public FolderAppender(SendSettings settings, TimeProvider time)
    {
        this.settings = settings;
        this.time = time;
    }

    /// <summary>Appends the message; returns where it went (the Maildir file, or the mbox path).</summary>
    public async Task<string> AppendAsync(string folder, string sender, byte[] message, MessageFlags flags, CancellationToken cancellationToken)
    {
        bool maildir = Directory.Exists(Path.Combine(folder, "cur"))
            || (!File.Exists(folder) && (Directory.Exists(folder) || settings.NewFolderFormat == MailboxFormat.Maildir));
        if (maildir)
            return await new MaildirWriter(settings.Hostname, time).WriteAsync(folder, message, flags, cancellationToken).ConfigureAwait(false);

        string? parent = Path.GetDirectoryName(folder);
        if (!string.IsNullOrEmpty(parent))
            Directory.CreateDirectory(parent);
        var text = new StringBuilder();
        string from = sender.Length > 0 ? sender : "MAILER-DAEMON";
        var now = time.GetUtcNow();
        // asctime(3), as every mbox reader expects: the day of the month padded with a space.
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"From {from} {now:ddd MMM} {now.Day,2} {now:HH:mm:ss yyyy}\n");
        await using var stream = new FileStream(folder, FileMode.Append, FileAccess.Write, FileShare.Read);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text.ToString()), cancellationToken).ConfigureAwait(false);
        int start = 0;
        while (start < message.Length)
        {
            int lf = Array.IndexOf(message, (byte)'\n', start);
            int end = lf < 0 ? message.Length : lf + 1;
            if (message.AsSpan(start, end - start).StartsWith("From "u8))
                stream.WriteByte((byte)'>');
            await stream.WriteAsync(message.AsMemory(start, end - start), cancellationToken).ConfigureAwait(false);
            start = end;
        }
        if (message.Length > 0 && message[^1] != '\n')
            stream.WriteByte((byte)'\n');
        stream.WriteByte((byte)'\n');
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        stream.Flush(flushToDisk: true);
        return folder;
    }
}
