using MuttSharp.Core.Model;

namespace MuttSharp.Core.Config.Format;

/// <summary>
/// The muttrc settings and predicates the message expandos depend on, taken as plain inputs so
/// that the format engine does not depend on the variable registry. Defaults are Mutt's.
/// </summary>
public sealed record IndexFormatSettings
{
    /// <summary>Mutt's defaults, with nobody recognised as "me" and no subscribed lists.</summary>
    public static readonly IndexFormatSettings Default = new();

    /// <summary><c>$date_format</c>, for <c>%d</c> and <c>%D</c>.</summary>
    public string DateFormat { get; init; } = "!%a, %b %d, %Y at %I:%M:%S%p %Z";

    /// <summary><c>$to_chars</c>: not to me, only to me, to me, cc me, from me, to a subscribed list.</summary>
    public string ToChars { get; init; } = " +TCFL";

    /// <summary>
    /// <c>$flag_chars</c> (tagged, flagged, deleted, attachment deleted, replied, old, new, thread
    /// old, thread new, read in <c>%S</c>, read in <c>%Z</c>); the default gives exactly Mutt 2.2's letters.
    /// </summary>
    public string FlagChars { get; init; } = "*!DdrONon- ";

    /// <summary><c>$crypt_chars</c>: good signature, encrypted, signed, contains a key, none.</summary>
    public string CryptChars { get; init; } = "SPsK ";

    /// <summary>True when the index is sorted by threads (<c>$sort=threads</c>): enables tree and collapse display.</summary>
    public bool Threaded { get; init; }

    /// <summary><c>$save_address</c>: <c>%O</c> keeps the whole address instead of the local part.</summary>
    public bool SaveAddress { get; init; }

    /// <summary>The open mailbox's path, for <c>%b</c> and <c>%B</c>.</summary>
    public string MailboxPath { get; init; } = "";

    /// <summary>Byte sizes for <c>%c</c>.</summary>
    public SizeFormat Sizes { get; init; } = SizeFormat.Default;

    /// <summary>Mutt's <c>mutt_addr_is_user</c>: is this address one of mine (<c>$from</c>, <c>alternates</c>...).</summary>
    public Func<MailAddress, bool> IsMine { get; init; } = static _ => false;

    /// <summary>Mutt's <c>mutt_is_subscribed_list</c>: does this address match a <c>subscribe</c> pattern.</summary>
    public Func<MailAddress, bool> IsSubscribedList { get; init; } = static _ => false;

    /// <summary>Mutt's <c>subjectrx</c> rewriting of the subject for display, or null.</summary>
    public Func<string, string>? RewriteSubject { get; init; }

    /// <summary><c>index-format-hook</c>: the format to expand for <c>%@name@</c> and this message, or null.</summary>
    public Func<string, Message, string?>? FormatHook { get; init; }
}
