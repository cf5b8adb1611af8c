using MuttSharp.Mta.Config;
using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tables;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// <c>muttsharp postmap</c>, as Postfix's postmap(1): <c>postmap [hash:]file...</c> builds the index
/// <c>hash:</c> tables read (<c>file.db</c>), warning about bad lines by number; <c>postmap -q key
/// type:name</c> looks a key up in any supported table and prints the value (exit 1 when absent).
/// </summary>
internal sealed class PostmapCommand : ICliCommand
{
    public string Name => "postmap";

    public string Synopsis => "muttsharp postmap [-c dir] [-q key] [hash:]file...   build or query a lookup table";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string? query = null;
        var tables = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "-c" && i + 1 < args.Count)
                i++; // The configuration directory does not change how a table is read.
            else if (args[i] == "-q" && i + 1 < args.Count)
                query = args[++i];
            else if (args[i].StartsWith('-'))
                return Usage(console, $"invalid option: {args[i]}");
            else
                tables.Add(args[i]);
        }
        if (tables.Count == 0)
            return Usage(console, "missing table name");
        return query is null
            ? await BuildAsync(tables, console, cancellationToken).ConfigureAwait(false)
            : await QueryAsync(query, tables, console, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> BuildAsync(IReadOnlyList<string> tables, CliConsole console, CancellationToken cancellationToken)
    {
        foreach (string table in tables)
        {
            int colon = table.IndexOf(':');
            string type = colon < 0 ? "hash" : table[..colon];
            string path = colon < 0 ? table : table[(colon + 1)..];
            if (type != "hash")
            {
                console.Error.WriteLine($"postmap: fatal: unsupported dictionary type: {type} (postmap builds hash: tables)");
                return ExitCodes.Failure;
            }
            var result = await TableIndexBuilder.BuildAsync(path, TableSyntax.Map, null, writeIndex: true, cancellationToken).ConfigureAwait(false);
            foreach (var warning in result.Warnings)
                console.Error.WriteLine($"postmap: warning: {warning}");
            if (result.Fatal is not null)
            {
                console.Error.WriteLine($"postmap: fatal: {result.Fatal}");
                return ExitCodes.Failure;
            }
        }
        return ExitCodes.Ok;
    }

    private static async Task<int> QueryAsync(string key, IReadOnlyList<string> tables, CliConsole console, CancellationToken cancellationToken)
    {
        var factory = new LookupTableFactory(new PasswdFile(), warning => console.Error.WriteLine($"postmap: warning: {warning}"));
        foreach (string spec in tables)
        {
            string name = spec.Contains(':') ? spec : "hash:" + spec;
            if (!factory.TryOpen(name, "postmap", TableSyntax.Map, out var table, out string error))
            {
                console.Error.WriteLine($"postmap: fatal: {error}");
                return ExitCodes.Failure;
            }
            if (await table.LookupAsync(key, cancellationToken).ConfigureAwait(false) is { } value)
            {
                console.Out.WriteLine(value);
                return ExitCodes.Ok;
            }
        }
        return ExitCodes.Failure;
    }

    private static int Usage(CliConsole console, string problem)
    {
        console.Error.WriteLine($"postmap: {problem}");
        console.Error.WriteLine("usage: postmap [-c config_dir] [-q key] [type:]file...");
        return ExitCodes.Usage;
    }
}
