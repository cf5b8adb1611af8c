using System.Net;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Policy;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Smtp;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Smtp;

/// <summary>A real server on 127.0.0.1:0 over a real queue directory, with a given policy and main.cf values.</summary>
internal sealed class SmtpServerFixture : IAsyncDisposable
{
    private readonly TempDirectory directory = new();
    private readonly SmtpServer server;

    public SmtpServerFixture(IRecipientPolicy? policy = null, Dictionary<string, string>? settings = null, IPAddress? bind = null)
    {
        Settings = TestSettings.Create(settings);
        Queue = new QueueStore(Path.Combine(directory.Path, "queue"));
        Log = new StringWriter();
        server = new SmtpServer(new SmtpSessionContext(Settings, policy ?? PolicyStub.AcceptAll, Queue, new MailLog(TextWriter.Synchronized(Log), "mail.example.com"), TimeProvider.System));
        server.Start([new IPEndPoint(bind ?? IPAddress.Loopback, 0)]);
    }

    public MtaSettings Settings { get; }

    public QueueStore Queue { get; }

    public StringWriter Log { get; }

    public IPEndPoint Endpoint => server.Endpoints[0];

    public SmtpServer Server => server;

    /// <summary>Connects and reads the 220 greeting.</summary>
    public async Task<SmtpTestClient> ConnectAsync(IPAddress? from = null)
    {
        var client = await SmtpTestClient.ConnectAsync(Endpoint, from);
        await client.ExpectAsync("220 ");
        return client;
    }

    /// <summary>Every committed message, read back from active/.</summary>
    public IReadOnlyList<QueuedMessage> Queued()
        => Queue.List(QueueArea.Active).Select(id =>
        {
            Assert.True(QueueFile.TryRead(Queue.PathOf(id, QueueArea.Active), out var m, out string error), error);
            return m!;
        }).ToArray();

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        directory.Dispose();
    }
}
