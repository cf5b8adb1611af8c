namespace MuttSharp.Core.Sending;

/// <summary>What became of a send: sent (and where the copy went), or why not and where the message was kept.</summary>
/// <param name="Sent">True when the submitter accepted the message.</param>
/// <param name="Message">What to tell the user (<c>Mail sent.</c>, or the reason it was not).</param>
/// <param name="KeptAt">When not sent: the postponed file that holds it, or null when it could not be kept either.</param>
/// <param name="Warnings">Things that went wrong after the message was accepted (the Fcc copy, flagging the original).</param>
public sealed record SendOutcome(bool Sent, string Message, string? KeptAt = null, IReadOnlyList<string>? Warnings = null);
