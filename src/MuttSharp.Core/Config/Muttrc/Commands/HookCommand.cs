namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>
/// Every <c>*-hook</c> command: stores the pattern and the command (or value) for the reader to fire later.
/// A command hook identical to an earlier one is not added twice; a value hook (<c>save-hook</c>, <c>fcc-hook</c>,
/// <c>mbox-hook</c>, <c>charset-hook</c>, ...) with the same pattern replaces the earlier value, as in Mutt.
/// </summary>
internal sealed class HookCommand(string name, HookCommand.Shape shape, params string[] storedAs) : BuiltinCommand(name)
{
    /// <summary>What the hook's last argument is and how repeats are treated.</summary>
    public enum Shape { Command, Value, Named }

    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        string? hookName = null;
        if (shape == Shape.Named)
        {
            if (!args.MoreArgs)
                return "too few arguments";
            hookName = args.Next();
        }
        if (!args.MoreArgs)
            return "too few arguments";
        string pattern = args.Next();
        if (!args.MoreArgs)
            return "too few arguments";
        string command = args.Next(MuttrcTokenFlags.Space).TrimEnd();
        if (args.MoreArgs)
            return "too many arguments";

        var hooks = context.Config.HookList;
        foreach (string kind in storedAs.Length == 0 ? [Name] : storedAs)
        {
            var hook = new MuttrcHook(kind, pattern, command, hookName);
            int same = hooks.FindIndex(h => h.Kind == kind && h.Pattern == pattern && h.Name == hookName && (shape != Shape.Command || h.Command == command));
            if (same < 0)
                hooks.Add(hook);
            else
                hooks[same] = hook;
        }
        return null;
    }
}
