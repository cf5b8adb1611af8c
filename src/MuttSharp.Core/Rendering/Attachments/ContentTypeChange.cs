using MimeKit;

namespace MuttSharp.Core.Rendering.Attachments;

/// <summary>What <c>edit-type</c> did: the message with the part retyped, and the line that tells the user.</summary>
/// <param name="Message">The message as it now reads, or null when nothing changed (an empty answer) or the type was refused.</param>
/// <param name="Notice">Mutt's message: <c>Content-Type changed to text/html.</c>, <c>Character set changed to iso-8859-1; converting.</c>; null for none.</param>
/// <param name="Error">Why the typed value was refused; null when it was taken.</param>
public sealed record ContentTypeChange(MimeMessage? Message, string? Notice, string? Error);
