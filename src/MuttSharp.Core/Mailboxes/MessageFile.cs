using MimeKit.IO;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Mailboxes;

/// <summary>The raw bytes of one message, for the pager, saving, piping and body search.</summary>
public static class MessageFile
{
    /// <summary>
    /// A read-only stream over <paramref name="message"/>'s bytes: the Maildir file (found again by
    /// its unique part if another program renamed it, updating <see cref="Message.Path"/>), or the
    /// message's slice of the mbox file. Throws <see cref="FileNotFoundException"/> when the message is gone.
    /// </summary>
    public static Stream OpenRead(Mailbox mailbox, Message message)
    {
        if (mailbox.Format == MailboxFormat.Mbox)
        {
            var file = new FileStream(mailbox.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024);
            return new BoundStream(file, message.Offset, message.Offset + message.Summary.Size, leaveOpen: false);
        }
        try
        {
            return Open(message.Path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            string? moved = new MaildirStore(mailbox.Path).Locate(MaildirNames.UniquePart(Path.GetFileName(message.Path)));
            if (moved is null)
                throw new FileNotFoundException($"{message.Path}: message has disappeared", message.Path, e);
            message.Path = moved;
            return Open(moved);
        }
    }

    private static FileStream Open(string path)
        => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);
}
