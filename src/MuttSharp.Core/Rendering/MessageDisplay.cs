using MimeKit;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Rendering;

/// <summary>Opens one message of a folder and renders it: what the pager and <c>muttsharp show</c> both do.</summary>
public static class MessageDisplay
{
    /// <summary>Parses <paramref name="message"/> of <paramref name="mailbox"/> fully. Throws <see cref="IOException"/> when its file is gone.</summary>
    public static async Task<MimeMessage> LoadAsync(Mailbox mailbox, Message message, RenderLimits limits, CancellationToken cancellationToken = default)
    {
        await using var stream = MessageFile.OpenRead(mailbox, message);
        return await MessageParsing.LoadAsync(stream, limits, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Parses and renders <paramref name="message"/> of <paramref name="mailbox"/>.</summary>
    public static async Task<MessageText> RenderAsync(Mailbox mailbox, Message message, MessageRenderer renderer, RenderSettings settings,
        bool allHeaders = false, CancellationToken cancellationToken = default)
    {
        var parsed = await LoadAsync(mailbox, message, settings.Limits, cancellationToken).ConfigureAwait(false);
        return await renderer.RenderAsync(parsed, allHeaders, cancellationToken).ConfigureAwait(false);
    }
}
