using MuttSharp.Core.Config.Muttrc;

namespace MuttSharp.Core.Config;

/// <summary>The lists and tables built by muttrc commands, in the order the commands gave them.</summary>
public sealed partial class MuttConfig
{
    internal List<MuttAlias> AliasList { get; } = [];
    internal List<string> MailboxList { get; } = [];
    internal Dictionary<string, string> MailboxLabelTable { get; } = new(StringComparer.Ordinal);
    internal List<string> UserHeaderList { get; } = [];
    internal List<string> IgnoreList { get; } = [];
    internal List<string> UnignoreList { get; } = [];
    internal List<string> HeaderOrderList { get; } = [];
    internal List<string> AutoViewList { get; } = [];
    internal List<string> AlternativeOrderList { get; } = [];
    internal List<string> MimeLookupList { get; } = [];

    // Mutt's compiled-in allow list: enough for a list's mailto: links to keep threads, nothing that attaches files.
    internal List<string> MailtoAllowList { get; } = ["body", "subject", "cc", "in-reply-to", "references"];
    internal List<string> MailingListList { get; } = [];
    internal List<string> UnmailingListList { get; } = [];
    internal List<string> SubscribedList { get; } = [];
    internal List<string> UnsubscribedList { get; } = [];
    internal List<string> AlternatesList { get; } = [];
    internal List<string> UnalternatesList { get; } = [];
    internal List<MuttrcHook> HookList { get; } = [];
    internal List<MuttScore> ScoreList { get; } = [];
    internal List<MuttSpamRule> SpamList { get; } = [];
    internal List<string> NoSpamList { get; } = [];
    internal Dictionary<string, MuttGroup> GroupTable { get; } = new(StringComparer.Ordinal);
    internal List<MuttAttachmentRule> AttachmentList { get; } = [];

    /// <summary><c>alias</c> entries; a later alias of the same name replaces the earlier one in place.</summary>
    public IReadOnlyList<MuttAlias> Aliases => AliasList;

    /// <summary><c>mailboxes</c>, expanded, without duplicates, in order.</summary>
    public IReadOnlyList<string> Mailboxes => MailboxList;

    /// <summary><c>mailboxes -label</c>: each labelled mailbox's label, by its expanded path.</summary>
    public IReadOnlyDictionary<string, string> MailboxLabels => MailboxLabelTable;

    /// <summary><c>my_hdr</c> lines (<c>From: me@example.com</c>), one per header name.</summary>
    public IReadOnlyList<string> UserHeaders => UserHeaderList;

    /// <summary><c>ignore</c> header prefixes (lower-case, <c>*</c> for all).</summary>
    public IReadOnlyList<string> IgnoredHeaders => IgnoreList;

    /// <summary><c>unignore</c> header prefixes that override <see cref="IgnoredHeaders"/>.</summary>
    public IReadOnlyList<string> UnignoredHeaders => UnignoreList;

    /// <summary><c>hdr_order</c>: the order headers are shown in the pager.</summary>
    public IReadOnlyList<string> HeaderOrder => HeaderOrderList;

    /// <summary><c>auto_view</c> MIME types shown through the mailcap.</summary>
    public IReadOnlyList<string> AutoView => AutoViewList;

    /// <summary><c>alternative_order</c>: preferred parts of a multipart/alternative, best first.</summary>
    public IReadOnlyList<string> AlternativeOrder => AlternativeOrderList;

    /// <summary><c>mime_lookup</c> types resolved by file name instead.</summary>
    public IReadOnlyList<string> MimeLookup => MimeLookupList;

    /// <summary><c>mailto_allow</c>: header fields a <c>mailto:</c> URL may set (<c>*</c> allows any).</summary>
    public IReadOnlyList<string> MailtoAllow => MailtoAllowList;

    /// <summary><c>lists</c> regexes (known mailing lists), subscribed ones included.</summary>
    public IReadOnlyList<string> MailingLists => MailingListList;

    /// <summary><c>subscribe</c> regexes (lists the user is subscribed to).</summary>
    public IReadOnlyList<string> SubscribedLists => SubscribedList;

    /// <summary><c>alternates</c> regexes: the user's other addresses.</summary>
    public IReadOnlyList<string> Alternates => AlternatesList;

    /// <summary><c>unalternates</c> regexes that override <see cref="Alternates"/>.</summary>
    public IReadOnlyList<string> Unalternates => UnalternatesList;

    /// <summary>Every hook, in definition order.</summary>
    public IReadOnlyList<MuttrcHook> Hooks => HookList;

    /// <summary><c>score</c> rules.</summary>
    public IReadOnlyList<MuttScore> Scores => ScoreList;

    /// <summary><c>spam</c> rules.</summary>
    public IReadOnlyList<MuttSpamRule> SpamRules => SpamList;

    /// <summary><c>nospam</c> regexes.</summary>
    public IReadOnlyList<string> NoSpamPatterns => NoSpamList;

    /// <summary>Address groups by name.</summary>
    public IReadOnlyDictionary<string, MuttGroup> Groups => GroupTable;

    /// <summary><c>attachments</c> rules, in order.</summary>
    public IReadOnlyList<MuttAttachmentRule> AttachmentRules => AttachmentList;

    /// <summary>The alias named <paramref name="name"/> (case-insensitive, as Mutt matches aliases), or null.</summary>
    public MuttAlias? FindAlias(string name) => AliasList.Find(alias => string.Equals(alias.Name, name, StringComparison.OrdinalIgnoreCase));
}
