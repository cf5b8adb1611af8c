namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>NeoMutt's <c>finish</c>: stops reading the current file.</summary>
internal sealed class FinishCommand() : BuiltinCommand("finish")
{
    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        if (args.MoreArgs)
            return "finish: too many arguments";
        return context.Interpreter.Finish() ? null : "finish: not in a file";
    }
}
