using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Themes;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading;
using MuttSharp.Core.Sorting;
using MuttSharp.Core.Threading;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Index;
using MuttSharp.Tui.Shell;
using Terminal.Gui.App;

namespace MuttSharp.Tui;

/// <summary>
/// The reader put together: the shell, the index, and every feature's functions registered in one
/// <see cref="FunctionTable"/>. <see cref="OpenFolderAsync"/> reads a folder in the background while the
/// keyboard stays live. A host (<see cref="ReaderApp"/>, or a test with a headless application) runs <see cref="Shell"/>.
/// </summary>
public sealed class Reader
{
    private readonly bool hasColor;
    private readonly List<Action> waiting = [];
    private IApplication? host;
    private ReaderSettings settings;

    /// <summary>Builds the reader over a loaded configuration; <paramref name="hasColor"/> is false on terminals without colour.</summary>
    public Reader(MuttConfig config, bool hasColor = true)
    {
        Config = config;
        this.hasColor = hasColor;
        settings = new ReaderSettings(config);
        var keys = KeyMuttrcCommands.BuildKeyMaps(config, out string? keyError);
        var keyTimeout = config.GetExtension<KeyConfiguration>().KeyTimeout;
        Functions = new FunctionTable();
        Shell = new ReaderShell(config, keys, Functions, BuildPalette(out string? colorError), keyTimeout);
        Status = new IndexStatus(config);
        Index = new IndexView { Status = Status.Render };
        ApplySettings();
        ListFunctions.Register(Functions);
        ShellFunctions.Register(Functions, _ => Reconfigure());
        IndexFunctions.Register(Functions);
        Functions.Register<IndexView>(KeyMenu.Index, "quit", (_, call) => QuitAsync(call, "Quit MuttSharp?"));
        Functions.Register<IndexView>(KeyMenu.Index, "exit", (_, call) => QuitAsync(call, "Exit MuttSharp without saving?"));
        Functions.Register<IndexView>(KeyMenu.Index, "show-version", (_, call) => call.Shell.Message(IndexStatus.Version));
        Shell.Open(Index);
        if (config.Errors.Count > 0)
            Shell.Error(config.Errors[^1].ToString());
        else if ((keyError ?? colorError) is { } error)
            Shell.Error(error);
    }

    /// <summary>The loaded muttrc.</summary>
    public MuttConfig Config { get; }

    /// <summary>Where every function is registered; features add theirs here.</summary>
    public FunctionTable Functions { get; }

    /// <summary>The screen.</summary>
    public ReaderShell Shell { get; }

    /// <summary>The message index.</summary>
    public IndexView Index { get; }

    /// <summary>The index's status line.</summary>
    public IndexStatus Status { get; }

    /// <summary>The open folder, once read.</summary>
    public Mailbox? Mailbox => Index.Content?.Mailbox;

