using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MuttSharp.Mta.Smtp;

/// <summary>
/// Listens on the configured addresses and runs one <see cref="SmtpSession"/> per connection on async
/// I/O, enforcing smtpd_client_connection_count_limit per client address (clients in mynetworks are
/// exempt, as Postfix's smtpd_client_event_limit_exceptions default makes them).
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly SmtpSessionContext context;
    private readonly List<Socket> listeners = [];
    private readonly List<Task> acceptLoops = [];
    private readonly ConcurrentDictionary<Task, bool> sessions = new();
    private readonly ConcurrentDictionary<IPAddress, int> perClient = new();
    private readonly CancellationTokenSource stopping = new();
    // Sessions running now, read at every command by the busy read (sessions.Count would take all the dictionary's locks).
    private int open;

    /// <summary>The runtime's switch (read once, at the process's first socket operation) that runs socket completions inline.</summary>
    internal const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>
    /// A session's socket work runs on the runtime's socket event threads instead of being handed to
    /// the thread pool at every read: a message is half a dozen short commands, and each hand-over
    /// is a thread woken and switched to, which on two busy cores cost more than the commands. A
    /// session never blocks there: its file work moves onto the sync threads. An operator's own
    /// setting of the variable is left as it is.
    /// </summary>
    static SmtpServer()
    {
        if (Environment.GetEnvironmentVariable(InlineCompletions) is not null)
            return;
        Environment.SetEnvironmentVariable(InlineCompletions, "1");
        SetInlineCompletions = true;
    }

    /// <summary>True when the engine set <see cref="InlineCompletions"/> itself: the commands it runs do not inherit it.</summary>
    internal static bool SetInlineCompletions { get; private set; }

    /// <summary>A server that will accept with <paramref name="context"/>'s settings, policy and queue.</summary>
    public SmtpServer(SmtpSessionContext context) => this.context = context;

    /// <summary>The addresses actually bound (a port 0 request becomes the port the system chose).</summary>
    public IReadOnlyList<IPEndPoint> Endpoints => listeners.Select(l => (IPEndPoint)l.LocalEndPoint!).ToArray();

    /// <summary>Sessions open now.</summary>
    public int ActiveSessions => sessions.Count;

    /// <summary>Binds every endpoint and starts accepting; throws <see cref="SocketException"/> when one cannot be bound.</summary>
    public void Start(IEnumerable<IPEndPoint> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            if (endpoint.AddressFamily == AddressFamily.InterNetworkV6)
                socket.DualMode = endpoint.Address.Equals(IPAddress.IPv6Any);
            socket.Bind(endpoint);
            socket.Listen(512);
            listeners.Add(socket);
        }
        foreach (var socket in listeners)
            acceptLoops.Add(AcceptLoopAsync(socket, stopping.Token));
    }

    private async Task AcceptLoopAsync(Socket listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (cancellationToken.IsCancellationRequested)
                    return;
                continue;
            }
            client.NoDelay = true;
            var task = RunSessionAsync(client, cancellationToken);
            sessions[task] = true;
            // Forgotten on the thread that ends the session: a work item for it would wake a pool thread per connection.
            _ = task.ContinueWith(t => sessions.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Runs on the accept loop's thread up to the session's first read that waits (the greeting is sent by then).</summary>
    private async Task RunSessionAsync(Socket client, CancellationToken cancellationToken)
    {
        var remote = (IPEndPoint)client.RemoteEndPoint!;
        var address = remote.Address.IsIPv4MappedToIPv6 ? remote.Address.MapToIPv4() : remote.Address;
        int count = perClient.AddOrUpdate(address, 1, (_, n) => n + 1);
        Interlocked.Increment(ref open);
        try
        {
            await using var stream = new NetworkStream(client, ownsSocket: true);
            int limit = context.Settings.SmtpdClientConnectionCountLimit;
            if (limit > 0 && count > limit && !context.Settings.MyNetworks.Contains(address))
            {
                context.Log.Write("smtpd", $"warning: Connection concurrency limit exceeded: {count} from {(IPAddress.IsLoopback(address) ? "localhost" : "unknown")}[{address}] for service smtp");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(SmtpReplies.TooManyConnections(context.Settings.MyHostname).ToWire()), cancellationToken).ConfigureAwait(false);
                return;
            }
            var session = new SmtpSession(context, stream, stream, address)
            {
                BusyRead = new BusyRead(client, context.Settings.SmtpdBusyRead, () => Volatile.Read(ref open) == 1, TimeProvider.System),
            };
            await session.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A connection that breaks ends its session only.
        }
        finally
        {
            Interlocked.Decrement(ref open);
            perClient.AddOrUpdate(address, 0, (_, n) => n - 1);
            if (perClient.TryGetValue(address, out int left) && left <= 0)
                perClient.TryRemove(new KeyValuePair<IPAddress, int>(address, left));
        }
    }

    /// <summary>Stops listening, tells open sessions to close (421) and waits for them.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        foreach (var listener in listeners)
            listener.Dispose();
        await Task.WhenAll(acceptLoops).ConfigureAwait(false);
        await Task.WhenAll(sessions.Keys.ToArray()).ConfigureAwait(false);
        stopping.Dispose();
    }
}
