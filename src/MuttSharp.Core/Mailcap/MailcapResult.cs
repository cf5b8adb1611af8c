namespace MuttSharp.Core.Mailcap;

/// <summary>How a mailcap command ended.</summary>
/// <param name="ExitCode">Its exit status (-1 when it could not start or was killed).</param>
/// <param name="Output">Its standard output, up to the output limit.</param>
/// <param name="Error">Its standard error, up to the output limit, or why it could not run.</param>
public sealed record MailcapResult(int ExitCode, string Output, string Error);
