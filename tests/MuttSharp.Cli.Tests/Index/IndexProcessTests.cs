using MuttSharp.Cli.Tests.Support;

namespace MuttSharp.Cli.Tests.Index;

/// <summary>The real binary, run as a script would run it: the same lines as Mutt, and a header cache that a second run uses.</summary>
public sealed class IndexProcessTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "TestData", "Index");
    private readonly string home = Directory.CreateTempSubdirectory("muttsharp-index-process-").FullName;

    public void Dispose() => Directory.Delete(home, recursive: true);

    [Fact]
    public async Task TheBinaryPrintsMuttsIndexAndFillsTheHeaderCache()
    {
        string cache = Path.Combine(home, "hcache");
        string muttrc = Path.Combine(home, "muttrc");
        File.WriteAllText(muttrc, File.ReadAllText(Path.Combine(Data, "muttrc")).Replace("TESTDIR", Data, StringComparison.Ordinal)
            + $"set header_cache=\"{cache}\"\n");
        var environment = new Dictionary<string, string> { ["HOME"] = home, ["LC_ALL"] = "C.UTF-8" };

        var first = await MuttSharpProcess.RunAsync(["index", "-n", "-F", muttrc], environment);
        var second = await MuttSharpProcess.RunAsync(["index", "-n", "-F", muttrc], environment);

        Assert.Equal("", first.Error);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(File.ReadAllLines(Path.Combine(Data, "mutt-threads.txt")), first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(Directory.GetFiles(home, "hcache.*").Length == 1, "the first run leaves the folder's header cache beside the setting");
        Assert.Equal(first.Output, second.Output);
    }
}
