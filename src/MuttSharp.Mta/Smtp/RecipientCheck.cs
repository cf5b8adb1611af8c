using System.Net;

namespace MuttSharp.Mta.Smtp;

/// <summary>What the recipient policy knows about one RCPT: the address, the sender, the client.</summary>
/// <param name="Recipient">The recipient mailbox, source route dropped.</param>
/// <param name="Sender">The envelope sender (empty for &lt;&gt;).</param>
/// <param name="ClientAddress">The SMTP client's address; loopback for local submission.</param>
/// <param name="Helo">The HELO/EHLO name.</param>
/// <param name="Trusted">True for a local submission (sendmail), which may always relay.</param>
public sealed record RecipientCheck(string Recipient, string Sender, IPAddress ClientAddress, string Helo, bool Trusted = false);
