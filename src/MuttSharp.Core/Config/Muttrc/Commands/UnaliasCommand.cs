namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary><c>unalias [-group name]... key... | *</c>.</summary>
internal sealed class UnaliasCommand() : BuiltinCommand("unalias")
{
    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var aliases = context.Config.AliasList;
        while (args.MoreArgs)
        {
            string key = args.Next();
            if (key == "-group")
            {
                args.Next();
                continue;
            }
            if (key == "*")
                aliases.Clear();
            else
                aliases.RemoveAll(alias => string.Equals(alias.Name, key, StringComparison.OrdinalIgnoreCase));
        }
        return null;
    }
}
