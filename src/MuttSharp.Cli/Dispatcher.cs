using MuttSharp.Cli.Commands;

namespace MuttSharp.Cli;

/// <summary>
/// Chooses what a <c>muttsharp</c> invocation does: a sub-command named by the first argument,
/// the sub-command a symlink's name stands for (<c>sendmail</c>, <c>mailq</c>, <c>newaliases</c>,
/// <c>postconf</c>), or the reader with Mutt's own flags (with no arguments at all, the reader on <c>$spoolfile</c>).
/// </summary>
internal static class Dispatcher
{
    public static async Task<int> RunAsync(string programName, IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string invokedAs = Path.GetFileNameWithoutExtension(programName);
        if (invokedAs != "muttsharp" && CommandTable.Find(invokedAs) is { } aliased)
            return await aliased.RunAsync(args, console, cancellationToken).ConfigureAwait(false);

        if (args.Count > 0 && !args[0].StartsWith('-') && CommandTable.Find(args[0]) is { } command)
            return await command.RunAsync(args.Skip(1).ToArray(), console, cancellationToken).ConfigureAwait(false);

        if (args.Count == 1 && args[0] == "-v")
            return await new VersionCommand().RunAsync([], console, cancellationToken).ConfigureAwait(false);

        if (args.Count == 1 && args[0] is "-h" or "--help")
        {
            PrintUsage(console.Out);
            return ExitCodes.Ok;
        }

        if (!ReaderOptions.TryParse(args, out var reader, out string? optionError))
        {
            console.Error.WriteLine($"muttsharp: {optionError}");
            PrintUsage(console.Error);
            return ExitCodes.Usage;
        }
        if (reader.QueriesConfiguration)
            return await ConfigQueryCommand.RunAsync(reader, console, cancellationToken).ConfigureAwait(false);
        // As Mutt: a message on the command line is composed on the screen when the input is a terminal, else sent as is.
        if (BatchSendCommand.Applies(reader) && !ReaderCommand.HasTerminal(console))
            return await BatchSendCommand.RunAsync(reader, console, cancellationToken).ConfigureAwait(false);
        return await ReaderCommand.RunAsync(reader, console, cancellationToken).ConfigureAwait(false);
    }

    public static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("usage:");
        writer.WriteLine("  muttsharp [-F muttrc] [-n] [-e cmd] [-m type] [-f folder] [-R] [-y] [-z] [-Z]   the reader, on a terminal");
        writer.WriteLine("  muttsharp [-s subj] [-c cc] [-b bcc] [-a file] [-i file] [-H draft] addr|mailto:url...   compose on the terminal, or send what standard input holds");
        writer.WriteLine("  muttsharp [-n] [-F muttrc] [-e cmd] -D | -Q var | -A alias   print every variable / one variable / an alias as Mutt does");
        foreach (var command in CommandTable.All)
            writer.WriteLine($"  {command.Synopsis}");
    }
}
