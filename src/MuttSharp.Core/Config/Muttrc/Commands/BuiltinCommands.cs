namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>The table of commands the reader implements, as Mutt's <c>Commands[]</c> is a table.</summary>
internal static class BuiltinCommands
{
    /// <summary>Hook commands and the hook kinds each stores (fcc-save-hook is both; pgp-hook is crypt-hook's old name).</summary>
    private static readonly (string Name, HookCommand.Shape Shape, string StoredAs)[] Hooks =
    [
        ("folder-hook", HookCommand.Shape.Command, "folder-hook"),
        ("send-hook", HookCommand.Shape.Command, "send-hook"),
        ("send2-hook", HookCommand.Shape.Command, "send2-hook"),
        ("reply-hook", HookCommand.Shape.Command, "reply-hook"),
        ("message-hook", HookCommand.Shape.Command, "message-hook"),
        ("account-hook", HookCommand.Shape.Command, "account-hook"),
        ("crypt-hook", HookCommand.Shape.Command, "crypt-hook"),
        ("pgp-hook", HookCommand.Shape.Command, "crypt-hook"),
        ("save-hook", HookCommand.Shape.Value, "save-hook"),
        ("fcc-hook", HookCommand.Shape.Value, "fcc-hook"),
        ("fcc-save-hook", HookCommand.Shape.Value, "fcc-hook save-hook"),
        ("mbox-hook", HookCommand.Shape.Value, "mbox-hook"),
        ("charset-hook", HookCommand.Shape.Value, "charset-hook"),
        ("iconv-hook", HookCommand.Shape.Value, "iconv-hook"),
        ("open-hook", HookCommand.Shape.Value, "open-hook"),
        ("close-hook", HookCommand.Shape.Value, "close-hook"),
        ("append-hook", HookCommand.Shape.Value, "append-hook"),
        ("index-format-hook", HookCommand.Shape.Named, "index-format-hook"),
    ];

    public static IReadOnlyList<BuiltinCommand> All { get; } =
    [
        new SetCommand("set", SetCommand.Mode.Set),
        new SetCommand("unset", SetCommand.Mode.Unset),
        new SetCommand("toggle", SetCommand.Mode.Toggle),
        new SetCommand("reset", SetCommand.Mode.Reset),
        new SourceCommand(),
        new MyHdrCommand("my_hdr", remove: false),
        new MyHdrCommand("unmy_hdr", remove: true),
        new AliasCommand(),
        new UnaliasCommand(),
        new MailboxesCommand("mailboxes", remove: false),
        new MailboxesCommand("unmailboxes", remove: true),
        new MailboxesCommand("named-mailboxes", remove: false, named: true),
        new ListCommand("ignore", [c => c.IgnoreList], [c => c.UnignoreList], starIsEntry: true),
        new ListCommand("unignore", [c => c.UnignoreList], [c => c.IgnoreList]),
        new ListCommand("hdr_order", [c => c.HeaderOrderList], [], starIsEntry: true),
        new ListCommand("unhdr_order", [], [c => c.HeaderOrderList]),
        new ListCommand("auto_view", [c => c.AutoViewList], []),
        new ListCommand("unauto_view", [], [c => c.AutoViewList]),
        new ListCommand("alternative_order", [c => c.AlternativeOrderList], []),
        new ListCommand("unalternative_order", [], [c => c.AlternativeOrderList]),
        new ListCommand("mime_lookup", [c => c.MimeLookupList], []),
        new ListCommand("unmime_lookup", [], [c => c.MimeLookupList]),
        new ListCommand("mailto_allow", [c => c.MailtoAllowList], [], starIsEntry: true),
        new ListCommand("unmailto_allow", [], [c => c.MailtoAllowList]),
        new ListCommand("lists", [c => c.MailingListList], [c => c.UnmailingListList], regex: true, groups: true),
        new ListCommand("unlists", [c => c.UnmailingListList], [c => c.MailingListList, c => c.SubscribedList], regex: true),
        new ListCommand("subscribe", [c => c.SubscribedList, c => c.MailingListList], [c => c.UnsubscribedList, c => c.UnmailingListList], regex: true, groups: true),
        new ListCommand("unsubscribe", [c => c.UnsubscribedList], [c => c.SubscribedList], regex: true),
        new ListCommand("alternates", [c => c.AlternatesList], [c => c.UnalternatesList], regex: true, groups: true),
        new ListCommand("unalternates", [c => c.UnalternatesList], [c => c.AlternatesList], regex: true),
        new UnhookCommand(),
        new SetenvCommand("setenv", remove: false),
        new SetenvCommand("unsetenv", remove: true),
        new EchoCommand(),
        new CdCommand(),
        new IfdefCommand("ifdef", negate: false),
        new IfdefCommand("ifndef", negate: true),
        new FinishCommand(),
        new ScoreCommand("score", remove: false),
        new ScoreCommand("unscore", remove: true),
        new SpamCommand("spam", remove: false),
        new SpamCommand("nospam", remove: true),
        new GroupCommand("group", remove: false),
        new GroupCommand("ungroup", remove: true),
        new AttachmentsCommand("attachments", remove: false),
        new AttachmentsCommand("unattachments", remove: true),
        new RunCommand(),
        .. Hooks.Select(hook => new HookCommand(hook.Name, hook.Shape, hook.StoredAs.Split(' '))),
    ];

    /// <summary>The hook kinds (space-separated) a hook command stores, or null when it is not a hook command.</summary>
    public static string? HookStoredAs(string name) => Array.Find(Hooks, hook => hook.Name == name).StoredAs;
}
