namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>
/// <c>mailboxes [-label text] [-notify|-nonotify] [-poll|-nopoll] mailbox...</c> (paths expanded, duplicates
/// skipped) and <c>unmailboxes mailbox... | *</c>. Mutt 2.2's per-mailbox options are accepted; a
/// <c>-label</c> names the mailbox after it (the browser's <c>%i</c>), <c>-nolabel</c> removes the name.
/// <c>named-mailboxes description mailbox...</c> (<paramref name="named"/>) labels each mailbox it adds.
/// </summary>
internal sealed class MailboxesCommand(string name, bool remove, bool named = false) : BuiltinCommand(name)
{
    private static readonly HashSet<string> Switches = new(StringComparer.Ordinal) { "-notify", "-nonotify", "-poll", "-nopoll" };

    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var list = context.Config.MailboxList;
        var labels = context.Config.MailboxLabelTable;
        string? label = null;
        bool unlabel = false;
        while (args.MoreArgs)
        {
            string token = args.Next();
            if (named && label is null)
            {
                if (!args.MoreArgs)
                    return $"{Name}: missing mailbox after {token}";
                label = token;
                continue;
            }
            if (!remove && Switches.Contains(token))
                continue;
            if (!remove && token is "-label" or "-nolabel")
            {
                if (token == "-label" && !args.MoreArgs)
                    return "-label: missing label";
                label = token == "-label" ? args.Next() : null;
                unlabel = token == "-nolabel";
                continue;
            }
            if (remove && token == "*")
            {
                list.Clear();
                labels.Clear();
                continue;
            }
            string path = context.ExpandPath(token);
            if (path.Length > 1)
                path = path.TrimEnd('/');
            if (remove)
            {
                list.Remove(path);
                labels.Remove(path);
                continue;
            }
            if (!list.Contains(path))
                list.Add(path);
            if (label is not null)
                labels[path] = label;
            else if (unlabel)
                labels.Remove(path);
            label = null;
            unlabel = false;
        }
        return null;
    }
}
