using MuttSharp.Core.Mailcap;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading;
using MuttSharp.Core.Rendering;
using MuttSharp.Core.Sorting;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// <c>muttsharp show</c>: message N of a folder (its number in the index, in the configured sort)
/// printed as the pager shows it, for scripts and tests: weeded headers, decoded and wrapped text,
/// attachment banners, <c>$markers</c>. The folder is opened read-only; no flag changes.
/// </summary>
internal sealed class ShowCommand : ICliCommand
{
    public string Name => "show";

    public string Synopsis => "muttsharp show [-F rc] [-n] [-e cmd] [-f folder] [-H] N";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var arguments, out string? usage))
        {
            console.Error.WriteLine($"muttsharp show: {usage}");
            console.Error.WriteLine($"usage: {Synopsis}");
            return ExitCodes.Usage;
        }

        var config = await FolderCommandStart.LoadConfigAsync(arguments.Files, arguments.SkipSystemFiles, arguments.Commands, console, cancellationToken)
            .ConfigureAwait(false);
        var reader = new ReaderSettings(config);
        if (!reader.TryGetSort(null, out var sort, out string? sortError))
        {
            console.Error.WriteLine($"muttsharp show: sort: {sortError}");
            return ExitCodes.Config;
        }
        if (await FolderCommandStart.OpenFolderAsync(Name, reader, arguments.Folder, console, cancellationToken).ConfigureAwait(false) is not { } mailbox)
            return ExitCodes.NoInput;

        var order = DisplayOrder.Build(mailbox.Messages, sort, reader.Threading(), (Predicate<Message>?)null);
        int row = FindRow(order, arguments.Number);
        if (row < 0)
        {
            console.Error.WriteLine($"muttsharp show: no message {arguments.Number} in {mailbox.Path} ({mailbox.Messages.Count} messages)");
            return ExitCodes.DataError;
        }

        var settings = RenderSettings.FromConfig(config);
        var renderer = new MessageRenderer(settings, MailcapAutoViewer.FromConfig(config));
        MessageText text;
        try
        {
            text = await MessageDisplay.RenderAsync(mailbox, mailbox.Messages[order.MessageAt(row)], renderer, settings,
                arguments.AllHeaders, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"muttsharp show: {e.Message}");
            return ExitCodes.NoInput;
        }
        foreach (string line in text.LayoutText(Columns(console)))
            console.Out.WriteLine(line);
        return ExitCodes.Ok;
    }

    // The row whose index number (%C) is the one asked for.
    private static int FindRow(DisplayOrder order, int number)
    {
        for (int row = 0; row < order.Count; row++)
        {
            if (order.SortedPosition(row) + 1 == number)
                return row;
        }
        return -1;
    }

    /// <summary>The screen width the text is wrapped to: <c>$COLUMNS</c>, else 80 as for a plain terminal.</summary>
    private static int Columns(CliConsole console) =>
        int.TryParse(console.Environment("COLUMNS"), out int columns) && columns > 1 ? columns : 80;

    private sealed record Arguments(List<string> Files, List<string> Commands)
    {
        public bool SkipSystemFiles { get; set; }
        public bool AllHeaders { get; set; }
        public string? Folder { get; set; }
        public int Number { get; set; }
    }

    private static bool TryParse(IReadOnlyList<string> args, out Arguments parsed, out string? error)
    {
        parsed = new Arguments([], []);
        error = null;
        string? number = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "-n" or "-H")
            {
                parsed.SkipSystemFiles |= arg == "-n";
                parsed.AllHeaders |= arg == "-H";
                continue;
            }
            if (!arg.StartsWith('-') || arg == "-")
            {
                if (number is not null)
                {
                    error = $"unexpected argument: {arg}";
                    return false;
                }
                number = arg;
                continue;
            }
            if (arg is not ("-F" or "-e" or "-f"))
            {
                error = $"unknown option: {arg}";
                return false;
            }
            if (i + 1 >= args.Count)
            {
                error = $"option {arg} needs a value";
                return false;
            }
            string value = args[++i];
            if (arg == "-F")
                parsed.Files.Add(value);
            else if (arg == "-e")
                parsed.Commands.Add(value);
            else
                parsed.Folder = value;
        }
        if (number is null || !int.TryParse(number, out int n) || n < 1)
        {
            error = number is null ? "which message? give its number" : $"not a message number: {number}";
            return false;
        }
        parsed.Number = n;
        return true;
    }
}
