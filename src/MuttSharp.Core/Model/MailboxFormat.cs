namespace MuttSharp.Core.Model;

/// <summary>The on-disk mailbox formats MuttSharp reads.</summary>
public enum MailboxFormat
{
    Maildir,
    Mbox,
}
