namespace MuttSharp.Core.Compose;

/// <summary>A finished message for a submitter: the envelope and the bytes recipients get (LF line ends).</summary>
/// <param name="Sender">The envelope sender (the From address), or empty for none.</param>
/// <param name="Recipients">Every envelope recipient, Bcc included.</param>
/// <param name="Content">The message, without Bcc unless <c>$write_bcc</c> keeps it for <c>$sendmail</c>.</param>
public sealed record OutgoingMessage(string Sender, IReadOnlyList<string> Recipients, byte[] Content);
