using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>
/// <c>spam pattern [format]</c> and <c>nospam pattern | *</c>. As in Mutt, <c>nospam</c> first removes a
/// <c>spam</c> rule with the same pattern and only when there is none records an exception.
/// </summary>
internal sealed class SpamCommand(string name, bool remove) : BuiltinCommand(name)
{
    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var config = context.Config;
        if (!args.MoreArgs)
            return $"{Name}: too few arguments";
        string pattern = args.Next();
        if (remove)
        {
            if (pattern == "*")
            {
                config.SpamList.Clear();
                config.NoSpamList.Clear();
                return null;
            }
            if (config.SpamList.RemoveAll(rule => rule.Pattern == pattern) == 0)
                ListCommand.Add(config.NoSpamList, pattern);
            return null;
        }
        if (!VariableValues.TryCompile(pattern, out _, out string? reason))
            return $"{pattern}: {reason}";
        string format = args.MoreArgs ? args.Next() : "";
        int index = config.SpamList.FindIndex(rule => rule.Pattern == pattern);
        var spam = new MuttSpamRule(pattern, format);
        if (index >= 0)
            config.SpamList[index] = spam;
        else
            config.SpamList.Add(spam);
        return null;
    }
}
