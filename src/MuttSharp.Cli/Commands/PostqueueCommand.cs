using MuttSharp.Mta.Engine;
using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Queue;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// <c>muttsharp postqueue -p</c> lists the queue as mailq; <c>-f</c> flushes it: a running engine is
/// told through <c>pid/flush</c>, otherwise every queued message is tried now in this process.
/// </summary>
internal sealed class PostqueueCommand : ICliCommand
{
    public string Name => "postqueue";

    public string Synopsis => "muttsharp postqueue [-c dir] -f|-p        flush or list the mail queue";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string? config = null;
        char? action = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "-c" && i + 1 < args.Count)
                config = args[++i];
            else if (args[i] is "-f" or "-p")
                action = args[i][1];
            else
            {
                action = null;
                break;
            }
        }
        if (action is null)
        {
            console.Error.WriteLine("postqueue: fatal: usage: postqueue -f | postqueue -p [-c config_dir]");
            return ExitCodes.Usage;
        }
        var settings = await EngineEnvironment.LoadAsync(config, console, cancellationToken).ConfigureAwait(false);
        if (action == 'p')
        {
            console.Out.Write(QueueListing.Format(new QueueStore(settings.QueueDirectory)));
            return ExitCodes.Ok;
        }
        if (MasterPid.RunningPid(settings.QueueDirectory) is not null)
        {
            MtaEngine.RequestFlush(settings.QueueDirectory);
            return ExitCodes.Ok;
        }
        using var log = MailLog.Open(settings.MaillogFile, console.Error, settings.MyHostname, settings.SyslogName);
        await using var engine = MtaEngine.Create(settings, log);
        engine.Manager.LoadQueue();
        engine.Manager.Flush();
        await engine.Manager.RunDueAsync(cancellationToken).ConfigureAwait(false);
        await engine.Manager.RunDueAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
