namespace MuttSharp.Core.Config.Keys;

/// <summary>
/// Mutt's function tables and default bindings for every menu (Mutt 2.2's <c>functions.h</c>).
/// Each row is a function and the keys Mutt binds to it by default, written as in a muttrc; a row
/// of an inheriting menu may name a <c>generic</c> function that the menu binds on its own
/// (the index binds <c>x</c> to <c>exit</c>). Three functions are MuttSharp's own: <c>open-thread</c> and
/// <c>close-thread</c> in the index, for the vim profile's <c>zo</c>/<c>zc</c> (Mutt only toggles), and
/// <c>undelete-last</c> in the index and pager, an undo of the last deletion (Mutt and NeoMutt have none; the
/// vim profile binds it to <c>^_</c>, as <c>u</c> stays Mutt's <c>undelete-message</c>).
/// </summary>
public static partial class KeyFunctions
{
    private const string Digits = "1 2 3 4 5 6 7 8 9";
    private const string Enter = "<enter> <return> <keypadenter>";

    private static readonly (string Function, string Keys)[] Sidebar =
    [
        ("sidebar-first", ""), ("sidebar-last", ""), ("sidebar-next", ""), ("sidebar-next-new", ""),
        ("sidebar-open", ""), ("sidebar-page-down", ""), ("sidebar-page-up", ""), ("sidebar-prev", ""),
        ("sidebar-prev-new", ""), ("sidebar-toggle-visible", ""),
    ];

