using MuttSharp.Core.Maildir;
using MuttSharp.Core.Mbox;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sending;

/// <summary>
/// Adds a message to a folder the user named (<c>$record</c>, <c>$postponed</c>): a Maildir through the one
/// atomic <see cref="MaildirWriter"/>, or an mbox file through the one <see cref="MboxWriter"/>. A folder that
/// does not exist yet is created in the <c>$mbox_type</c> format.
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
        await new MboxWriter(time).AppendAsync(folder, message, time.GetUtcNow(), flags, sender, cancellationToken).ConfigureAwait(false);
        return folder;
    }
}
