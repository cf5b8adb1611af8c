using MuttSharp.Cli;

namespace MuttSharp.Cli.Tests.Index;

/// <summary>
/// <c>muttsharp index</c> against what Mutt 2.2 itself shows for the same Maildir and muttrc
/// (TestData/Index, captured from Mutt in tmux).
/// </summary>
public sealed class IndexCommandTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "TestData", "Index");
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-index-").FullName;
    private readonly string muttrc;

    public IndexCommandTests()
    {
        muttrc = Path.Combine(home, "muttrc");
        File.WriteAllText(muttrc, File.ReadAllText(Path.Combine(Data, "muttrc")).Replace("TESTDIR", Data, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(home, recursive: true);

    [Theory]
    [InlineData("mutt-threads.txt")]
    [InlineData("mutt-date.txt", "--sort", "date")]
    [InlineData("mutt-limit.txt", "--limit", "~f bob | ~C alice")]
    public async Task PrintsTheLinesMuttShows(string golden, params string[] extra)
    {
        var (code, output, error) = await RunAsync(["-n", "-F", muttrc, .. extra]);

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllLines(Path.Combine(Data, golden)), output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task CountPrintsHowManyMessagesMatch()
    {
        var (code, output, _) = await RunAsync(["-n", "-F", muttrc, "--limit", "~N | ~F", "--count"]);

        Assert.Equal(0, code);
        Assert.Equal("2", output.Trim());
    }

    [Fact]
    public async Task FormatReplacesIndexFormat()
    {
        var (_, output, _) = await RunAsync(["-n", "-F", muttrc, "--sort", "mailbox-order", "--format", "%C|%n|%i"]);

        Assert.Equal(
            ["1|Zoë Krämer|<c3@example.org>", "2|Alice Martin|<a1@example.org>", "3|Bob Stone|<b2@example.org>", "4|Me|<d4@example.org>", "5|Newsletter|<e5@lists.example.net>"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--limit", "~f (", "--limit")]
    [InlineData("--sort", "sideways", "--sort")]
    [InlineData("--bogus", "x", "unknown option: --bogus")]
    public async Task BadArgumentsAreUsageErrorsThatSayWhich(string option, string value, string expected)
    {
        var (code, _, error) = await RunAsync(["-n", "-F", muttrc, option, value]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task AMissingFolderIsReportedNotThrown()
    {
        var (code, _, error) = await RunAsync(["-n", "-F", muttrc, "-f", Path.Combine(home, "nowhere")]);

        Assert.NotEqual(0, code);
        Assert.Contains("nowhere", error);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new Dictionary<string, string> { ["HOME"] = home, ["COLUMNS"] = "100" };
        var console = new CliConsole(TextReader.Null, output, error, name => environment.GetValueOrDefault(name));
        int code = await Dispatcher.RunAsync("muttsharp", ["index", .. args], console, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
