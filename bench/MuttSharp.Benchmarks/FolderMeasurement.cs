using System.Diagnostics;
using MuttSharp.Core.HeaderCache;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;
using MuttSharp.Core.Search;
using MuttSharp.Core.Sorting;
using MuttSharp.Core.Threading;

namespace MuttSharp.Benchmarks;

/// <summary>
/// Times the steps of opening a large folder in one process, as a reader does them once each:
/// a cold open (no header cache), a warm open (cache present), threading and sorting, a <c>~f</c>
/// and a <c>~b</c> limit; then the process's peak resident memory. Whole-process timings of the
/// same steps come from running <c>muttsharp index --count</c> under <c>/usr/bin/time -v</c>.
/// </summary>
internal static class FolderMeasurement
{
    public static async Task<int> RunAsync(string folder, string? cacheFile)
    {
        cacheFile ??= Path.Combine(Path.GetTempPath(), $"muttsharp-bench-{Environment.ProcessId}.hcache");
        File.Delete(cacheFile);

        var cold = await TimeAsync("cold open (no cache)", () => new MailboxLoader(new MailboxLoaderOptions { HeaderCache = cacheFile }).OpenAsync(folder));
        var mailbox = await TimeAsync("warm open (cache)", () => new MailboxLoader(new MailboxLoaderOptions { HeaderCache = cacheFile }).OpenAsync(folder));
        Console.WriteLine($"  {mailbox.Messages.Count} messages ({cold.Messages.Count} on the cold open)");
        cold = null!;

        var sort = SortOptions.Default with { Sort = new SortSpec(SortMethod.Threads) };
        await TimeAsync("threads + sort", () => Task.FromResult(DisplayOrder.Build(mailbox.Messages, sort, ThreadOptions.Default)));
        await TimeAsync("date sort", () => Task.FromResult(DisplayOrder.Build(mailbox.Messages, SortOptions.Default, ThreadOptions.Default)));

        await LimitAsync(mailbox, "~f alice");
        await LimitAsync(mailbox, "~b zebra-crossing-never-written");
        File.Delete(cacheFile);

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"peak working set: {self.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB");
        return 0;
    }

    /// <summary>
    /// Each step of a warm open <paramref name="runs"/> times in one process, so that the first run
    /// shows the compilation cost and the later ones the steady cost; the cache is built first if missing.
    /// </summary>
    public static async Task<int> PhasesAsync(string folder, string cacheFile, int runs)
    {
        folder = Path.GetFullPath(folder);
        var options = new MailboxLoaderOptions { HeaderCache = cacheFile };
        var threads = SortOptions.Default with { Sort = new SortSpec(SortMethod.Threads) };
        for (int run = 0; run < runs; run++)
        {
            Console.WriteLine($"run {run + 1}");
            await TimeAsync("  scan", () => Task.FromResult(MaildirScanner.Scan(folder, new List<MailboxError>())));
            await TimeAsync("  cache load", () => Task.FromResult(HeaderCacheStore.Load(HeaderCacheStore.FileFor(cacheFile, folder), folder)));
            var mailbox = await TimeAsync("  warm open", () => new MailboxLoader(options).OpenAsync(folder));
            var gc = GC.GetGCMemoryInfo();
            Console.WriteLine($"  heap: {GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0):F0} MiB live after a full collection, {gc.HeapSizeBytes / (1024.0 * 1024.0):F0} MiB at the last collection, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F0} MiB");
            await TimeAsync("  date sort", () => Task.FromResult(DisplayOrder.Build(mailbox.Messages, SortOptions.Default, ThreadOptions.Default)));
            await TimeAsync("  threads + sort", () => Task.FromResult(DisplayOrder.Build(mailbox.Messages, threads, ThreadOptions.Default)));
        }
        return 0;
    }

    private static async Task LimitAsync(Mailbox mailbox, string text)
    {
        if (!PatternParser.TryParse(text, PatternOptions.Default, out var pattern, out var error))
            throw new InvalidOperationException(error?.ToString());
        var context = new PatternContext { OpenMessage = (m, ct) => ValueTask.FromResult(MessageFile.OpenRead(mailbox, m)) };
        var result = await TimeAsync($"limit {text}", () => PatternSearch.FilterAsync(mailbox.Messages, pattern!, context));
        Console.WriteLine($"  {result.Matches.Count} matches, {result.FilesRead} files read");
    }

    private static async Task<T> TimeAsync<T>(string what, Func<Task<T>> step)
    {
        // Processor time beside wall time: on a shared machine the wall clock also counts other people's work.
        // Allocations and collections too: they move less with the machine's load than either clock.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        var result = await step();
        Console.WriteLine($"{what}: {clock.Elapsed.TotalMilliseconds:F0} ms ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms processor, "
            + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F1} MiB allocated, {GC.CollectionCount(0) - gen0} collections, {GC.CollectionCount(2) - gen2} of them full)");
        return result;
    }
}
