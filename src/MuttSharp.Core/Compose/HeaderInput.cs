namespace MuttSharp.Core.Compose;

/// <summary>
/// Header text typed by the user (a subject, a recipient, a <c>my_hdr</c> value): refused when it holds
/// a CR, LF or NUL, which would end the header early and let the rest be read as new headers.
/// </summary>
public static class HeaderInput
{
    /// <summary>True when <paramref name="value"/> can be a header's text; otherwise <paramref name="error"/> names the header and the offending character's position.</summary>
    public static bool TryValidate(string name, string value, out string error)
    {
        int bad = value.AsSpan().IndexOfAny('\r', '\n', '\0');
        error = bad < 0 ? "" : $"{name}: line break or NUL at position {bad + 1} is not allowed in a header";
        return bad < 0;
    }

    /// <summary>Checks every header of <paramref name="draft"/> the user could have typed: the subject, address names and extra headers.</summary>
    public static bool TryValidate(Draft draft, out string error)
    {
        if (!TryValidate("Subject", draft.Subject, out error))
            return false;
        foreach (var (name, value) in draft.ExtraHeaders)
        {
            if (!TryValidate(name, value, out error))
                return false;
            if (name.Length == 0 || name.Any(c => c <= ' ' || c == ':' || c > '~'))
            {
                error = $"{name}: not a valid header name";
                return false;
            }
        }
        foreach (var mailbox in draft.From.Mailboxes.Concat(draft.To.Mailboxes).Concat(draft.Cc.Mailboxes).Concat(draft.Bcc.Mailboxes).Concat(draft.ReplyTo.Mailboxes))
        {
            if (!TryValidate("address", mailbox.Name ?? "", out error) || !TryValidate("address", mailbox.Address, out error))
                return false;
        }
        return true;
    }
}
