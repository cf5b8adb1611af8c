using MimeKit;

namespace MuttSharp.Core.Compose;

/// <summary>
/// A draft's headers by name, so that <c>my_hdr</c>, the headers typed in the editor (<c>$edit_headers</c>),
/// a <c>-H</c> draft file and a recalled postponed message all fill a draft the same way.
/// </summary>
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

    /// <summary>Headers a finished message gets anew each time it is written; a draft does not carry them.</summary>
    private static readonly HashSet<string> Regenerated = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "Content-Description",
        "User-Agent", "Received", "Return-Path", "Delivered-To", "X-Original-To", "Status", "X-Status", "Lines", "Content-Length",
    };

    /// <summary>The draft's list for header <paramref name="name"/>, or null when it is not an address header.</summary>
    public static InternetAddressList? AddressList(Draft draft, string name) => Lists.TryGetValue(name, out var get) ? get(draft) : null;

    /// <summary>Sets one header on the draft: addresses replace the list, ids and subject their fields, anything else is kept as an extra header.</summary>
    /// <returns>False with a reason when an address list does not parse.</returns>
    public static bool TryApply(Draft draft, string name, string value, out string error)
    {
        error = "";
        value = value.Trim();
        if (AddressList(draft, name) is { } list)
        {
            list.Clear();
            return TryAppendAddresses(list, name, value, out error);
        }
        switch (name.ToLowerInvariant())
        {
            case "subject":
                draft.Subject = value;
                break;
            case "message-id":
                draft.MessageId = MessageIds(value).FirstOrDefault();
                break;
            case "in-reply-to":
                draft.InReplyTo.Clear();
                draft.InReplyTo.AddRange(MessageIds(value));
                break;
            case "references":
                draft.References.Clear();
                draft.References.AddRange(MessageIds(value));
                break;
            case "fcc":
                draft.Fcc = value.Length == 0 ? null : value;
                break;
            // Mutt's record of a postponed reply and of its Fcc; an empty X-Mutt-Fcc asks for no copy.
            case "x-mutt-references":
                draft.Answers.Clear();
                draft.Answers.AddRange(MessageIds(value));
                break;
            case "x-mutt-fcc":
                draft.Fcc = value;
                break;
            default:
                if (!Regenerated.Contains(name))
                    draft.ExtraHeaders.Add(new(name, value));
                break;
        }
        return true;
    }

    /// <summary>Adds the addresses of header <paramref name="name"/>'s <paramref name="value"/> to <paramref name="list"/>; blank adds none.</summary>
    /// <returns>False with a reason when the value does not parse.</returns>
    public static bool TryAppendAddresses(InternetAddressList list, string name, string value, out string error)
    {
        error = "";
        if (value.Trim().Length == 0)
            return true;
        if (!InternetAddressList.TryParse(value, out var parsed))
        {
            error = $"{name}: bad address syntax: {value}";
            return false;
        }
        list.AddRange(parsed);
        return true;
    }

    private static IEnumerable<string> MessageIds(string value)
    {
        foreach (string id in MimeKit.Utils.MimeUtils.EnumerateReferences(value))
            yield return id;
    }
}
