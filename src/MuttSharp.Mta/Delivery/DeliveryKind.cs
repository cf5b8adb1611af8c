namespace MuttSharp.Mta.Delivery;

/// <summary>Where one resolved recipient goes.</summary>
public enum DeliveryKind
{
    /// <summary>A Maildir (home_mailbox of a local user, or a virtual mailbox).</summary>
    Maildir,

    /// <summary>A file named in an alias (<c>/path</c>), appended in mbox form.</summary>
    File,

    /// <summary>A command named in an alias (<c>"|cmd args"</c>), the message on its standard input.</summary>
    Pipe,

    /// <summary>Another host, by SMTP.</summary>
    Remote,
}
