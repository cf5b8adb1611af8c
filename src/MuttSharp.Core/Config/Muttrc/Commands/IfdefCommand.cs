namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>
/// NeoMutt's <c>ifdef symbol "command"</c> and <c>ifndef</c>: runs the command when the symbol is (or is not)
/// a known variable, a set <c>$my_</c> variable, or a muttrc command.
/// </summary>
internal sealed class IfdefCommand(string name, bool negate) : BuiltinCommand(name)
{
    public override async ValueTask<string?> RunAsync(MuttrcCommandContext context, MuttrcArguments args, CancellationToken cancellationToken)
    {
        if (!args.MoreArgs)
            return $"{Name}: too few arguments";
        string symbol = args.Next();
        if (!args.MoreArgs)
            return $"{Name}: too few arguments";
        string command = args.Next(MuttrcTokenFlags.Space).TrimEnd();
        var config = context.Config;
        bool defined = config.Variables.TryFind(symbol, out _)
            || config.GetUserVariable(symbol) is not null
            || config.Commands.IsKnown(symbol);
        if (defined == negate)
            return null;
        return await context.Interpreter.ExecuteLineAsync(command, context.Source, context.Line, cancellationToken).ConfigureAwait(false)
            ? null
            : MuttrcInterpreter.AlreadyReported;
    }
}
