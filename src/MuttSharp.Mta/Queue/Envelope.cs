namespace MuttSharp.Mta.Queue;

/// <summary>
/// What the queue file keeps besides the message: the SMTP envelope, the RFC 3461 DSN parameters and
/// where the message came from.
/// </summary>
public sealed class Envelope
{
    /// <summary>The envelope sender; empty for the null sender <c>&lt;&gt;</c>.</summary>
    public string Sender { get; set; } = "";

    /// <summary>The recipients, in RCPT order.</summary>
    public List<EnvelopeRecipient> Recipients { get; } = [];

    /// <summary>When the message was accepted.</summary>
    public DateTimeOffset ArrivalTime { get; set; }

    /// <summary>RET= (FULL or HDRS), or null.</summary>
    public string? Ret { get; set; }

    /// <summary>ENVID= (xtext), or null.</summary>
    public string? EnvId { get; set; }

    /// <summary>BODY= (7BIT or 8BITMIME), or null.</summary>
    public string? Body { get; set; }

    /// <summary>True when MAIL carried SMTPUTF8.</summary>
    public bool SmtpUtf8 { get; set; }

    /// <summary>The client's name (<c>localhost</c>, or <c>unknown</c>) as logged and written in Received:.</summary>
    public string ClientName { get; set; } = "";

    /// <summary>The client's address, or empty for local submission.</summary>
    public string ClientAddress { get; set; } = "";

    /// <summary>The HELO/EHLO argument.</summary>
    public string Helo { get; set; } = "";

    /// <summary>SMTP, ESMTP, UTF8SMTP, or <c>local</c> for sendmail.</summary>
    public string Protocol { get; set; } = "";

    /// <summary>True for a bounce this engine made: it gets bounce_queue_lifetime and never bounces itself.</summary>
    public bool IsBounce { get; set; }
}
