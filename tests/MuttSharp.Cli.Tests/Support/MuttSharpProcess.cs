using System.Diagnostics;

namespace MuttSharp.Cli.Tests.Support;

/// <summary>Runs the real <c>muttsharp</c> binary built beside the tests, as a user's shell would.</summary>
internal static class MuttSharpProcess
{
    public static string Binary { get; } = Path.Combine(AppContext.BaseDirectory, "muttsharp.dll");

    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs <c>muttsharp ARGS</c> with <paramref name="environment"/> added to the test's, feeding <paramref name="input"/>.</summary>
    public static async Task<Result> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null,
        string? input = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Binary);
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
            await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();

        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"muttsharp {string.Join(' ', start.ArgumentList.Skip(1))} did not finish");
        }
        return new Result(process.ExitCode, await output, await error);
    }
}
