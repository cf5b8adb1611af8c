namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary><c>cd [directory]</c>: changes the working directory used for relative paths (home when omitted).</summary>
internal sealed class CdCommand() : BuiltinCommand("cd")
{
    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var environment = context.Config.Environment;
        string target = args.MoreArgs ? context.ExpandPath(args.Next()) : environment.Home;
        string full = Path.GetFullPath(target, environment.WorkingDirectory);
        if (!Directory.Exists(full))
            return "cd: No such file or directory";
        environment.WorkingDirectory = full;
        return null;
    }
}
