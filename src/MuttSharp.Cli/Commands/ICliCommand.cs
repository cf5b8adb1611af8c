namespace MuttSharp.Cli.Commands;

/// <summary>A <c>muttsharp</c> sub-command (<c>muttsharp index</c>, <c>muttsharp postconf</c>, ...).</summary>
internal interface ICliCommand
{
    /// <summary>The word after <c>muttsharp</c>, and the program name under which a symlink runs it.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Synopsis { get; }

    /// <summary>Runs the command; returns the process exit code (sysexits where Sendmail and Postfix use them).</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken);
}
