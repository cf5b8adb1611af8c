using MuttSharp.Core.Config;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// <c>muttsharp [-n] [-F file] [-e cmd] -D</c> prints every variable as Mutt's <c>-D</c> does;
/// <c>-Q var</c> (repeatable) prints those variables as Mutt's <c>-Q</c> does. Configuration errors go to
/// standard error (with <c>echo</c> output, in order), worded as Mutt words them; an unknown variable in <c>-Q</c>
/// stops and exits 1, as in Mutt.
/// </summary>
internal static class ConfigQueryCommand
{
    public static async Task<int> RunAsync(ReaderOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var environment = MuttEnvironment.FromProcess(console.Environment);
        foreach (string file in options.Files)
        {
            if (!File.Exists(Path.GetFullPath(file, environment.WorkingDirectory)) && !file.EndsWith('|'))
            {
                // Mutt reports this one on standard output, before anything else is read.
                console.Out.WriteLine($"{file}: No such file or directory");
                return ExitCodes.Failure;
            }
        }
        var config = await MuttConfigLoader.LoadAsync(options.LoadOptions(environment), cancellationToken).ConfigureAwait(false);

        foreach (string line in config.Log)
            console.Error.WriteLine(line);

        if (options.Queries.Count > 0)
        {
            foreach (string name in options.Queries)
            {
                if (config.QueryVariable(name) is not { } line)
                {
                    console.Error.WriteLine($"{name}: unknown variable");
                    return ExitCodes.Failure;
                }
                console.Out.WriteLine(line);
            }
            return ExitCodes.Ok;
        }
        foreach (string line in config.DumpVariables())
            console.Out.WriteLine(line);
        return ExitCodes.Ok;
    }
}
