namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary><c>group [-group name]... {-rx regex... | -addr address...}</c> and <c>ungroup</c>, which removes members or, with <c>*</c>, whole groups.</summary>
internal sealed class GroupCommand(string name, bool remove) : BuiltinCommand(name)
{
    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var config = context.Config;
        var groups = new List<string>();
        string? mode = null;
        bool any = false;
        while (args.MoreArgs)
        {
            string token = args.Next();
            switch (token)
            {
                case "-group":
                    if (!args.MoreArgs)
                        return "-group: missing group name";
                    groups.Add(args.Next());
                    continue;
                case "-rx" or "-addr":
                    mode = token;
                    continue;
            }
            if (groups.Count == 0)
                return $"{Name}: missing -group";
            any = true;
            if (remove && token == "*")
            {
                foreach (string group in groups)
                    config.GroupTable.Remove(group);
                continue;
            }
            if (mode is null)
                return $"{Name}: missing -rx or -addr.";
            foreach (string group in groups)
            {
                var target = mode == "-rx" ? Find(config, group).Patterns : Find(config, group).Addresses;
                if (remove)
                    ListCommand.Remove(target, token);
                else
                    ListCommand.Add(target, token);
            }
        }
        return any ? null : $"{Name}: too few arguments";
    }

    /// <summary>The group of that name, created empty on first mention.</summary>
    internal static MuttGroup Find(MuttConfig config, string name)
    {
        if (!config.GroupTable.TryGetValue(name, out var group))
            config.GroupTable[name] = group = new MuttGroup(name);
        return group;
    }
}