    private static readonly Dictionary<KeyMenu, (string Function, string Keys)[]> Tables = new()
    {
        [KeyMenu.Generic] =
        [
            ("bottom-page", "L"), ("check-stats", ""), ("current-bottom", ""), ("current-middle", ""),
            ("current-top", ""), ("end-cond", ""), ("enter-command", ":"), ("error-history", ""), ("exit", "q"),
            ("first-entry", "<home> ="), ("half-down", "]"), ("half-up", "["), ("help", "?"), ("jump", Digits),
            ("last-entry", "* <end>"), ("middle-page", "M"), ("next-entry", "<down> j"), ("next-line", ">"),
            ("next-page", "<pagedown> <right> z"), ("previous-entry", "<up> k"), ("previous-line", "<"),
            ("previous-page", "<left> <pageup> Z"), ("refresh", @"\Cl"), ("search", "/"), ("search-next", "n"),
            ("search-opposite", ""), ("search-reverse", "<esc>/"), ("select-entry", Enter),
            ("shell-escape", "!"), ("tag-entry", "t"), ("tag-prefix", ";"), ("tag-prefix-cond", ""),
            ("top-page", "H"), ("what-key", ""),
        ],
        [KeyMenu.Index] =
        [
            ("autocrypt-acct-menu", "A"), ("background-compose-menu", "B"), ("bounce-message", "b"),
            ("break-thread", "#"), ("browse-mailboxes", "y"), ("browse-mailboxes-readonly", ""),
            ("buffy-list", "."), ("change-folder", "c"), ("change-folder-readonly", "<esc>c"),
            ("check-traditional-pgp", "<esc>P"), ("clear-flag", "W"), ("collapse-all", "<esc>V"),
            ("collapse-thread", "<esc>v"), ("compose-to-sender", ""), ("copy-message", "C"), ("create-alias", "a"),
            ("decode-copy", "<esc>C"), ("decode-save", "<esc>s"), ("decrypt-copy", ""), ("decrypt-save", ""),
            ("delete-message", "d"), ("delete-pattern", "D"), ("delete-subthread", "<esc>d"),
            ("delete-thread", @"\Cd"), ("display-address", "@"), ("display-message", "<return> <enter> <space> <keypadenter>"),
            ("display-toggle-weed", "h"), ("edit", "e"), ("edit-label", "Y"), ("edit-type", @"\Ce"),
            ("exit", "x"), ("extract-keys", @"\Ck"), ("fetch-mail", "G"), ("flag-message", "F"),
            ("forget-passphrase", @"\Cf"), ("forward-message", "f"), ("group-chat-reply", ""), ("group-reply", "g"),
            ("imap-fetch-mail", ""), ("imap-logout-all", ""), ("limit", "l"), ("link-threads", "&"),
            ("list-action", "<esc>L"), ("list-reply", "L"), ("mail", "m"), ("mail-key", "<esc>k"),
            ("mark-message", "~"), ("next-entry", "J"), ("next-new", ""), ("next-new-then-unread", "<tab>"),
            ("next-subthread", "<esc>n"), ("next-thread", @"\Cn"), ("next-undeleted", "j <down>"),
            ("next-unread", ""), ("next-unread-mailbox", ""), ("open-thread", ""), ("close-thread", ""),
            ("parent-message", "P"), ("pipe-message", "|"),
            ("previous-entry", "K"), ("previous-new", ""), ("previous-new-then-unread", "<esc><tab>"),
            ("previous-subthread", "<esc>p"), ("previous-thread", @"\Cp"), ("previous-undeleted", "k <up>"),
            ("previous-unread", ""), ("print-message", "p"), ("purge-message", ""), ("query", "Q"), ("quit", "q"),
            ("read-subthread", "<esc>r"), ("read-thread", @"\Cr"), ("recall-message", "R"), ("reply", "r"),
            ("resend-message", "<esc>e"), ("root-message", ""), ("save-message", "s"), ("set-flag", "w"),
            ("show-limit", "<esc>l"), ("show-version", "V"), .. Sidebar, ("sort-mailbox", "o"),
            ("sort-reverse", "O"), ("sync-mailbox", "$"), ("tag-pattern", "T"), ("tag-subthread", ""),
            ("tag-thread", "<esc>t"), ("toggle-new", "N"), ("toggle-write", "%"), ("undelete-message", "u"),
            ("undelete-pattern", "U"), ("undelete-subthread", "<esc>u"), ("undelete-thread", @"\Cu"),
            ("undelete-last", ""), ("untag-pattern", @"\Ct"), ("view-attachments", "v"),
        ],
        [KeyMenu.Pager] =
        [
            ("background-compose-menu", "B"), ("bottom", "<end>"), ("bounce-message", "b"), ("break-thread", "#"),
            ("browse-mailboxes", "y"), ("browse-mailboxes-readonly", ""), ("buffy-list", "."),
            ("change-folder", "c"), ("change-folder-readonly", "<esc>c"), ("check-stats", ""),
            ("check-traditional-pgp", "<esc>P"), ("clear-flag", "W"), ("compose-to-sender", ""),
            ("copy-message", "C"), ("create-alias", "a"), ("decode-copy", "<esc>C"), ("decode-save", "<esc>s"),
            ("decrypt-copy", ""), ("decrypt-save", ""), ("delete-message", "d"), ("delete-subthread", "<esc>d"),
            ("delete-thread", @"\Cd"), ("display-address", "@"), ("display-toggle-weed", "h"), ("edit", "e"),
            ("edit-label", "Y"), ("edit-type", @"\Ce"), ("enter-command", ":"), ("error-history", ""),
            ("exit", "q i x"), ("extract-keys", @"\Ck"), ("flag-message", "F"), ("forget-passphrase", @"\Cf"),
            ("forward-message", "f"), ("group-chat-reply", ""), ("group-reply", "g"), ("half-down", ""),
            ("half-up", ""), ("help", "?"), ("imap-fetch-mail", ""), ("imap-logout-all", ""), ("jump", Digits),
            ("link-threads", "&"), ("list-action", "<esc>L"), ("list-reply", "L"), ("mail", "m"),
            ("mail-key", "<esc>k"), ("mark-as-new", "N"), ("next-entry", "J"), ("next-line", Enter),
            ("next-new", ""), ("next-new-then-unread", "<tab>"), ("next-page", "<space> <pagedown>"),
            ("next-subthread", "<esc>n"), ("next-thread", @"\Cn"), ("next-undeleted", "j <down> <right>"),
            ("next-unread", ""), ("next-unread-mailbox", ""), ("parent-message", "P"), ("pipe-message", "|"),
            ("previous-entry", "K"), ("previous-line", "<backspace>"), ("previous-new", ""),
            ("previous-new-then-unread", ""), ("previous-page", "- <pageup>"), ("previous-subthread", "<esc>p"),
            ("previous-thread", @"\Cp"), ("previous-undeleted", "k <left> <up>"), ("previous-unread", ""),
            ("print-message", "p"), ("purge-message", ""), ("quit", "Q"), ("read-subthread", "<esc>r"),
            ("read-thread", @"\Cr"), ("recall-message", "R"), ("redraw-screen", @"\Cl"), ("reply", "r"),
            ("resend-message", "<esc>e"), ("root-message", ""), ("save-message", "s"), ("search", "/"),
            ("search-next", "n"), ("search-opposite", ""), ("search-reverse", "<esc>/"), ("search-toggle", @"\\"),
            ("set-flag", "w"), ("shell-escape", "!"), ("show-version", "V"), .. Sidebar, ("skip-headers", "H"),
            ("skip-quoted", "S"), ("sort-mailbox", "o"), ("sort-reverse", "O"), ("sync-mailbox", "$"),
            ("tag-message", "t"), ("toggle-quoted", "T"), ("toggle-write", "%"), ("top", "^ <home>"),
            ("undelete-message", "u"), ("undelete-subthread", "<esc>u"), ("undelete-thread", @"\Cu"),
            ("undelete-last", ""), ("view-attachments", "v"), ("what-key", ""),
        ],
        [KeyMenu.Attach] =
        [
            ("bounce-message", "b"), ("check-traditional-pgp", "<esc>P"), ("collapse-parts", "v"),
            ("compose-to-sender", ""), ("delete-entry", "d"), ("display-toggle-weed", "h"), ("edit-type", @"\Ce"),
            ("extract-keys", @"\Ck"), ("forget-passphrase", @"\Cf"), ("forward-message", "f"),
            ("group-chat-reply", ""), ("group-reply", "g"), ("list-reply", "L"), ("pipe-entry", "|"),
            ("print-entry", "p"), ("reply", "r"), ("resend-message", "<esc>e"), ("save-entry", "s"),
            ("undelete-entry", "u"), ("view-attach", Enter), ("view-mailcap", "m"), ("view-pager", ""),
            ("view-text", "T"),
        ],
        [KeyMenu.Compose] =
        [
            ("attach-file", "a"), ("attach-key", "<esc>k"), ("attach-message", "A"), ("autocrypt-menu", "o"),
            ("copy-file", "C"), ("detach-file", "D"), ("display-toggle-weed", "h"), ("edit-bcc", "b"),
            ("edit-cc", "c"), ("edit-description", "d"), ("edit-encoding", @"\Ce"), ("edit-fcc", "f"),
            ("edit-file", @"\Cxe"), ("edit-from", "<esc>f"), ("edit-headers", "E"), ("edit-message", "e"),
            ("edit-mime", "m"), ("edit-reply-to", "r"), ("edit-subject", "s"), ("edit-to", "t"),
            ("edit-type", @"\Ct"), ("filter-entry", "F"), ("forget-passphrase", @"\Cf"), ("get-attachment", "G"),
            ("ispell", "i"), ("mix", "M"), ("move-down", ""), ("move-up", ""), ("new-mime", "n"),
            ("pgp-menu", "p"), ("pipe-entry", "|"), ("postpone-message", "P"), ("print-entry", "l"),
            ("rename-attachment", @"\Co"), ("rename-file", "R"), ("send-message", "y"), ("smime-menu", "S"),
            ("tag-entry", "T"), ("toggle-disposition", @"\Cd"), ("toggle-recode", ""), ("toggle-unlink", "u"),
            ("update-encoding", "U"), ("view-alt", "v"), ("view-alt-mailcap", "V"), ("view-alt-pager", ""),
            ("view-alt-text", "<esc>v"), ("view-attach", Enter), ("view-mailcap", ""), ("view-pager", ""),
            ("view-text", ""), ("write-fcc", "w"),
        ],
        [KeyMenu.Browser] =
        [
            ("buffy-list", "."), ("change-dir", "c"), ("check-new", ""), ("descend-directory", ""),
            ("display-filename", "@"), ("enter-mask", "m"), ("select-new", "N"), ("sort", "o"),
            ("sort-reverse", "O"), ("toggle-mailboxes", "<tab>"), ("view-file", "<space>"),
            ("create-mailbox", "C"), ("delete-mailbox", "d"), ("rename-mailbox", "r"), ("subscribe", "s"),
            ("toggle-subscribed", "T"), ("unsubscribe", "u"),
        ],
        [KeyMenu.Alias] = [("delete-entry", "d"), ("tag-entry", "<space>"), ("undelete-entry", "u")],
        [KeyMenu.Query] = [("create-alias", "a"), ("mail", "m"), ("query", "Q"), ("query-append", "A")],
        [KeyMenu.Editor] =
        [
            ("backspace", @"\Ch <backspace> <delete> \177"), ("backward-char", @"\Cb <left>"),
            ("backward-word", "<esc>b"), ("bol", @"\Ca <home>"), ("buffy-cycle", "<space>"),
            ("capitalize-word", "<esc>c"), ("complete", "<tab>"), ("complete-query", @"\Ct"),
            ("delete-char", @"\Cd"), ("downcase-word", "<esc>l"), ("eol", @"\Ce <end>"),
            ("forward-char", @"\Cf <right>"), ("forward-word", "<esc>f"), ("history-down", @"\Cn <down>"),
            ("history-search", @"\Cr"), ("history-up", @"\Cp <up>"), ("kill-eol", @"\Ck"), ("kill-eow", "<esc>d"),
            ("kill-line", @"\Cu"), ("kill-word", @"\Cw"), ("quote-char", @"\Cv"), ("transpose-chars", ""),
            ("upcase-word", "<esc>u"),
        ],
        [KeyMenu.Postpone] = [("delete-entry", "d"), ("undelete-entry", "u")],
        [KeyMenu.List] =
        [
            ("list-archive", "a"), ("list-help", "h"), ("list-owner", "o"), ("list-post", "p"),
            ("list-subscribe", "s"), ("list-unsubscribe", "u"),
        ],
        [KeyMenu.Pgp] = [("verify-key", "c"), ("view-name", "%")],
        [KeyMenu.Smime] = [("verify-key", "c"), ("view-name", "%")],
        [KeyMenu.Mix] =
        [
            ("accept", Enter), ("append", "a"), ("chain-next", "<right> l"), ("chain-prev", "<left> h"),
            ("delete", "d"), ("insert", "i"), ("select-entry", "<space>"),
        ],
    };

