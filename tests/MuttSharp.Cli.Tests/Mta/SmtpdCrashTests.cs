using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using MuttSharp.Cli.Tests.Engine;
using MuttSharp.Cli.Tests.Support;

namespace MuttSharp.Cli.Tests.Mta;

/// <summary>
/// The real <c>muttsharp smtpd</c> process is killed (SIGKILL) in the middle of a load and started
/// again on the same queue: every message that got <c>250</c> must then be in the Maildir exactly
/// once, and no message (acknowledged or not) twice.
/// </summary>
public sealed partial class SmtpdCrashTests
{
    private const int Sessions = 8;
    private const int KillAfterAcknowledged = 60;

    [Fact]
    public async Task EveryAcknowledgedMessageIsDeliveredExactlyOnceAfterASigkillAndARestart()
    {
        using var config = new EngineConfig();
        var acknowledged = new ConcurrentBag<string>();
        int sent = 0;

        using (var engine = await SmtpdProcess.StartAsync(config.ConfigDirectory))
        {
            using var stopLoad = new CancellationTokenSource();
            var load = Enumerable.Range(0, Sessions).Select(_ => Task.Run(async () =>
            {
                while (!stopLoad.IsCancellationRequested)
                {
                    string messageId = $"<crash-{Interlocked.Increment(ref sent)}@client.example.net>";
                    try
                    {
                        if (await SendAsync(engine.Port, messageId))
                            acknowledged.Add(messageId);
                    }
                    catch (Exception e) when (e is IOException or SocketException)
                    {
                        return; // the engine died under us
                    }
                }
            })).ToArray();
            while (acknowledged.Count < KillAfterAcknowledged && !load.All(t => t.IsCompleted))
                await Task.Delay(5);
            engine.Kill();
            stopLoad.Cancel();
            await Task.WhenAll(load);
        }
        Assert.True(acknowledged.Count >= KillAfterAcknowledged, $"only {acknowledged.Count} messages were acknowledged before the kill");

        using (var restarted = await SmtpdProcess.StartAsync(config.ConfigDirectory))
        {
            var deadline = Stopwatch.StartNew();
            while (!acknowledged.All(id => DeliveredIds(config).Contains(id)) && deadline.Elapsed < TimeSpan.FromSeconds(30))
                await Task.Delay(50);
            await restarted.StopAsync();
        }

        var delivered = DeliveredIds(config);
        string[] lost = acknowledged.Except(delivered).ToArray();
        string[] twice = delivered.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => $"{g.Key} x{g.Count()}").ToArray();
        Assert.True(lost.Length == 0, $"acknowledged but not delivered: {string.Join(", ", lost)}");
        Assert.True(twice.Length == 0, $"delivered more than once: {string.Join(", ", twice)}");
        Assert.Empty(Directory.GetFiles(Path.Combine(config.Root, "queue", "active")));
    }

    private static List<string> DeliveredIds(EngineConfig config)
        => config.Delivered("alice").Select(text => MessageIdHeader().Match(text)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"^Message-ID: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex MessageIdHeader();

    /// <summary>One message on a new connection; true when the server said 250 after DATA.</summary>
    private static async Task<bool> SendAsync(int port, string messageId)
    {
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.ASCII);
        async Task<string> ReplyAsync()
        {
            string? line;
            do
            {
                line = await reader.ReadLineAsync() ?? throw new IOException("connection closed");
            }
            while (line.Length > 3 && line[3] == '-');
            return line;
        }
        async Task<string> SayAsync(string command)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
            return await ReplyAsync();
        }
        if (!(await ReplyAsync()).StartsWith("220", StringComparison.Ordinal)
            || !(await SayAsync("EHLO client.example.net")).StartsWith("250", StringComparison.Ordinal)
            || !(await SayAsync("MAIL FROM:<load@client.example.net>")).StartsWith("250", StringComparison.Ordinal)
            || !(await SayAsync("RCPT TO:<alice@example.com>")).StartsWith("250", StringComparison.Ordinal)
            || !(await SayAsync("DATA")).StartsWith("354", StringComparison.Ordinal))
            return false;
        string body = $"Message-ID: {messageId}\r\nSubject: load\r\n\r\n{new string('x', 2000)}\r\n.";
        bool ok = (await SayAsync(body)).StartsWith("250", StringComparison.Ordinal);
        await stream.WriteAsync("QUIT\r\n"u8.ToArray());
        return ok;
    }
}
