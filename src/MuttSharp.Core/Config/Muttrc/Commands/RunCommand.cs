namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary>
/// <c>run text</c>: runs its argument as a muttrc line. Mutt evaluates MuttLisp in the argument first;
/// MuttSharp has no MuttLisp, so an argument that is a MuttLisp expression is refused with an error.
/// </summary>
internal sealed class RunCommand() : BuiltinCommand("run")
{
    public override async ValueTask<string?> RunAsync(MuttrcCommandContext context, MuttrcArguments args, CancellationToken cancellationToken)
    {
        if (!args.MoreArgs)
            return null;
        string line = args.Next(MuttrcTokenFlags.Space).Trim();
        if (line.StartsWith('('))
            return "run: MuttLisp expressions are not supported";
        return await context.Interpreter.ExecuteLineAsync(line, context.Source, context.Line, cancellationToken).ConfigureAwait(false)
            ? null
            : MuttrcInterpreter.AlreadyReported;
    }
}
