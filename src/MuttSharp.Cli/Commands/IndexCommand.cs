using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading;
using MuttSharp.Core.Search;
using MuttSharp.Core.Sorting;
using MuttSharp.Core.Threading;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// <c>muttsharp index</c>: a folder's index printed without a terminal, one line per message,
/// through the same settings, sorting, threading, limit and <c>$index_format</c> the reader uses.
/// </summary>
internal sealed class IndexCommand : ICliCommand
{
    public string Name => "index";

    public string Synopsis =>
        "muttsharp index [-F rc] [-n] [-e cmd] [-f folder] [--sort S] [--limit PATTERN] [--format FMT] [--count]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        if (!Arguments.TryParse(args, out var arguments, out string? usage))
        {
            console.Error.WriteLine($"muttsharp index: {usage}");
            console.Error.WriteLine($"usage: {Synopsis}");
            return ExitCodes.Usage;
        }

        var config = await FolderCommandStart.LoadConfigAsync(arguments.Files, arguments.SkipSystemFiles, arguments.Commands, console, cancellationToken)
            .ConfigureAwait(false);
        var settings = new ReaderSettings(config);
        if (!settings.TryGetSort(arguments.Sort, out var sort, out string? sortError))
        {
            console.Error.WriteLine($"muttsharp index: --sort: {sortError}");
            return ExitCodes.Usage;
        }
        if (!FormatString.TryParse(arguments.Format ?? settings.IndexFormatText, out var format, out var formatError))
        {
            console.Error.WriteLine($"muttsharp index: index_format: {formatError}");
            return ExitCodes.Config;
        }
        Pattern? limit = null;
        if (arguments.Limit is not null && !PatternParser.TryParse(arguments.Limit, settings.Patterns(), out limit, out var patternError))
        {
            console.Error.WriteLine($"muttsharp index: --limit: {patternError}");
            return ExitCodes.Usage;
        }

        var threading = settings.Threading();
        if (await FolderCommandStart.OpenFolderAsync(Name, settings, arguments.Folder, mailbox =>
            {
                var tree = sort.Threaded || limit is not null ? ThreadTree.Build(mailbox.Messages, threading) : null;
                return new Opened(mailbox, tree, limit is null ? DisplayOrder.Build(mailbox.Messages, sort, threading, limit: null, tree) : null);
            }, console, cancellationToken).ConfigureAwait(false) is not var (mailbox, tree, order))
            return ExitCodes.NoInput;
        foreach (var error in mailbox.Errors)
            console.Error.WriteLine($"muttsharp index: {error}");

        if (order is null)
        {
            var result = await PatternSearch.FilterAsync(mailbox.Messages, limit!, settings.Search(mailbox, tree), null, cancellationToken).ConfigureAwait(false);
            order = DisplayOrder.Build(mailbox.Messages, sort, threading, result.Matched.ToArray(), tree);
        }

        if (arguments.Count)
        {
            console.Out.WriteLine(order.MessageCount);
            return ExitCodes.Ok;
        }
        var options = FormatOptions.Default with
        {
            Columns = Columns(console),
            Culture = PosixLocale.FromEnvironment(),
        };
        var lines = new IndexLines(mailbox, order, format, settings.IndexFormat(mailbox, sort.Threaded), options);
        for (int row = 0; row < lines.Count; row++)
            console.Out.WriteLine(lines.Render(row));
        return ExitCodes.Ok;
    }

    /// <summary>The width that <c>%&gt;</c> and <c>%*</c> fill to: <c>$COLUMNS</c>, else 80 as for a plain terminal.</summary>
    private static int Columns(CliConsole console) =>
        int.TryParse(console.Environment("COLUMNS"), out int columns) && columns > 0 ? columns : 80;

    /// <summary>The folder with its threads, and its order when no limit must be applied first.</summary>
    private sealed record Opened(Mailbox Mailbox, ThreadTree? Tree, DisplayOrder? Order);

    private sealed class Arguments
    {
        public List<string> Files { get; } = [];
        public List<string> Commands { get; } = [];
        public bool SkipSystemFiles { get; private set; }
        public string? Folder { get; private set; }
        public string? Sort { get; private set; }
        public string? Limit { get; private set; }
        public string? Format { get; private set; }
        public bool Count { get; private set; }

        public static bool TryParse(IReadOnlyList<string> args, out Arguments parsed, out string? error)
        {
            parsed = new Arguments();
            error = null;
            for (int i = 0; i < args.Count; i++)
            {
                string arg = args[i];
                switch (arg)
                {
                    case "-n":
                        parsed.SkipSystemFiles = true;
                        continue;
                    case "--count":
                        parsed.Count = true;
                        continue;
                }
                if (i + 1 >= args.Count)
                {
                    error = arg.StartsWith('-') ? $"option {arg} needs a value" : $"unexpected argument: {arg}";
                    return false;
                }
                string value = args[++i];
                switch (arg)
                {
                    case "-F": parsed.Files.Add(value); break;
                    case "-e": parsed.Commands.Add(value); break;
                    case "-f": parsed.Folder = value; break;
                    case "--sort": parsed.Sort = value; break;
                    case "--limit": parsed.Limit = value; break;
                    case "--format": parsed.Format = value; break;
                    default:
                        error = $"unknown option: {arg}";
                        return false;
                }
            }
            return true;
        }
    }
}
