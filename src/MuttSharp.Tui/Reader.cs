using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Themes;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Tui.Attachments;
using MuttSharp.Tui.Browser;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Index;
using MuttSharp.Tui.Pager;
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
    private AttachmentContext? attachments;

    /// <summary>Builds the reader over a loaded configuration; <paramref name="hasColor"/> is false on terminals without colour.</summary>
    public Reader(MuttConfig config, bool hasColor = true)
    {
        Config = config;
        this.hasColor = hasColor;
        var keys = KeyMuttrcCommands.BuildKeyMaps(config, out string? keyError);
        var keyTimeout = config.GetExtension<KeyConfiguration>().KeyTimeout;
        Functions = new FunctionTable();
        Shell = new ReaderShell(config, keys, Functions, BuildPalette(out string? colorError), keyTimeout);
        Index = new IndexView();
        ApplySettings();
        ListFunctions.Register(Functions);
        ShellFunctions.Register(Functions, _ => Reconfigure());
        IndexFunctions.Register(Functions);
        SessionFunctions.Register(Functions);
        FolderFunctions.Register(Functions, this);
        MessageFunctions.Register(Functions, _ => attachments ??= AttachmentContext.FromConfig(Config, Shell.Palette));
        PagerFunctions.Register(Functions);
        AttachmentFunctions.Register(Functions);
        BrowserFunctions.Register(Functions);
        Functions.Register<IndexView>(KeyMenu.Index, "show-version", (_, call) => call.Shell.Message(Version));
        Shell.DispatcherFor(KeyMenu.Index).TagPrefixRefusal = () => Session is { TaggedCount: > 0 } ? null : "No tagged messages.";
        Shell.Open(Index);
        if (config.Errors.Count > 0)
            Shell.Error(config.Errors[^1].ToString());
        else if ((keyError ?? colorError) is { } error)
            Shell.Error(error);
    }

    /// <summary>MuttSharp's name and version, for <c>show-version</c> and <c>%v</c>.</summary>
    public static string Version => "MuttSharp " + (typeof(Reader).Assembly.GetName().Version?.ToString(3) ?? "");

    /// <summary>The loaded muttrc.</summary>
    public MuttConfig Config { get; }

    /// <summary>Where every function is registered; features add theirs here.</summary>
    public FunctionTable Functions { get; }

    /// <summary>The screen.</summary>
    public ReaderShell Shell { get; }

    /// <summary>The message index.</summary>
    public IndexView Index { get; }

    /// <summary>The open folder, once read.</summary>
    public ReaderSession? Session => Index.Session;

    /// <summary>
    /// Reads <paramref name="folder"/> in the background, showing progress in the status line, then shows its
    /// index and runs the <c>push</c>/<c>exec</c> input the muttrc queued. UI updates go through the attached
    /// application (<see cref="Attach"/>). False when the folder could not be opened (the error is on the screen).
    /// </summary>
    public async Task<bool> OpenFolderAsync(string folder, bool readOnly, CancellationToken cancellationToken = default)
    {
        string pretty = Config.PrettyPath(Config.ExpandPath(folder));
        Post(() =>
        {
            Index.Progress = $"Reading {pretty}...";
            Shell.SetNeedsDraw();
        });
        var progress = new ThrottledProgress(this, p =>
        {
            if (Index.Progress is null)
                return;
            Index.Progress = p.Total > 0 ? $"Reading {pretty}... {p.Done}/{p.Total}" : $"Reading {pretty}...";
            Shell.SetNeedsDraw();
        });
        ReaderSession session;
        try
        {
            var options = new ReaderSessionOptions { ReadOnly = readOnly, Columns = Math.Max(1, Index.Viewport.Width), Version = Version };
            session = await ReaderSession.OpenAsync(Config, folder, options, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Post(() =>
            {
                Index.Progress = "";
                Shell.Error(e.Message);
            });
            return false;
        }
        Post(() =>
        {
            Index.SetSession(session);
            if (session.Warnings.Count > 0)
                Shell.Error(session.Warnings[0]);
            Shell.Feed(Config.GetExtension<KeyConfiguration>().TakePendingInput());
        });
        return true;
    }

    /// <summary>Reads the display variables again (<c>$arrow_cursor</c>, <c>$menu_scroll</c>, ...), after start-up and after <c>:</c>.</summary>
    public void ApplySettings()
    {
        Index.ArrowCursor = Config.GetBool("arrow_cursor");
        Index.ArrowString = Config.Variables.TryFind("arrow_string", out _) ? Config.GetString("arrow_string") : "->";
        Index.Scrolling = new MenuScroll(Config.GetBool("menu_scroll"), (int)Math.Clamp(Config.GetNumber("menu_context"), 0, 1000), Config.GetBool("menu_move_off"));
        Index.Palette = Shell.Palette;
        Index.Refresh();
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

    // After ":": key maps, colours, formats and display variables may all have changed.
    private void Reconfigure()
    {
        Session?.RefreshLines();
        attachments = null;
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
