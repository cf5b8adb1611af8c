namespace MuttSharp.Mta.Routing;

/// <summary>Where one copy of a message goes.</summary>
public enum DeliveryTargetKind
{
    /// <summary>A Maildir directory (home_mailbox <c>Maildir/</c>, a virtual mailbox path ending in <c>/</c>, an alias <c>/dir/</c>).</summary>
    Maildir,

    /// <summary>An mbox file appended to (the spool file, a virtual mailbox path, an alias <c>/file</c>).</summary>
    Mbox,

    /// <summary>A command the message is piped into (an alias <c>"|command"</c>).</summary>
    Command,

    /// <summary>Another host: the address stays queued for outbound delivery.</summary>
    Remote,
}
