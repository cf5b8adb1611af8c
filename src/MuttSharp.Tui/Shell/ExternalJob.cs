namespace MuttSharp.Tui.Shell;

/// <summary>A command to run with the screen handed back to the terminal (<c>!</c>, <c>|</c>, printing, mailcap viewers).</summary>
/// <param name="CommandLine">The command, run by <c>$shell -c</c>.</param>
/// <param name="FeedInput">Writes the command's standard input; null leaves the terminal as its input.</param>
/// <param name="WaitForKey">Ask for a key afterwards (as <c>$wait_key</c> says; always after a failure).</param>
public sealed record ExternalJob(string CommandLine, Func<Stream, CancellationToken, Task>? FeedInput, bool WaitForKey)
{
    /// <summary>Completed with the exit code once the command ran and the screen is back.</summary>
    public TaskCompletionSource<int> Done { get; } = new();
}
