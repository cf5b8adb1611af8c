using MimeKit;

namespace MuttSharp.Core.Compose;

/// <summary>The address headers of a draft by name, so that <c>my_hdr</c> and headers typed in the editor land in the same lists.</summary>
internal static class DraftHeaders
{
    private static readonly Dictionary<string, Func<Draft, InternetAddressList>> Lists = new(StringComparer.OrdinalIgnoreCase)
    {
        ["From"] = d => d.From,
        ["To"] = d => d.To,
        ["Cc"] = d => d.Cc,
        ["Bcc"] = d => d.Bcc,
        ["Reply-To"] = d => d.ReplyTo,
        ["Mail-Followup-To"] = d => d.MailFollowupTo,
    };

    /// <summary>The draft's list for header <paramref name="name"/>, or null when it is not an address header.</summary>
    public static InternetAddressList? AddressList(Draft draft, string name) => Lists.TryGetValue(name, out var get) ? get(draft) : null;
}
