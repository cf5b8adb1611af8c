namespace MuttSharp.Tui.Shell;

/// <summary>Work that needs the real terminal (<c>!</c>, <c>|</c>, printing, mailcap viewers): the screen is handed back for it.</summary>
/// <param name="Work">What to run; returns an exit code (non-zero always waits for a key).</param>
/// <param name="WaitForKey">Ask for a key afterwards, as <c>$wait_key</c> says.</param>
public sealed record ExternalJob(Func<CancellationToken, Task<int>> Work, bool WaitForKey)
{
    /// <summary>Completed with the exit code once the work ran and the screen is back.</summary>
    public TaskCompletionSource<int> Done { get; } = new();
}