    /// <summary>
    /// Reads <paramref name="folder"/> in the background, showing progress in the status line, then shows its
    /// index and runs the <c>push</c>/<c>exec</c> input the muttrc queued. UI updates go through the attached application (<see cref="Attach"/>).
    /// </summary>
    public async Task OpenFolderAsync(string folder, bool readOnly, CancellationToken cancellationToken = default)
    {
        string pretty = Config.PrettyPath(folder);
        Status.Progress = $"Reading {pretty}...";
        Post(() => Shell.SetNeedsDraw());
        var progress = new ThrottledProgress(this, p =>
        {
            Status.Progress = p.Total > 0 ? $"Reading {pretty}... {p.Done}/{p.Total}" : $"Reading {pretty}...";
            Shell.SetNeedsDraw();
        });
        IndexContent content;
        try
        {
            content = await Task.Run(async () =>
            {
                var mailbox = await new MailboxLoader(settings.Loader(readOnly || Config.GetBool("read_only")))
                    .OpenAsync(folder, progress, cancellationToken).ConfigureAwait(false);
                return Build(mailbox);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Post(() =>
            {
                Status.Progress = null;
                Shell.Error(e.Message);
            });
            return;
        }
        Post(() =>
        {
            Status.Progress = null;
            Index.SetContent(content);
            if (content.Mailbox.Errors.Count > 0)
                Shell.Error($"{content.Mailbox.Errors.Count} messages could not be read: {content.Mailbox.Errors[0]}");
            Shell.Feed(Config.GetExtension<KeyConfiguration>().TakePendingInput());
        });
    }

    /// <summary>Builds the index of <paramref name="mailbox"/> as <c>$sort</c> and the threading variables say.</summary>
    public IndexContent Build(Mailbox mailbox)
    {
        if (!settings.TryGetSort(null, out var sort, out _))
            sort = SortOptions.Default;
        var threading = settings.Threading();
        ThreadTree? tree = sort.Threaded ? ThreadTree.Build(mailbox.Messages, threading) : null;
        var order = DisplayOrder.Build(mailbox.Messages, sort, threading, limit: null, tree);
        if (!FormatString.TryParse(settings.IndexFormatText, out var format, out var formatError))
        {
            Post(() => Shell.Error($"index_format: {formatError}"));
            format = FormatString.Get(Config.Variables.TryFind("index_format", out var definition) ? definition.Default : "%s");
        }
        var options = FormatOptions.Default with { Culture = PosixLocale.FromEnvironment() };
        return new IndexContent(mailbox, order, format, settings.IndexFormat(mailbox, sort.Threaded), options, settings.Search(mailbox, tree));
    }

    /// <summary>Reads the display variables again (<c>$arrow_cursor</c>, <c>$menu_scroll</c>, ...), after start-up and after <c>:</c>.</summary>
    public void ApplySettings()
    {
        Index.ArrowCursor = Config.GetBool("arrow_cursor");
        Index.ArrowString = Config.Variables.TryFind("arrow_string", out _) ? Config.GetString("arrow_string") : "->";
        Index.Scrolling = new MenuScroll(Config.GetBool("menu_scroll"), (int)Math.Clamp(Config.GetNumber("menu_context"), 0, 1000), Config.GetBool("menu_move_off"));
        Index.Palette = Shell.Palette;
    }

    // After ":": key maps, colours and display variables may all have changed.
    private void Reconfigure()
    {
        settings = new ReaderSettings(Config);
        Shell.ReplaceKeys(KeyMuttrcCommands.BuildKeyMaps(Config, out _));
        Shell.Palette = BuildPalette(out _);
        ApplySettings();
        Shell.Redraw();
    }

    private ColorPalette BuildPalette(out string? error)
    {
        var (colors, mono, _) = ThemedColors.Build(Config, ThemeCatalog.ForCurrentUser(), out var errors);
        // A missing default theme is not the user's doing (an install without themes/): Mutt's plain look is used.
        bool chosen = Config.GetString(ThemeSettings.ThemeVariable) != ThemeSettings.DefaultTheme;
        error = errors.Count > 0 && (chosen || errors[0].Line > 0) ? errors[0].ToString() : null;
        return new ColorPalette(colors, mono, hasColor);
    }

    private static async Task QuitAsync(Functions.FunctionCall call, string question)
    {
        if (await call.Shell.AskQuadAsync(question, call.Shell.Config.GetQuad("quit")) == true)
            call.Shell.Quit();
    }

    /// <summary>
    /// Sets the application that runs the screen (null while the terminal is handed to an external command):
    /// background work reaches the screen through it, and what arrived in between runs now.
    /// </summary>
    public void Attach(IApplication? app)
    {
        Action[] pending;
        lock (waiting)
        {
            host = app;
            if (app is null)
                return;
            pending = [.. waiting];
            waiting.Clear();
        }
        foreach (var action in pending)
            app.Invoke(action);
    }

    // Runs on the UI thread of the attached application, or queues until one is attached.
    private void Post(Action action)
    {
        lock (waiting)
        {
            if (host is null)
            {
                waiting.Add(action);
                return;
            }
            host.Invoke(action);
        }
    }

    // Reports at most one progress update at a time to the UI thread, dropping those that pile up.
    private sealed class ThrottledProgress(Reader reader, Action<LoadProgress> show) : IProgress<LoadProgress>
    {
        private int queued;

        public void Report(LoadProgress value)
        {
            if (Interlocked.Exchange(ref queued, 1) == 1)
                return;
            reader.Post(() =>
            {
                Volatile.Write(ref queued, 0);
                show(value);
            });
        }
    }
}
