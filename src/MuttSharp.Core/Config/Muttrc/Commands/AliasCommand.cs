namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary><c>alias [-group name]... key address[, address...]</c>: a later alias with the same key replaces the earlier one in place.</summary>
internal sealed class AliasCommand() : BuiltinCommand("alias")
{
    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var config = context.Config;
        var groups = new List<string>();
        string key;
        while (true)
        {
            if (!args.MoreArgs)
                return "alias: no address";
            key = args.Next();
            if (key != "-group")
                break;
            if (!args.MoreArgs)
                return "-group: missing group name";
            groups.Add(args.Next());
        }
        string addresses = args.MoreArgs ? args.Next(MuttrcTokenFlags.Space | MuttrcTokenFlags.Quote).Trim() : "";
        var alias = new MuttAlias(key, addresses, groups);
        int index = config.AliasList.FindIndex(existing => string.Equals(existing.Name, key, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
            config.AliasList[index] = alias;
        else
            config.AliasList.Add(alias);
        foreach (string group in groups)
            ListCommand.Add(GroupCommand.Find(config, group).Addresses, addresses);
        return null;
    }
}
