namespace MuttSharp.Core.Config.Muttrc;

/// <summary>What a command run for a backtick or a <c>source cmd|</c> printed, or why it could not run.</summary>
/// <param name="Output">Its standard output.</param>
/// <param name="Error">Null on success; otherwise what went wrong.</param>
internal sealed record ShellResult(string Output, string? Error);
