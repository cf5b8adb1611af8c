using MuttSharp.Mta.Aliases;
using MuttSharp.Mta.Config;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// <c>muttsharp newaliases</c>, as Postfix's newaliases(1): for each table in <c>alias_database</c>,
/// checks the aliases file and reports problems by line
/// (<c>newaliases: warning: /etc/aliases, line 3: need name:value pair</c>), then builds the index the
/// engine reads. The running engine notices the new index on its next lookup.
/// </summary>
internal sealed class NewaliasesCommand : ICliCommand
{
    public string Name => "newaliases";

    public string Synopsis => "muttsharp newaliases [-c dir]   check the aliases file and rebuild its index";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string? directoryOption = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "-c" && i + 1 < args.Count)
            {
                directoryOption = args[++i];
            }
            else
            {
                console.Error.WriteLine($"newaliases: invalid argument: {args[i]}");
                console.Error.WriteLine("usage: newaliases [-c config_dir]");
                return ExitCodes.Usage;
            }
        }
        string directory = ConfigDirectory.Resolve(directoryOption, console.Environment);
        var mainCf = await MainCf.LoadAsync(ConfigDirectory.MainCfPath(directory), cancellationToken).ConfigureAwait(false);
        var settings = new MtaSettings(new MtaParameters(mainCf));
        foreach (string spec in settings.AliasDatabase)
        {
            int colon = spec.IndexOf(':');
            string type = colon < 0 ? "hash" : spec[..colon];
            string path = colon < 0 ? spec : spec[(colon + 1)..];
            if (type is not ("hash" or "texthash"))
            {
                console.Error.WriteLine($"newaliases: fatal: parameter alias_database: unsupported dictionary type: {type}");
                return ExitCodes.Failure;
            }
            var result = await AliasDatabase.BuildAsync(path, writeIndex: type == "hash", cancellationToken).ConfigureAwait(false);
            foreach (var warning in result.Warnings)
                console.Error.WriteLine($"newaliases: warning: {warning}");
            if (result.Fatal is not null)
            {
                console.Error.WriteLine($"newaliases: fatal: {result.Fatal}");
                return ExitCodes.Failure;
            }
        }
        return ExitCodes.Ok;
    }
}
