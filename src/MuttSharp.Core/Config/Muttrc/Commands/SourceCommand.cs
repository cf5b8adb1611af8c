namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary><c>source file...</c>: reads each file (path expanded; <c>cmd|</c> reads a command's output). A file already being read is refused.</summary>
internal sealed class SourceCommand() : BuiltinCommand("source")
{
    public override async ValueTask<string?> RunAsync(MuttrcCommandContext context, MuttrcArguments args, CancellationToken cancellationToken)
    {
        var paths = args.RemainingTokens();
        if (paths.Count == 0)
            return "source: too few arguments";
        foreach (string path in paths)
        {
            string expanded = path.EndsWith('|') ? path : context.ExpandPath(path);
            if (await context.Interpreter.SourceAsync(expanded, cancellationToken).ConfigureAwait(false) is { } error)
                return error;
        }
        return null;
    }
}
