using MimeKit;

namespace MuttSharp.Core.Compose;

/// <summary>
/// Who a reply goes to, by Mutt's rules (send.c: <c>default_to</c>, <c>mutt_fetch_recips</c>,
/// <c>mutt_fix_reply_recipients</c>, <c>mutt_set_followup_to</c>), so that <c>r</c>, <c>g</c> and
/// <c>L</c> address the same people Mutt's do.
/// </summary>
internal static class ReplyRecipients
{
    /// <summary>Fills To and Cc of <paramref name="draft"/> for a reply of <paramref name="kind"/> to <paramref name="original"/>.</summary>
    public static async Task FetchAsync(Draft draft, MimeMessage original, DraftKind kind, ComposeSettings settings, AskQuestion? ask)
    {
        var followup = original.Headers["Mail-Followup-To"] is { } header && InternetAddressList.TryParse(header, out var parsed) ? Mailboxes(parsed) : [];
        bool honour = false;
        if (kind is DraftKind.ListReply or DraftKind.GroupReply && followup.Count > 0)
            honour = await QuadAnswer.DecideAsync(settings.HonorFollowupTo, $"Follow-up to {followup[0].Address}{(followup.Count > 1 ? ",..." : "")}?", ask).ConfigureAwait(false);

        if (kind == DraftKind.ListReply)
        {
            foreach (var address in Mailboxes(original.To).Concat(Mailboxes(original.Cc)))
                if (settings.IsList(address.Address))
                    draft.To.Add(Copy(address));
            if (honour)
                AddAll(draft.Cc, followup);
        }
        else if (kind == DraftKind.GroupReply && honour)
        {
            AddAll(draft.To, followup);
        }
        else
        {
            await DefaultToAsync(draft.To, original, settings, ask).ConfigureAwait(false);
            if (kind == DraftKind.GroupReply)
            {
                AddAll(draft.Cc, Mailboxes(original.To));
                AddAll(draft.Cc, Mailboxes(original.Cc));
            }
        }
        Fix(draft, settings);
    }

    /// <summary>
    /// Mutt's <c>mutt_set_followup_to</c>: a message to a known list gets a Mail-Followup-To of its
    /// recipients less the user, who is put back first when no list among them is subscribed.
    /// </summary>
    public static void SetFollowupTo(Draft draft, ComposeSettings settings, MailboxAddress defaultFrom)
    {
        if (!settings.FollowupTo || draft.MailFollowupTo.Count > 0)
            return;
        var recipients = Mailboxes(draft.To).Concat(Mailboxes(draft.Cc)).ToList();
        if (!recipients.Any(a => settings.IsList(a.Address)))
            return;
        var followup = recipients.Where(a => !settings.IsMine(a.Address)).ToList();
        if (followup.Count > 0 && !recipients.Any(a => settings.IsSubscribedList(a.Address)))
        {
            var self = draft.ReplyTo.Count > 0 ? Mailboxes(draft.ReplyTo) : draft.From.Count > 0 ? Mailboxes(draft.From) : [defaultFrom];
            followup.InsertRange(0, self);
        }
        AddAll(draft.MailFollowupTo, Distinct(followup));
    }

    private static async Task DefaultToAsync(InternetAddressList to, MimeMessage original, ComposeSettings settings, AskQuestion? ask)
    {
        var from = Mailboxes(original.From);
        var replyTo = Mailboxes(original.ReplyTo);
        if (!settings.ReplySelf && from.Count > 0 && settings.IsMine(from[0].Address))
        {
            // The user's own message: answer its recipients.
            AddAll(to, Mailboxes(original.To));
            return;
        }
        if (replyTo.Count == 0)
        {
            AddAll(to, from);
            return;
        }
        bool sameAsFrom = from.Count > 0 && string.Equals(from[0].Address, replyTo[0].Address, StringComparison.OrdinalIgnoreCase);
        bool listReplyTo = settings.IgnoreListReplyTo && settings.IsList(replyTo[0].Address)
            && Mailboxes(original.To).Concat(Mailboxes(original.Cc)).Any(a => string.Equals(a.Address, replyTo[0].Address, StringComparison.OrdinalIgnoreCase));
        if ((sameAsFrom && replyTo.Count == 1 && string.IsNullOrEmpty(replyTo[0].Name)) || listReplyTo)
            AddAll(to, from);
        else if (!(sameAsFrom && replyTo.Count == 1)
            && !await QuadAnswer.DecideAsync(settings.ReplyTo, $"Reply to {replyTo[0].Address}{(replyTo.Count > 1 ? ",..." : "")}?", ask).ConfigureAwait(false))
            AddAll(to, from);
        else
            AddAll(to, replyTo);
    }

    /// <summary>Mutt's <c>mutt_fix_reply_recipients</c>.</summary>
    private static void Fix(Draft draft, ComposeSettings settings)
    {
        if (!settings.MeToo)
        {
            // Cc first, so that when the user is the only recipient they end up in To.
            Replace(draft.Cc, RemoveUser(Mailboxes(draft.Cc), draft.To.Count == 0, settings));
            Replace(draft.To, RemoveUser(Mailboxes(draft.To), draft.Cc.Count == 0 || settings.ReplySelf, settings));
        }
        var to = Distinct(Mailboxes(draft.To));
        var cc = Distinct(Mailboxes(draft.Cc)).Where(c => !to.Any(t => SameAddress(t, c))).ToList();
        if (to.Count == 0)
            (to, cc) = (cc, []);
        Replace(draft.To, to);
        Replace(draft.Cc, cc);
    }

    private static List<MailboxAddress> RemoveUser(List<MailboxAddress> list, bool leaveOnlyOne, ComposeSettings settings)
    {
        var kept = list.Where(a => !settings.IsMine(a.Address)).ToList();
        if (kept.Count == 0 && leaveOnlyOne && list.Count > 0)
            kept.Add(list[^1]);
        return kept;
    }

    private static List<MailboxAddress> Distinct(IEnumerable<MailboxAddress> list)
    {
        var result = new List<MailboxAddress>();
        foreach (var address in list)
            if (!result.Any(r => SameAddress(r, address)))
                result.Add(address);
        return result;
    }

    private static bool SameAddress(MailboxAddress a, MailboxAddress b) => string.Equals(a.Address, b.Address, StringComparison.OrdinalIgnoreCase);

    internal static List<MailboxAddress> Mailboxes(InternetAddressList list) => list.Mailboxes.Where(m => m.Address.Length > 0).ToList();

    private static MailboxAddress Copy(MailboxAddress address) => new(address.Name, address.Address);

    private static void AddAll(InternetAddressList into, IEnumerable<MailboxAddress> addresses)
    {
        foreach (var address in addresses)
            into.Add(Copy(address));
    }

    private static void Replace(InternetAddressList list, List<MailboxAddress> addresses)
    {
        var copy = addresses.ToList();
        list.Clear();
        AddAll(list, copy);
    }
}
