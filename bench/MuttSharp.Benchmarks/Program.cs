using System.Diagnostics;
using BenchmarkDotNet.Running;
using MuttSharp.Benchmarks;
using MuttSharp.Core.Mailboxes;

// generate DIR COUNT [SEED]        writes a realistic Maildir of COUNT messages
// phases DIR CACHEFILE [RUNS]      the warm open's steps (scan, cache load, open, date sort, threads) RUNS times each
// measure DIR [CACHEFILE]          one process: cold open, warm open, threads + sort, ~f and ~b limits, peak memory
// (anything else)                  BenchmarkDotNet on a generated 10k-message Maildir
if (args is ["generate", var dir, var count, ..])
{
    var clock = Stopwatch.StartNew();
    SampleMaildir.Generate(dir, int.Parse(count), args.Length > 3 ? int.Parse(args[3]) : 1);
    Console.WriteLine($"generated {count} messages in {dir} in {clock.Elapsed.TotalSeconds:F1} s");
    return 0;
}
if (args is ["phases", var phasesFolder, var phasesCache, ..])
    return await FolderMeasurement.PhasesAsync(phasesFolder, phasesCache, args.Length > 3 ? int.Parse(args[3]) : 5);
if (args is ["measure", var folder, ..])
    return await FolderMeasurement.RunAsync(folder, args.Length > 2 ? args[2] : null);

BenchmarkSwitcher.FromAssembly(typeof(FolderBenchmarks).Assembly).Run(args);
return 0;
