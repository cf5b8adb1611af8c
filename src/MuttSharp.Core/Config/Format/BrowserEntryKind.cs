namespace MuttSharp.Core.Config.Format;

/// <summary>The file types the browser distinguishes.</summary>
public enum BrowserEntryKind
{
    /// <summary>A regular file (an mbox, a message).</summary>
    File,

    /// <summary>A directory (a Maildir or a folder of mailboxes).</summary>
    Directory,

    /// <summary>A symbolic link.</summary>
    Symlink,
}
