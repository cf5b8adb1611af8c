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
    public async Task NoArgumentsPrintsTheUsageOfEveryCommand()
    {
        var error = new StringWriter();
        int code = await Dispatcher.RunAsync("muttsharp", [], new CliConsole(TextReader.Null, TextWriter.Null, error), CancellationToken.None);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("usage:", error.ToString());
        Assert.Contains("muttsharp index", error.ToString());
        Assert.Contains("muttsharp sendmail", error.ToString());
    }
}
