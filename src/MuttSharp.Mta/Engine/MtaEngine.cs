using System.Net;
using System.Security.Cryptography.X509Certificates;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Delivery;
using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Outbound;
using MuttSharp.Mta.Policy;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Smtp;

namespace MuttSharp.Mta.Engine;

/// <summary>
/// The engine assembled: the queue directory, the queue manager with local delivery and outbound SMTP,
/// the recipient policy, and (when started with listeners) the SMTP server; it also watches
/// maildrop/ for local submissions, as Postfix's pickup does.
/// </summary>
public sealed class MtaEngine : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task? queueRun;
    private FileSystemWatcher? maildropWatcher;
    private FileSystemWatcher? flushWatcher;
    private bool ownsPid;

    private readonly X509Certificate2? certificate;
    private readonly DirectDeliverySink sink;

    private MtaEngine(MtaSettings settings, MailLog log, TimeProvider time, QueueStore queue, QueueManager manager, IRecipientPolicy policy, IReadOnlyList<string> problems, X509Certificate2? certificate)
    {
        this.certificate = certificate;
        sink = new DirectDeliverySink(queue, manager);
        Settings = settings;
        Log = log;
        Time = time;
        Queue = queue;
        Manager = manager;
        Policy = policy;
        Problems = problems;
    }

    /// <summary>The settings it runs with.</summary>
    public MtaSettings Settings { get; }

    /// <summary>The maillog.</summary>
    public MailLog Log { get; }

    /// <summary>Its clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The queue directory.</summary>
    public QueueStore Queue { get; }

    /// <summary>The queue manager.</summary>
    public QueueManager Manager { get; }

    /// <summary>The RCPT-time checks.</summary>
    public IRecipientPolicy Policy { get; }

    /// <summary>The SMTP server, once <see cref="Start"/> was given listeners.</summary>
    public SmtpServer? Server { get; private set; }

    /// <summary>Configuration problems met while opening tables (already logged as warnings).</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>
    /// Builds the engine. <paramref name="users"/> defaults to /etc/passwd; <paramref name="outbound"/>
    /// defaults to SMTP through relayhost or MX records; pass <paramref name="time"/> to test retries.
    /// </summary>
    public static MtaEngine Create(MtaSettings settings, MailLog log, TimeProvider? time = null, ISystemUsers? users = null, IOutboundTransport? outbound = null)
    {
        time ??= TimeProvider.System;
        var problems = new List<string>();
        var directory = new RecipientDirectory(settings, users ?? new PasswdFile(), problems.Add);
        var policy = new RecipientPolicy(directory, null, problems.Add);
        problems.AddRange(directory.Problems);
        problems.AddRange(policy.Problems);
        problems.AddRange(policy.Warnings);
        var certificate = ServerCertificate.Load(settings, problems.Add);
        foreach (string problem in problems)
            log.Write("master", $"warning: {problem}");
        var resolver = new RecipientResolver(directory);
        var queue = new QueueStore(settings.QueueDirectory, time);
        var local = new LocalDelivery(settings.MyHostname, settings.MailboxSizeLimit, time);
        outbound ??= new SmtpOutbound(settings, new DnsMxResolver(), log);
        var manager = new QueueManager(queue, settings, resolver, local, outbound, log, time);
        return new MtaEngine(settings, log, time, queue, manager, policy, problems, certificate);
    }

    /// <summary>
    /// The context an SMTP session (or <c>sendmail -bs</c>) runs in: what it accepts is delivered
    /// before 250 when it can be, else queued (<see cref="DirectDeliverySink"/>).
    /// </summary>
    public SmtpSessionContext SessionContext => new(Settings, Policy, sink, Log, Time, certificate);

    /// <summary>One SMTP session over any pair of streams (<c>sendmail -bs</c>: standard input and output).</summary>
    public Task RunSessionAsync(Stream input, Stream output, IPAddress client, CancellationToken cancellationToken)
        => new SmtpSession(SessionContext, input, output, client).RunAsync(cancellationToken);

    /// <summary>
    /// Takes over the queue (recovering from a crash), starts delivering, and listens on
    /// <paramref name="listen"/> (none: queue only). Returns the bound endpoints.
    /// </summary>
    public IReadOnlyList<IPEndPoint> Start(IEnumerable<IPEndPoint> listen, int workers = 4)
    {
        MasterPid.Write(Settings.QueueDirectory);
        ownsPid = true;
        Manager.LoadQueue();
        // After the recovery, which removes the blank files a crash left behind.
        Queue.KeepBlankFiles(Settings.QueueBlankFileCount);
        queueRun = Manager.RunAsync(workers, stopping.Token);
        maildropWatcher = new FileSystemWatcher(Queue.AreaPath(QueueArea.Maildrop)) { EnableRaisingEvents = true };
        maildropWatcher.Renamed += (_, _) => Manager.PickUp();
        maildropWatcher.Created += (_, _) => Manager.PickUp();
        flushWatcher = new FileSystemWatcher(Path.GetDirectoryName(MasterPid.PathFor(Settings.QueueDirectory))!, "flush") { EnableRaisingEvents = true };
        flushWatcher.Created += (_, _) => Manager.Flush();
        flushWatcher.Changed += (_, _) => Manager.Flush();
        var endpoints = listen.ToArray();
        if (endpoints.Length > 0)
        {
            Server = new SmtpServer(SessionContext);
            Server.Start(endpoints);
        }
        Log.Write("master", $"daemon started -- version 0.1.0, configuration {Path.GetDirectoryName(Settings.Parameters.MainCf.Path)}");
        return Server?.Endpoints ?? [];
    }

    /// <summary>Asks the engine running on <paramref name="queueDirectory"/> to try every queued message now (<c>postqueue -f</c>).</summary>
    public static void RequestFlush(string queueDirectory)
        => File.WriteAllText(Path.Combine(Path.GetDirectoryName(MasterPid.PathFor(queueDirectory))!, "flush"), DateTime.UtcNow.ToString("O"));

    /// <summary>Stops listening, lets open sessions close, stops the queue; what is queued stays for the next start.</summary>
    public async ValueTask DisposeAsync()
    {
        maildropWatcher?.Dispose();
        flushWatcher?.Dispose();
        if (Server is not null)
            await Server.DisposeAsync().ConfigureAwait(false);
        Queue.DropBlankFiles();
        await stopping.CancelAsync().ConfigureAwait(false);
        if (queueRun is not null)
            await queueRun.ConfigureAwait(false);
        if (ownsPid)
        {
            MasterPid.Remove(Settings.QueueDirectory);
            Log.Write("master", "terminating on signal 15");
        }
        stopping.Dispose();
        certificate?.Dispose();
    }
}
