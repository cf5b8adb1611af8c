namespace MuttSharp.Cli;

/// <summary>
/// The process's standard streams and environment, passed to every command so that tests can run
/// commands in-process with their own streams, directories and variables.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(TextReader input, TextWriter output, TextWriter error, Func<string, string?>? environment = null)
    {
        In = input;
        Out = output;
        Error = error;
        Environment = environment ?? System.Environment.GetEnvironmentVariable;
    }

    public TextReader In { get; }
    public TextWriter Out { get; }
    public TextWriter Error { get; }

    /// <summary>Looks up an environment variable (HOME, MAIL_CONFIG, ...).</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>The raw standard input, for commands that read message bytes (sendmail).</summary>
    public Stream? InputStream { get; init; }

    public static CliConsole FromProcess() => new(Console.In, Console.Out, Console.Error)
    {
        InputStream = Console.OpenStandardInput(),
    };
}
