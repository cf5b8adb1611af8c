using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MuttSharp.Mta.Tests.Smtp;

/// <summary>A raw SMTP client for scripted dialogues: sends exact bytes, reads whole replies.</summary>
internal sealed class SmtpTestClient : IAsyncDisposable
{
    private readonly Socket socket;
    private readonly NetworkStream stream;
    private readonly StringBuilder received = new();
    private readonly byte[] buffer = new byte[8192];

    private SmtpTestClient(Socket socket)
    {
        this.socket = socket;
        stream = new NetworkStream(socket, ownsSocket: true);
    }

    public static async Task<SmtpTestClient> ConnectAsync(IPEndPoint server, IPAddress? from = null)
    {
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (from is not null)
            socket.Bind(new IPEndPoint(from, 0));
        await socket.ConnectAsync(server);
        return new SmtpTestClient(socket);
    }

    /// <summary>The connection itself (to start TLS over it).</summary>
    public NetworkStream Stream => stream;

    public Task SendAsync(string text) => stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

    public Task SendAsync(byte[] bytes) => stream.WriteAsync(bytes).AsTask();

    /// <summary>One whole reply (all its lines), or null when the server closed first.</summary>
    public async Task<string?> ReadReplyAsync(int timeoutSeconds = 10)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (true)
        {
            string text = received.ToString();
            int start = 0;
            while (true)
            {
                int end = text.IndexOf("\r\n", start, StringComparison.Ordinal);
                if (end < 0)
                    break;
                if (end - start >= 4 && text[start + 3] == ' ')
                {
                    received.Remove(0, end + 2);
                    return text[..end];
                }
                start = end + 2;
            }
            int n;
            try
            {
                n = await stream.ReadAsync(buffer, cts.Token);
            }
            catch (IOException)
            {
                n = 0;
            }
            if (n == 0)
                return null;
            received.Append(Encoding.UTF8.GetString(buffer, 0, n));
        }
    }

    /// <summary>The last line of the next reply (its code and text).</summary>
    public async Task<string> ExpectAsync(string prefix)
    {
        string? reply = await ReadReplyAsync();
        Assert.NotNull(reply);
        string last = reply!.Split("\r\n")[^1];
        Assert.StartsWith(prefix, last);
        return reply;
    }

    /// <summary>True when the server closed the connection (reading gives end of stream).</summary>
    public async Task<bool> IsClosedAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return await stream.ReadAsync(buffer, cts.Token) == 0;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        return stream.DisposeAsync();
    }
}
