using MuttSharp.Cli.Tests.Engine;

namespace MuttSharp.Cli.Tests.Show;

/// <summary><c>muttsharp show</c> against Mutt 2.2's own pager screens for the same messages (TestData/Show).</summary>
public sealed class ShowCommandTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "TestData", "Show");
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-show-").FullName;

    public void Dispose() => Directory.Delete(home, recursive: true);

    [Fact]
    public async Task AMultipartMessageLooksAsInMutt()
    {
        var (code, output, error) = await RunAsync(["-n", "-F", Path.Combine(Data, "muttrc"), "-f", Path.Combine(Data, "Maildir"), "1"]);

        Assert.True(code == 0, error);
        Assert.Equal(Golden("mutt-report.txt"), Screen(output));
    }

    [Fact]
    public async Task TheSeedMessageDeliveredByTheEngineLooksAsInMutt()
    {
        using var engine = new EngineConfig();
        string seed = await File.ReadAllTextAsync(Path.Combine(Data, "seed.txt"));
        string message = "From: Nicolas Kovacs <info@microlinux.fr>\nTo: alice@example.com\nSubject: Serveur mail avec Postfix\n"
            + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + seed;
        int sent = await Dispatcher.RunAsync("muttsharp", ["sendmail", "-c", engine.ConfigDirectory, "-t", "-i"],
            EngineConfig.Console(message, new StringWriter(), new StringWriter()), CancellationToken.None);
        Assert.Equal(0, sent);

        var (code, output, error) = await RunAsync(
            ["-n", "-F", Path.Combine(Data, "muttrc-weeded"), "-f", Path.Combine(engine.Root, "vmail", "alice"), "1"]);

        Assert.True(code == 0, error);
        Assert.Equal(Golden("mutt-seed.txt"), Screen(output));
    }

    [Fact]
    public async Task DashHShowsEveryHeader()
    {
        var (_, output, _) = await RunAsync(["-n", "-F", Path.Combine(Data, "muttrc"), "-H", "-f", Path.Combine(Data, "Maildir"), "1"]);

        Assert.StartsWith("From: Alice <alice@example.org>\n", output);
    }

    [Theory]
    [InlineData("2", ExitCodes.DataError, "no message 2")]
    [InlineData("zero", ExitCodes.Usage, "not a message number: zero")]
    [InlineData(null, ExitCodes.Usage, "which message?")]
    public async Task BadNumbersAreReportedNotThrown(string? number, int expectedCode, string expected)
    {
        string[] args = ["-n", "-F", Path.Combine(Data, "muttrc"), "-f", Path.Combine(Data, "Maildir")];
        var (code, _, error) = await RunAsync(number is null ? args : [.. args, number]);

        Assert.Equal(expectedCode, code);
        Assert.Contains(expected, error);
    }

    private static string[] Golden(string name) => File.ReadAllLines(Path.Combine(Data, name));

    // A terminal shows no trailing blanks, and Mutt's screen ends where the message does.
    private static string[] Screen(string output) =>
        output.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()).ToArray();

    private async Task<(int Code, string Output, string Error)> RunAsync(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new Dictionary<string, string> { ["HOME"] = home, ["COLUMNS"] = "80" };
        var console = new CliConsole(TextReader.Null, output, error, name => environment.GetValueOrDefault(name));
        int code = await Dispatcher.RunAsync("muttsharp", ["show", .. args], console, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
