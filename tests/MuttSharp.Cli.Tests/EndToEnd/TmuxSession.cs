using System.Diagnostics;
using MuttSharp.Cli.Tests.Support;

namespace MuttSharp.Cli.Tests.EndToEnd;

/// <summary>
/// The real <c>muttsharp</c> running in a private tmux server (its own socket) on a fixed-size
/// <c>xterm-256color</c> terminal: keys go in with <c>send-keys</c>, the screen comes back with
/// <c>capture-pane</c>. Waits poll the screen against a deadline; nothing sleeps a fixed time.
/// </summary>
internal sealed class TmuxSession : IAsyncDisposable
{
    public const string ExitMarker = "MUTTSHARP-EXITED=";

    private readonly string socket = "muttsharp-e2e-" + Guid.NewGuid().ToString("N")[..12];

    private TmuxSession()
    {
    }

    /// <summary>Starts <c>muttsharp ARGS</c> in a <paramref name="width"/> x <paramref name="height"/> terminal.</summary>
    public static async Task<TmuxSession> StartAsync(IEnumerable<string> args, string home, int width = 100, int height = 30)
    {
        var session = new TmuxSession();
        string command = string.Join(' ', new[] { "dotnet", MuttSharpProcess.Binary }.Concat(args).Select(Quote));
        // The shell prints the exit code after muttsharp ends and stays, so the last screen can still be read.
        string script = $"{command}; echo {ExitMarker}$?; sleep 600";
        await session.TmuxAsync("new-session", "-d", "-x", width.ToString(), "-y", height.ToString(),
            "-e", "TERM=xterm-256color", "-e", $"HOME={home}", "-e", "MAIL=", "/bin/sh", "-c", script);
        return session;
    }

    /// <summary>Sends keys as tmux names them (<c>Enter</c>, <c>Escape</c>) or literal text with <paramref name="literal"/>.</summary>
    public Task SendAsync(string keys, bool literal = true) =>
        literal ? TmuxAsync("send-keys", "-t", "0", "-l", keys) : TmuxAsync("send-keys", "-t", "0", keys);

    /// <summary>The screen as text, one line per row.</summary>
    public Task<string> ScreenAsync() => TmuxAsync("capture-pane", "-p", "-t", "0");

    /// <summary>Polls the screen until <paramref name="condition"/> holds; fails with the last screen after <paramref name="timeout"/>.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        string screen = "";
        while (DateTime.UtcNow < deadline)
        {
            screen = await ScreenAsync();
            if (condition(screen))
                return screen;
            await Task.Delay(100);
        }
        throw new TimeoutException($"waited for {what}; the screen was:\n{screen}");
    }

    /// <summary>Waits until <paramref name="text"/> is on the screen.</summary>
    public Task<string> WaitForTextAsync(string text, TimeSpan? timeout = null) =>
        WaitForAsync(s => s.Contains(text, StringComparison.Ordinal), $"\"{text}\"", timeout);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await TmuxAsync("kill-server");
        }
        catch (InvalidOperationException)
        {
            // The server is already gone.
        }
    }

    private async Task<string> TmuxAsync(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(socket);
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("tmux did not start");
        string output = await process.StandardOutput.ReadToEndAsync();
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"tmux {string.Join(' ', args)}: {error}");
        return output;
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''") + "'";
}
