using MuttSharp.Cli;

namespace MuttSharp.Cli.Tests;

public sealed class DispatcherTests
{
    [Fact]
    public async Task AnUnknownOptionIsAUsageError()
    {
        var error = new StringWriter();
        int code = await Dispatcher.RunAsync("muttsharp", ["--no-such-option"], new CliConsole(TextReader.Null, TextWriter.Null, error), CancellationToken.None);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--no-such-option", error.ToString());
    }

    [Fact]
    public async Task HelpPrintsTheUsageOfEveryCommand()
    {
        var output = new StringWriter();
        int code = await Dispatcher.RunAsync("muttsharp", ["-h"], new CliConsole(TextReader.Null, output, TextWriter.Null), CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.StartsWith("usage:", output.ToString());
        Assert.Contains("muttsharp index", output.ToString());
        Assert.Contains("muttsharp sendmail", output.ToString());
    }

    [Fact]
    public async Task NoArgumentsStartsTheReaderWhichRefusesWithoutATerminal()
    {
        var error = new StringWriter();
        int code = await Dispatcher.RunAsync("muttsharp", [], new CliConsole(TextReader.Null, TextWriter.Null, error), CancellationToken.None);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal("muttsharp: no terminal (stdin/stdout is not a tty); use `muttsharp index` or batch mode", error.ToString().Trim());
    }
}
