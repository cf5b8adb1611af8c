using BenchmarkDotNet.Attributes;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Model;
using MuttSharp.Core.Search;
using MuttSharp.Core.Sorting;
using MuttSharp.Core.Threading;

namespace MuttSharp.Benchmarks;

/// <summary>The folder operations on a generated 10k-message Maildir, for repeated, statistically sound timings.</summary>
[MemoryDiagnoser]
public class FolderBenchmarks
{
    private string folder = "";
    private string cache = "";
    private Mailbox mailbox = null!;
    private Pattern fromPattern = null!;

    [Params(10_000)]
    public int Messages { get; set; }

    [GlobalSetup]
    public async Task SetUp()
    {
        folder = Path.Combine(Path.GetTempPath(), $"muttsharp-bench-{Messages}");
        if (!Directory.Exists(Path.Combine(folder, "cur")))
            SampleMaildir.Generate(folder, Messages, seed: 1);
        cache = folder + ".hcache";
        mailbox = await new MailboxLoader(new MailboxLoaderOptions { HeaderCache = cache }).OpenAsync(folder);
        PatternParser.TryParse("~f alice", PatternOptions.Default, out var pattern, out _);
        fromPattern = pattern!;
    }

    [Benchmark]
    public Task<Mailbox> ColdOpen() => new MailboxLoader().OpenAsync(folder);

    [Benchmark]
    public Task<Mailbox> WarmOpen() => new MailboxLoader(new MailboxLoaderOptions { HeaderCache = cache }).OpenAsync(folder);

    [Benchmark]
    public DisplayOrder ThreadsAndSort() =>
        DisplayOrder.Build(mailbox.Messages, SortOptions.Default with { Sort = new SortSpec(SortMethod.Threads) }, ThreadOptions.Default);

    [Benchmark]
    public Task<PatternSearchResult> FromLimit() => PatternSearch.FilterAsync(mailbox.Messages, fromPattern, new PatternContext());
}
