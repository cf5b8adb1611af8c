using MimeKit;
using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Model;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// <c>muttsharp [-n] [-F file] [-e cmd] -D</c> prints every variable as Mutt's <c>-D</c> does;
/// <c>-Q var</c> (repeatable) prints those variables as Mutt's <c>-Q</c> does. Configuration errors go to
/// standard error (with <c>echo</c> output, in order), worded as Mutt words them; an unknown variable in <c>-Q</c>
/// stops and exits 1, as in Mutt. <c>-A alias</c> (repeatable) prints what each alias stands for.
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
        if (options.AliasQueries.Count > 0)
            return PrintAliases(options.AliasQueries, config, console);
        foreach (string line in config.DumpVariables())
            console.Out.WriteLine(line);
        return ExitCodes.Ok;
    }

    // Mutt prints each alias's own list, one level deep and normalised; an unknown name is echoed and makes the exit 1.
    private static int PrintAliases(IEnumerable<string> names, MuttConfig config, CliConsole console)
    {
        int code = ExitCodes.Ok;
        foreach (string name in names)
        {
            if (config.FindAlias(name) is not { } alias)
            {
                console.Out.WriteLine(name);
                code = ExitCodes.Failure;
                continue;
            }
            console.Out.WriteLine(InternetAddressList.TryParse(alias.Addresses, out var list)
                ? AddressText.Write(list.Mailboxes.Select(m => new MailAddress(m.Name ?? "", m.Address)).ToList())
                : alias.Addresses);
        }
        return code;
    }
}
