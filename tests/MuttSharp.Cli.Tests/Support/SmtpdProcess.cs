using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace MuttSharp.Cli.Tests.Support;

/// <summary><c>muttsharp smtpd</c> as its own process, listening on a port of the system's choosing.</summary>
internal sealed class SmtpdProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder error = new();

    private SmtpdProcess(Process process) => this.process = process;

    public int Port { get; private set; }

    public static async Task<SmtpdProcess> StartAsync(string configDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in (string[])[MuttSharpProcess.Binary, "smtpd", "-c", configDirectory, "--listen", "127.0.0.1:0"])
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var engine = new SmtpdProcess(Process.Start(start)!);
        engine.process.ErrorDataReceived += (_, e) =>
        {
            lock (engine.error)
                engine.error.AppendLine(e.Data);
        };
        engine.process.BeginErrorReadLine();
        engine.process.BeginOutputReadLine();
        var deadline = Stopwatch.StartNew();
        while (engine.Port == 0 && deadline.Elapsed < TimeSpan.FromSeconds(30) && !engine.process.HasExited)
        {
            string text;
            lock (engine.error)
                text = engine.error.ToString();
            var match = Regex.Match(text, "listening on 127.0.0.1:([0-9]+)");
            if (match.Success)
                engine.Port = int.Parse(match.Groups[1].Value);
            else
                await Task.Delay(25);
        }
        Assert.True(engine.Port > 0, $"smtpd did not start: {engine.error}");
        return engine;
    }

    /// <summary>SIGKILL: no chance to finish anything.</summary>
    public void Kill()
    {
        process.Kill();
        process.WaitForExit();
    }

    /// <summary>SIGTERM, and wait for the clean exit.</summary>
    public async Task StopAsync()
    {
        using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await term.WaitForExitAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(deadline.Token);
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill();
        process.Dispose();
    }
}
