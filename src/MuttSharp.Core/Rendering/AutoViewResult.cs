namespace MuttSharp.Core.Rendering;

/// <summary>What an <c>auto_view</c> command printed for a part.</summary>
/// <param name="Command">The command as the mailcap wrote it (for the <c>[-- Autoview using ... --]</c> banner).</param>
/// <param name="Output">Its standard output.</param>
/// <param name="Error">Its standard error (shown under its own banner when not empty).</param>
public sealed record AutoViewResult(string Command, string Output, string Error);
