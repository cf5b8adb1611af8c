namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary><c>echo message</c>: one argument, shown when the reader starts (kept in <see cref="MuttConfig.Messages"/>).</summary>
internal sealed class EchoCommand() : BuiltinCommand("echo")
{
    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        if (!args.MoreArgs)
            return "not enough arguments";
        context.Config.AddMessage(args.Next());
        return null;
    }
}
