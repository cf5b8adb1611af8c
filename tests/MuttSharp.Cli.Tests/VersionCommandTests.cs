using MuttSharp.Cli;

namespace MuttSharp.Cli.Tests;

public sealed class VersionCommandTests
{
    [Fact]
    public async Task DashVPrintsTheVersionAndEveryLibrary()
    {
        var output = new StringWriter();
        int code = await Dispatcher.RunAsync("muttsharp", ["-v"], new CliConsole(TextReader.Null, output, TextWriter.Null), CancellationToken.None);

        Assert.Equal(0, code);
        string text = output.ToString();
        Assert.StartsWith("MuttSharp 0.1.0", text);
        foreach (string library in new[] { "MimeKit", "MailKit", "Terminal.Gui", "Tomlyn", "Microsoft.Data.Sqlite" })
            Assert.Matches($"(?m)^{System.Text.RegularExpressions.Regex.Escape(library)}: [0-9]+\\.[0-9]+", text);
    }
}
