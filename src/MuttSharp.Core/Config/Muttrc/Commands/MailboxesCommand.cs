namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>
/// <c>mailboxes [-label text] [-notify|-nonotify] [-poll|-nopoll] mailbox...</c> (paths expanded, duplicates
/// skipped) and <c>unmailboxes mailbox... | *</c>. Mutt 2.2's per-mailbox options are accepted; the label is kept.
/// </summary>
internal sealed class MailboxesCommand(string name, bool remove) : BuiltinCommand(name)
{
    private static readonly HashSet<string> Switches = new(StringComparer.Ordinal) { "-notify", "-nonotify", "-poll", "-nopoll" };

    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var list = context.Config.MailboxList;
        while (args.MoreArgs)
        {
            string token = args.Next();
            if (!remove && Switches.Contains(token))
                continue;
            if (!remove && token is "-label" or "-nolabel")
            {
                if (token == "-label" && !args.MoreArgs)
                    return "-label: missing label";
                if (token == "-label")
                    args.Next();
                continue;
            }
            if (remove && token == "*")
            {
                list.Clear();
                continue;
            }
            string path = context.ExpandPath(token);
            if (path.Length > 1)
                path = path.TrimEnd('/');
            if (remove)
                list.Remove(path);
            else if (!list.Contains(path))
                list.Add(path);
        }
        return null;
    }
}