    private static readonly HashSet<string> GenericNames = [.. Tables[KeyMenu.Generic].Select(r => r.Function)];

    /// <summary>The functions a menu offers itself (not counting what it inherits from <c>generic</c>).</summary>
    public static IReadOnlyList<KeyFunction> For(KeyMenu menu) =>
        [.. Tables[menu].Where(r => !IsInheritedRow(menu, r.Function)).Select(r => new KeyFunction(menu, r.Function, Describe(r.Function)))];

    /// <summary>
    /// Finds a function by name in a menu, looking in <c>generic</c> too when the menu inherits it
    /// (as <c>bind</c> and <c>exec</c> do in Mutt).
    /// </summary>
    public static bool TryFind(KeyMenu menu, string name, out KeyFunction function)
    {
        foreach (var row in Tables[menu])
        {
            if (row.Function == name && !IsInheritedRow(menu, name))
            {
                function = new KeyFunction(menu, name, Describe(name));
                return true;
            }
        }
        if (KeyMenus.InheritsGeneric(menu) && GenericNames.Contains(name))
        {
            function = new KeyFunction(KeyMenu.Generic, name, Describe(name));
            return true;
        }
        function = null!;
        return false;
    }

    /// <summary>
    /// Checks that <c>bind</c> may bind <paramref name="function"/> in <paramref name="menu"/>:
    /// <c>noop</c> (any case) or a function <see cref="TryFind"/> finds. Returns Mutt's error text, or null.
    /// </summary>
    public static string? CheckBindable(KeyMenu menu, string function) =>
        IsNoop(function) || TryFind(menu, function, out _) ? null : $"{function}: no such function in map";

    /// <summary>True for <c>noop</c>, which Mutt accepts in any case.</summary>
    public static bool IsNoop(string function) => string.Equals(function, KeyBinding.Noop, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="name"/> is a function of any menu (for <c>&lt;name&gt;</c> in macros).</summary>
    public static bool IsKnown(string name) => Descriptions.ContainsKey(name);

    /// <summary>The one-line description of a function name, or an empty string.</summary>
    public static string Describe(string name) => Descriptions.GetValueOrDefault(name, "");

    /// <summary>
    /// Mutt's default bindings of a menu, in table order: each key sequence with the function it runs.
    /// </summary>
    public static IEnumerable<(KeySequence Keys, string Function)> DefaultBindings(KeyMenu menu)
    {
        foreach (var (function, keys) in Tables[menu])
            foreach (string written in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                yield return (KeySequence.Parse(written), function);
    }

    private static bool IsInheritedRow(KeyMenu menu, string function) =>
        KeyMenus.InheritsGeneric(menu) && GenericNames.Contains(function);
}
