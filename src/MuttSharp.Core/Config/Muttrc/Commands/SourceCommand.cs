namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary><c>source file...</c>: reads each file (path expanded; <c>cmd|</c> reads a command's output). A file already being read is refused.</summary>
internal sealed class SourceCommand() : BuiltinCommand("source")
{
    public override async ValueTask<string?> RunAsync(MuttrcCommandContext context, MuttrcArguments args, CancellationToken cancellationToken)
    {
        var paths = args.RemainingTokens();
        // Mutt tries to open the empty name and reports that, so this says the same.
        if (paths.Count == 0)
            return ": No such file or directory";
        foreach (string path in paths)
        {
            string expanded = path.EndsWith('|') ? path : context.ExpandPath(path);
            if (await context.Interpreter.SourceAsync(expanded, cancellationToken).ConfigureAwait(false) is { } error)
                return error;
        }
        return null;
    }
}
