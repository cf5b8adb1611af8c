using System.Net.Sockets;
using System.Text;

namespace MuttSharp.Cli.Tests.Engine;

public sealed class SmtpdCommandTests
{
    [Fact]
    public async Task ItListensWhereToldSaysWhereAndStopsCleanly()
    {
        using var config = new EngineConfig();
        var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var run = Dispatcher.RunAsync("muttsharp", ["smtpd", "-c", config.ConfigDirectory, "--listen", "127.0.0.1:0"],
            new CliConsole(TextReader.Null, new StringWriter(), TextWriter.Synchronized(error)), stop.Token);
        int port = 0;
        for (int i = 0; i < 400 && port == 0; i++)
        {
            var match = System.Text.RegularExpressions.Regex.Match(error.ToString(), "listening on 127.0.0.1:([0-9]+)");
            if (match.Success)
                port = int.Parse(match.Groups[1].Value);
            else
                await Task.Delay(25);
        }
        Assert.True(port > 0, error.ToString());

        using (var client = new TcpClient())
        {
            await client.ConnectAsync("127.0.0.1", port);
            var stream = client.GetStream();
            var buffer = new byte[512];
            int n = await stream.ReadAsync(buffer);
            Assert.Equal("220 mail.example.com ESMTP MuttSharp\r\n", Encoding.ASCII.GetString(buffer, 0, n));
            await stream.WriteAsync("QUIT\r\n"u8.ToArray());
            n = await stream.ReadAsync(buffer);
            Assert.Equal("221 2.0.0 Bye\r\n", Encoding.ASCII.GetString(buffer, 0, n));
        }

        stop.Cancel();
        Assert.Equal(0, await run);
        Assert.False(File.Exists(Path.Combine(config.Root, "queue", "pid", "master.pid")));
    }

    [Fact]
    public async Task ABadListenAddressIsAUsageError()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await Dispatcher.RunAsync("muttsharp", ["smtpd", "--listen", "nowhere"], new CliConsole(TextReader.Null, TextWriter.Null, error), CancellationToken.None));
        Assert.Contains("usage", error.ToString());
    }
}
