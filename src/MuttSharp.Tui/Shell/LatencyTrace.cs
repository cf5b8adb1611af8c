using System.Diagnostics;
using System.Globalization;
using Terminal.Gui.App;

namespace MuttSharp.Tui.Shell;

/// <summary>
/// A diagnostic for keypress-to-redraw work inside the process: with <c>MUTTSHARP_LATENCY_TRACE</c> naming a file,
/// the time from a key reaching the shell to the end of the frame written after it is recorded for every key, and
/// every 100 keys and on quitting a summary is appended to that file (median, p99, max; garbage collections and
/// their pauses while keys were handled). The wait before a key reaches the shell (Terminal.Gui's input and main-loop pacing) is not
/// in these figures: the end-to-end time is measured from outside, by <c>bench/tui/key-latency.py</c>.
/// </summary>
internal sealed class LatencyTrace
{
    /// <summary>The environment variable naming the file the summary goes to.</summary>
    public const string Variable = "MUTTSHARP_LATENCY_TRACE";

    private readonly string path;
    private readonly List<double> samples = [];
    private IApplication? listening;
    private long keyAt;
    private TimeSpan pausesBefore;
    private int[] collectionsBefore = [];

    private LatencyTrace(string path) => this.path = path;

    /// <summary>The trace asked for by the environment, or null (the usual case: nothing is measured).</summary>
    public static LatencyTrace? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? new LatencyTrace(path) : null;

    /// <summary>A key reached the shell; the next frame written ends its sample.</summary>
    public void KeyArrived(IApplication? app)
    {
        if (app is null)
            return;
        if (!ReferenceEquals(listening, app))
        {
            // A new screen after an external command is a new application instance.
            listening = app;
            app.LayoutAndDrawComplete += (_, _) => FrameWritten();
        }
        if (samples.Count == 0 && keyAt == 0)
        {
            pausesBefore = GC.GetTotalPauseDuration();
            collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        }
        if (keyAt == 0)
            keyAt = Stopwatch.GetTimestamp();
    }

    /// <summary>Appends the summary of the keys so far to the file.</summary>
    public void Write()
    {
        if (samples.Count == 0)
            return;
        var sorted = samples.Order().ToArray();
        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * q))];
        var pauses = GC.GetTotalPauseDuration() - pausesBefore;
        string line = string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Length} keys, key to frame written: median {P(0.5):F2} ms, p99 {P(0.99):F2} ms, max {sorted[^1]:F2} ms; " +
            $"GC while keys were handled: gen0 {GC.CollectionCount(0) - collectionsBefore[0]}, gen1 {GC.CollectionCount(1) - collectionsBefore[1]}, " +
            $"gen2 {GC.CollectionCount(2) - collectionsBefore[2]}, pauses {pauses.TotalMilliseconds:F1} ms; heap {GC.GetTotalMemory(false) / 1048576.0:F0} MiB\n");
        File.AppendAllText(path, line);
    }

    private void FrameWritten()
    {
        if (keyAt == 0)
            return;
        samples.Add(Stopwatch.GetElapsedTime(keyAt).TotalMilliseconds);
        keyAt = 0;
        // A reader killed rather than quit still leaves its figures.
        if (samples.Count % 100 == 0)
            Write();
    }
}
