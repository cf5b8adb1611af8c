using System.Diagnostics;
using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Folders;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Shell;
using MuttSharp.Tui.Terminal;
using Terminal.Gui.App;

namespace MuttSharp.Tui;

/// <summary>
/// Runs the reader on the terminal until the user quits: reads the muttrc, opens the folder in the background,
/// and hands the terminal over to external commands (<c>!</c>, pipes, printing) by stopping the screen and
/// starting it again afterwards, as Mutt leaves curses mode for them.
/// </summary>
public static class ReaderApp
{
    /// <summary>Runs the reader; returns the process exit code. Errors before the screen starts go to <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(ReaderStartup startup, TextWriter error, CancellationToken cancellationToken = default)
    {
        var trace = StartupTrace.FromEnvironment(error);
        var config = await MuttConfigLoader.LoadAsync(new MuttConfigLoadOptions
        {
            Files = startup.Files,
            SkipSystemFiles = startup.SkipSystemFiles,
            Commands = startup.Commands,
            Environment = startup.Environment ?? MuttEnvironment.FromProcess(),
        }, cancellationToken).ConfigureAwait(false);

        string? folder = startup.Folder;
        if (startup.OpenFirstWithNewMail)
        {
            folder = FirstWithNewMail(config);
            if (folder is null)
            {
                error.WriteLine("No mailbox with new mail.");
                return 1;
            }
        }
        Core.Compose.Draft? seed = null;
        if (startup.Compose is { } buildSeed)
        {
            (seed, string? seedError) = await buildSeed(config, cancellationToken).ConfigureAwait(false);
            if (seed is null)
            {
                error.WriteLine(seedError);
                return 1;
            }
        }
        string path = new ReaderSettings(config).ResolveFolder(folder);
        if (startup.ExitIfEmpty && !startup.MailboxList && (!FolderTree.TryCheckEmpty(path, out bool empty, out string emptyError) || empty))
        {
            error.WriteLine(emptyError.Length > 0 ? emptyError : "Mailbox is empty.");
            return 1;
        }
        trace?.Mark("muttrc read");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Reader? reader = null;
        Task loading = Task.CompletedTask;
        ExternalJob? job = null;
        int jobCode = 0;
        Task<bool>? composing = null;
        // Reading the folder starts now, so that it overlaps Terminal.Gui's start-up rather than following it.
        var progress = new ProgressRelay();
        Task<ReaderSession>? opening = startup.MailboxList || seed is not null || path.Length == 0 ? null
            : ReaderSession.OpenAsync(config, path, new ReaderSessionOptions { ReadOnly = startup.ReadOnly, Version = Reader.Version }, progress,
                progress.Provisional, stop.Token);
        if (trace is not null && opening is not null)
            _ = opening.ContinueWith(_ => trace.Mark("folder read"), TaskScheduler.Default);

        // Terminal.Gui paces its loop at 25 iterations a second by default, which alone puts up to 40 ms
        // between a keypress and its redraw; LoopPacing runs it at 60 a second when idle and 500 while keys arrive.
        Application.MaximumIterationsPerSecond = LoopPacing.IdleRate;
        while (true)
        {
            // The ANSI driver writes each frame at once (FrameOutput) unless a driver is asked for by name
            // (MUTTSHARP_DRIVER=ansi gives Terminal.Gui's own writer).
            using (var app = startup.Driver is null && !OperatingSystem.IsWindows()
                       ? FrameOutput.CreateApplication().Init()
                       : Application.Create().Init(startup.Driver))
            {
                // Keys reach the screen as they are typed rather than at the driver's next look (disposed before the screen).
                using var input = TerminalInput.TakeOver(app);
                IdleCursor.Quieten(app);
                bool hasColor = TerminalCapabilities.Configure(app);
                if (reader is null)
                {
                    trace?.Mark("terminal started");
                    reader = new Reader(config, hasColor);
                    if (startup.Submitter is { } submitter)
                        Compose.ComposeFunctions.Register(reader.Functions, submitter);
                    reader.Attach(app);
                    if (seed is not null)
                        app.AddTimeout(TimeSpan.Zero, () =>
                        {
                            composing = Compose.CommandLineCompose.RunAsync(reader, seed, startup.ComposeFromDraftFile);
                            return false;
                        });
                    else if (startup.MailboxList)
                        reader.Shell.Feed([KeyEvent.Call("browse-mailboxes")]);
                    else if (path.Length > 0)
                        loading = reader.ShowOpeningAsync(path, (sink, provisional) =>
                        {
                            progress.Target = sink;
                            progress.ProvisionalTarget = provisional;
                            return opening!;
                        });
                    else
                        reader.Shell.Error("No mailbox is open: set $spoolfile or use -f.");
                    trace?.Mark("reader built");
                    trace?.Watch(app, reader);
                }
                else
                {
                    reader.Attach(app);
                }
                if (job is { } finished)
                {
                    // The handler that asked for the command resumes on this screen's UI thread.
                    int code = jobCode;
                    app.AddTimeout(TimeSpan.Zero, () =>
                    {
                        finished.Done.TrySetResult(code);
                        return false;
                    });
                }
                app.Run(reader.Shell, e =>
                {
                    reader.Shell.Error(e.Message);
                    return true;
                });
                job = reader.Shell.TakeExternalJob();
                if (job is null)
                {
                    // Background work must not reach the screen after it is gone.
                    stop.Cancel();
                    try
                    {
                        await loading.ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
                reader.Attach(null);
            }
            if (job is null)
                return composing is null || composing is { IsCompletedSuccessfully: true, Result: true } ? 0 : 1;
            jobCode = await ExternalCommand.RunAsync(job, config, cancellationToken).ConfigureAwait(false);
        }
    }

    // Mutt's -Z: the first folder of "mailboxes" holding new mail (a Maildir with files in new/).
    private static string? FirstWithNewMail(MuttConfig config)
    {
        foreach (string mailbox in config.Mailboxes)
        {
            string path = config.ExpandPath(mailbox);
            if (FolderTree.Detect(path) == MailboxFormat.Maildir
                && Directory.Exists(Path.Combine(path, "new"))
                && Directory.EnumerateFiles(Path.Combine(path, "new")).Any())
                return path;
        }
        return null;
    }

    /// <summary>
    /// <c>MUTTSHARP_TRACE_STARTUP=1</c>: the time since the process started at each start-up phase, one line each on
    /// standard error (redirect it, since the screen is the terminal), with the garbage collections so far, so that a
    /// slow first screen can be taken apart.
    /// </summary>
    private sealed class StartupTrace(TextWriter output, DateTime processStart)
    {
        public static StartupTrace? FromEnvironment(TextWriter output)
        {
            if (Environment.GetEnvironmentVariable("MUTTSHARP_TRACE_STARTUP") is not { Length: > 0 } value || value == "0")
                return null;
            var trace = new StartupTrace(output, Process.GetCurrentProcess().StartTime);
            trace.Mark("reader entered");
            return trace;
        }

        // Each line also gives the collections so far, the time the program stood still for them, and the heap.
        public void Mark(string phase)
        {
            string collections = $"gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, "
                + $"heap {GC.GetTotalMemory(false) / 1048576.0:F1} MiB, committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0:F1} MiB";
            lock (output)
                output.WriteLine($"startup: {(DateTime.Now - processStart).TotalMilliseconds,7:F1} ms  {phase,-22} {collections}");
        }

        // The first screen drawn, and the first that shows the folder: the two a user sees.
        public void Watch(IApplication app, Reader reader)
        {
            bool drawn = false, folderShown = false;
            app.LayoutAndDrawComplete += (_, _) =>
            {
                if (!drawn)
                {
                    drawn = true;
                    Mark("first screen drawn");
                }
                if (!folderShown && reader.Session is not null)
                {
                    folderShown = true;
                    Mark("folder's screen drawn");
                }
            };
        }
    }

    /// <summary>
    /// Progress, and a session shown before its cache is validated, reported before the screen exists are dropped
    /// (the final session follows); once the reader listens, they are passed on.
    /// </summary>
    private sealed class ProgressRelay : IProgress<LoadProgress>
    {
        private volatile IProgress<LoadProgress>? target;
        private volatile Action<ReaderSession>? provisionalTarget;

        public IProgress<LoadProgress>? Target
        {
            set => target = value;
        }

        public Action<ReaderSession>? ProvisionalTarget
        {
            set => provisionalTarget = value;
        }

        public void Report(LoadProgress value) => target?.Report(value);

        public void Provisional(ReaderSession session) => provisionalTarget?.Invoke(session);
    }
}
