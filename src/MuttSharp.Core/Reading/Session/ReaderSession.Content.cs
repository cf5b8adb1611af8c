using System.Runtime.CompilerServices;
using MimeKit;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Reading.Session;

/// <summary>
/// Messages whose MIME structure was changed in memory (<c>edit-type</c>): as in Mutt, the change holds
/// while the folder is open, for every later display, and is never written to the message's file.
/// </summary>
public sealed partial class ReaderSession
{
    private readonly ConditionalWeakTable<Message, MimeMessage> editedContent = new();

    /// <summary>Keeps <paramref name="content"/> as what <paramref name="message"/> reads as from now on.</summary>
    public void KeepEditedContent(Message message, MimeMessage content) => editedContent.AddOrUpdate(message, content);

    /// <summary>The content kept for <paramref name="message"/> by <see cref="KeepEditedContent"/>, or null to read its file.</summary>
    public MimeMessage? EditedContent(Message message) => editedContent.TryGetValue(message, out var content) ? content : null;
}
