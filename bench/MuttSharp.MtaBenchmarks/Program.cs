using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Engine;
using MuttSharp.Mta.Logging;

// Accepted-and-delivered messages per second on loopback, in the manner of Postfix's
// `smtp-source -s SESSIONS -m MESSAGES -l SIZE` (one new connection per message, no pipelining):
// the engine runs in this process with fsync before 250 and before each Maildir rename.
// Usage: dotnet run -c Release -- [messages] [sizes...]  (defaults: 1000 messages, 1024 and 102400 bytes)
int messages = args.Length > 0 ? int.Parse(args[0]) : 1000;
int[] sizes = args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : [1024, 102400];
int[] sessionCounts = [1, 10, 50];

Console.WriteLine($"{"size",8} {"sessions",8} {"messages",8} {"accepted/s",11} {"delivered/s",12}");
foreach (int size in sizes)
{
    foreach (int sessions in sessionCounts)
    {
        var (accepted, delivered) = await RunAsync(size, sessions, messages);
        Console.WriteLine($"{size,8} {sessions,8} {messages,8} {accepted,11:F0} {delivered,12:F0}");
    }
}

static async Task<(double Accepted, double Delivered)> RunAsync(int size, int sessions, int messages)
{
    string root = Directory.CreateTempSubdirectory("muttsharp-bench").FullName;
    try
    {
        File.WriteAllText(Path.Combine(root, "vmailbox"), "bench@example.com bench/\n");
        string mainCf = $"""
            myhostname = bench.example.com
            mynetworks = 127.0.0.0/8
            alias_maps =
            queue_directory = {Path.Combine(root, "queue")}
            virtual_mailbox_domains = example.com
            virtual_mailbox_base = {Path.Combine(root, "vmail")}
            virtual_mailbox_maps = texthash:{Path.Combine(root, "vmailbox")}
            """;
        var settings = new MtaSettings(new MtaParameters(MainCf.Parse(mainCf, "main.cf"), new HostIdentity("bench.example.com", [])));
        await using var engine = MtaEngine.Create(settings, MailLog.Null);
        var endpoint = engine.Start([new IPEndPoint(IPAddress.Loopback, 0)], workers: 8)[0];
        byte[] body = MessageOf(size);
        string newDir = Path.Combine(root, "vmail", "bench", "new");

        var clock = Stopwatch.StartNew();
        int next = 0;
        await Task.WhenAll(Enumerable.Range(0, sessions).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= messages)
                await SendOneAsync(endpoint, body);
        }));
        double acceptSeconds = clock.Elapsed.TotalSeconds;
        while ((Directory.Exists(newDir) ? Directory.GetFiles(newDir).Length : 0) < messages)
            await Task.Delay(5);
        double deliverSeconds = clock.Elapsed.TotalSeconds;
        return (messages / acceptSeconds, messages / deliverSeconds);
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

static byte[] MessageOf(int size)
{
    var text = new StringBuilder("From: source@example.net\r\nTo: bench@example.com\r\nSubject: benchmark\r\n\r\n");
    while (text.Length < size)
        text.Append("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz\r\n");
    text.Append(".\r\n");
    return Encoding.ASCII.GetBytes(text.ToString());
}

static async Task SendOneAsync(IPEndPoint endpoint, byte[] body)
{
    using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    await socket.ConnectAsync(endpoint);
    await using var stream = new NetworkStream(socket);
    var buffer = new byte[4096];
    async Task ExpectAsync(char first)
    {
        var reply = new StringBuilder();
        while (true)
        {
            int n = await stream.ReadAsync(buffer);
            if (n == 0)
                throw new IOException("server closed the connection");
            reply.Append(Encoding.ASCII.GetString(buffer, 0, n));
            string text = reply.ToString();
            int last = text.LastIndexOf("\r\n", text.Length - 2, StringComparison.Ordinal);
            string lastLine = text[(last < 0 ? 0 : last + 2)..];
            if (text.EndsWith("\r\n", StringComparison.Ordinal) && lastLine.Length > 3 && lastLine[3] == ' ')
            {
                if (lastLine[0] != first)
                    throw new IOException($"unexpected reply: {lastLine}");
                return;
            }
        }
    }
    async Task CommandAsync(string command, char expected)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command));
        await ExpectAsync(expected);
    }
    await ExpectAsync('2');
    await CommandAsync("EHLO source.example.net\r\n", '2');
    await CommandAsync("MAIL FROM:<source@example.net>\r\n", '2');
    await CommandAsync("RCPT TO:<bench@example.com>\r\n", '2');
    await CommandAsync("DATA\r\n", '3');
    await stream.WriteAsync(body);
    await ExpectAsync('2');
    await CommandAsync("QUIT\r\n", '2');
}
