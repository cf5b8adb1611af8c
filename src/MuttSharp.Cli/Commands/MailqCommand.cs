using MuttSharp.Mta.Queue;

namespace MuttSharp.Cli.Commands;

/// <summary><c>muttsharp mailq</c>: the queue in Postfix's mailq layout.</summary>
internal sealed class MailqCommand : ICliCommand
{
    public string Name => "mailq";

    public string Synopsis => "muttsharp mailq [-c dir]                 list the mail queue";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string? config = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "-c" && i + 1 < args.Count)
                config = args[++i];
            else
            {
                console.Error.WriteLine("mailq: fatal: usage: mailq [-c config_dir]");
                return ExitCodes.Usage;
            }
        }
        var settings = await EngineEnvironment.LoadAsync(config, console, cancellationToken).ConfigureAwait(false);
        console.Out.Write(QueueListing.Format(new QueueStore(settings.QueueDirectory)));
        return ExitCodes.Ok;
    }
}
