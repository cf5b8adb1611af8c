namespace MuttSharp.Mta.Smtp;

/// <summary>The fixed replies, in Postfix's codes and words, so that each is written once.</summary>
internal static class SmtpReplies
{
    public static readonly SmtpReply Ok = new(250, "2.0.0", "Ok");
    public static readonly SmtpReply SenderOk = new(250, "2.1.0", "Ok");
    public static readonly SmtpReply RecipientOk = new(250, "2.1.5", "Ok");
    public static readonly SmtpReply StartData = new(354, null, "End data with <CR><LF>.<CR><LF>");
    public static readonly SmtpReply Bye = new(221, "2.0.0", "Bye");
    public static readonly SmtpReply NotRecognized = new(502, "5.5.2", "Error: command not recognized");
    public static readonly SmtpReply NeedMail = new(503, "5.5.1", "Error: need MAIL command");
    public static readonly SmtpReply NeedRcpt = new(503, "5.5.1", "Error: need RCPT command");
    public static readonly SmtpReply NestedMail = new(503, "5.5.1", "Error: nested MAIL command");
    public static readonly SmtpReply VrfyDisabled = new(502, "5.5.1", "VRFY command is disabled");
    public static readonly SmtpReply TooManyRecipients = new(452, "4.5.3", "Error: too many recipients");
    public static readonly SmtpReply SizeExceeded = new(552, "5.3.4", "Message size exceeds fixed limit");
    public static readonly SmtpReply HeaderTooBig = new(552, "5.3.4", "Message header size exceeds fixed limit");
    public static readonly SmtpReply TooManyHops = new(554, "5.4.0", "Error: too many hops");
    public static readonly SmtpReply LineTooLong = new(500, "5.5.2", "Error: line too long");
    public static readonly SmtpReply TooManyErrors = new(421, "4.7.0", "Error: too many errors");
    public static readonly SmtpReply QueueFailed = new(451, "4.3.0", "Error: queue file write error");
    public static readonly SmtpReply NoValidRecipients = new(554, "5.5.1", "Error: no valid recipients");
    public static readonly SmtpReply Synchronization = new(554, "5.5.0", "Error: SMTP protocol synchronization");
    public static readonly SmtpReply Help = new(214, "2.0.0", ["Commands: EHLO HELO MAIL RCPT DATA BDAT RSET NOOP QUIT VRFY HELP", "See RFC 5321"]);

    public static SmtpReply Syntax(string what) => new(501, "5.5.4", $"Syntax: {what}");

    /// <summary>smtpd_tls_security_level = encrypt, and the client has not started TLS.</summary>
    public static readonly SmtpReply TlsRequired = new(530, "5.7.0", "Must issue a STARTTLS command first");

    public static SmtpReply BadAddress(string what) => new(501, "5.1.7", $"Bad sender address syntax{(what.Length > 0 ? ": " + what : "")}");

    public static SmtpReply BadRecipientSyntax(string what) => new(501, "5.1.3", $"Bad recipient address syntax{(what.Length > 0 ? ": " + what : "")}");

    public static SmtpReply BareNewline(string host, string what) => new(521, "5.5.2", $"{host} Error: bare <{what}> received");

    public static SmtpReply Queued(string id) => new(250, "2.0.0", $"Ok: queued as {id}");

    public static SmtpReply TooManyConnections(string host) => new(421, "4.7.0", $"{host} Error: too many connections from this client");

    public static SmtpReply ServiceClosing(string host) => new(421, "4.3.2", $"{host} Service shutting down, closing transmission channel");
}
