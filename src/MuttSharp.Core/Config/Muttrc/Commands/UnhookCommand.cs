namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary><c>unhook * | hook-type</c>: removes every hook, or every hook of one type.</summary>
internal sealed class UnhookCommand() : BuiltinCommand("unhook")
{
    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var hooks = context.Config.HookList;
        while (args.MoreArgs)
        {
            string kind = args.Next();
            if (kind == "*")
            {
                hooks.Clear();
                continue;
            }
            string stored = BuiltinCommands.HookStoredAs(kind) ?? "";
            if (stored.Length == 0)
                return $"unhook: unknown hook type: {kind}";
            foreach (string each in stored.Split(' '))
                hooks.RemoveAll(hook => hook.Kind == each);
        }
        return null;
    }
}
