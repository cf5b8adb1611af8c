using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using MuttSharp.Mta.Engine;
using MuttSharp.Mta.Logging;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// <c>muttsharp smtpd [-c dir] [--listen addr:port]...</c>: the engine in the foreground, listening where
/// master.cf (or inet_interfaces on port 25) says unless <c>--listen</c> overrides it. Prints
/// <c>listening on ADDR:PORT</c> on standard error for each socket (port 0 shows the chosen port);
/// SIGTERM or Ctrl-C stops it cleanly, leaving the queue for the next start.
/// </summary>
internal sealed class SmtpdCommand : ICliCommand
{
    /// <summary>Pool threads kept ready: Postfix's default_process_limit, the sessions it serves at once.</summary>
    private const int MinimumThreads = 100;

    public string Name => "smtpd";

    public string Synopsis => "muttsharp smtpd [-c dir] [--listen addr:port]...   run the mail engine in the foreground";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string? config = null;
        var listen = new List<IPEndPoint>();
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "-c" && i + 1 < args.Count)
                config = args[++i];
            else if (args[i] == "--listen" && i + 1 < args.Count && TryParseEndpoint(args[++i], out var endpoint))
                listen.Add(endpoint);
            else
            {
                console.Error.WriteLine($"smtpd: fatal: usage: muttsharp smtpd [-c dir] [--listen addr:port]... (at \"{args[i]}\")");
                return ExitCodes.Usage;
            }
        }
        var settings = await EngineEnvironment.LoadAsync(config, console, cancellationToken).ConfigureAwait(false);
        using var log = MailLog.Open(settings.MaillogFile, console.Error, settings.MyHostname, settings.SyslogName);
        foreach (var problem in settings.Problems)
            log.Write("master", $"warning: {problem}");
        if (MasterPid.RunningPid(settings.QueueDirectory) is int other)
        {
            console.Error.WriteLine($"smtpd: fatal: the mail system is already running (pid {other}) on {settings.QueueDirectory}");
            return ExitCodes.TempFail;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);

        // Every session waits in fsync (a blocking call) before its 250: without spare threads, 50
        // sessions committing at once would wait for the pool to grow instead of for the disk.
        ThreadPool.GetMinThreads(out int workerThreads, out int completionThreads);
        ThreadPool.SetMinThreads(Math.Max(workerThreads, MinimumThreads), completionThreads);
        await using var engine = MtaEngine.Create(settings, log);
        IReadOnlyList<IPEndPoint> bound;
        try
        {
            bound = engine.Start(listen.Count > 0 ? listen : settings.ResolveListenEndpoints(), workers: Math.Max(4, Environment.ProcessorCount * 2));
        }
        catch (SocketException e)
        {
            console.Error.WriteLine($"smtpd: fatal: bind: {e.Message}");
            return ExitCodes.TempFail;
        }
        foreach (var endpoint in bound)
            console.Error.WriteLine($"listening on {Format(endpoint)}");
        await console.Error.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // SIGTERM, Ctrl-C, or the caller: shut down below.
        }
        return ExitCodes.Ok;
    }

    private static string Format(IPEndPoint endpoint) => endpoint.AddressFamily == AddressFamily.InterNetworkV6
        ? $"[{endpoint.Address}]:{endpoint.Port}" : $"{endpoint.Address}:{endpoint.Port}";

    /// <summary><c>127.0.0.1:2525</c>, <c>[::1]:25</c>, <c>0.0.0.0:25</c>.</summary>
    internal static bool TryParseEndpoint(string text, out IPEndPoint endpoint)
    {
        endpoint = null!;
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
            return false;
        string host = text[..colon].Trim('[', ']');
        if (host == "localhost")
            host = "127.0.0.1";
        if (!IPAddress.TryParse(host, out var address))
            return false;
        endpoint = new IPEndPoint(address, port);
        return true;
    }
}
