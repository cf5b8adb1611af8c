using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Themes;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Mailboxes.Watching;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Reading.Session.Browsing;
using MuttSharp.Tui.Attachments;
using MuttSharp.Tui.Browser;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Index;
using MuttSharp.Tui.Pager;
using MuttSharp.Tui.Shell;
using MuttSharp.Tui.Sidebar;
using Terminal.Gui.App;

namespace MuttSharp.Tui;

/// <summary>
/// The reader put together: the shell, the index, and every feature's functions registered in one
/// <see cref="FunctionTable"/>. <see cref="OpenFolderAsync"/> reads a folder in the background while the
/// keyboard stays live; while a folder is open, new mail in it and in the <c>mailboxes</c> is noticed. A host (<see cref="ReaderApp"/>, or a test with a headless application) runs <see cref="Shell"/>.
/// </summary>
public sealed class Reader
{
    private readonly bool hasColor;
    private readonly List<Action> waiting = [];
    private IApplication? host;
    private AttachmentContext? attachments;
    private FolderWatch? watch;

    // How many openings were started: only the latest may put its folder on the screen.
    private int openings;

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
        Mailboxes = MailboxList.FromConfig(config);
        Sidebar = new SidebarView(new SidebarModel(config, Mailboxes), Shell.Palette);
        Mailboxes.Updated += (_, _) => Post(RefreshSidebar);
        ApplySettings();
        ListFunctions.Register(Functions);
        ShellFunctions.Register(Functions, _ => Reconfigure());
        Help.HelpFunctions.Register(Functions);
        IndexFunctions.Register(Functions);
        SessionFunctions.Register(Functions);
        FolderFunctions.Register(Functions, this);
        MessageFunctions.Register(Functions, _ => attachments ??= AttachmentContext.FromConfig(Config, Shell.Palette));
        PagerFunctions.Register(Functions);
        AttachmentFunctions.Register(Functions);
        BrowserFunctions.Register(Functions);
        SidebarFunctions.Register(Functions, Sidebar, OpenFromSidebarAsync);
        Functions.Register<IndexView>(KeyMenu.Index, "show-version", (_, call) => call.Shell.Message(Version));
        Shell.DispatcherFor(KeyMenu.Index).TagPrefixRefusal = () => Session is { TaggedCount: > 0 } ? null : "No tagged messages.";
        Shell.Open(Index);
        Shell.Sidebar = Sidebar;
        Shell.Quitting += (_, _) => StopWatching();
        if (Mailboxes.Paths.Count > 0)
            _ = CountMailboxesAsync();
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

    /// <summary>The <c>mailboxes</c> with their counts, kept current while the reader runs.</summary>
    public MailboxList Mailboxes { get; }

    /// <summary>The sidebar (drawn while <c>$sidebar_visible</c> is set).</summary>
    public SidebarView Sidebar { get; }

    /// <summary>
    /// Reads <paramref name="folder"/> in the background, showing progress in the status line, then shows its
    /// index and runs the <c>push</c>/<c>exec</c> input the muttrc queued. UI updates go through the attached
    /// application (<see cref="Attach"/>). False when the folder could not be opened (the error is on the screen).
    /// </summary>
    public Task<bool> OpenFolderAsync(string folder, bool readOnly, CancellationToken cancellationToken = default) =>
        ShowOpeningAsync(folder, (progress, provisional) => ReaderSession.OpenAsync(Config, folder, SessionOptions(readOnly), progress, provisional, cancellationToken));

    /// <summary>The options a folder is opened with; the columns are set again when the index shows it.</summary>
    public ReaderSessionOptions SessionOptions(bool readOnly) =>
        new() { ReadOnly = readOnly, Columns = Math.Max(1, Index.Viewport.Width), Version = Version };

    /// <summary>
    /// Shows the progress of <paramref name="open"/> (given the progress sink to report to) in the status line, then
    /// the folder it opens; a folder that cannot be read leaves its reason on the message line. The host may have
    /// started reading before the screen existed, so that the two overlap. A session <paramref name="open"/> hands
    /// to its second argument while the header cache is validated is shown at once, and kept unless another comes.
    /// An opening that another one started after it (the user changed folder meanwhile) leaves the screen to that one.
    /// </summary>
    public async Task<bool> ShowOpeningAsync(string folder, Func<IProgress<LoadProgress>, Action<ReaderSession>, Task<ReaderSession>> open)
    {
        int opening = Interlocked.Increment(ref openings);
        bool Latest() => Volatile.Read(ref openings) == opening;
        string pretty = Config.PrettyPath(Config.ExpandPath(folder));
        Post(() =>
        {
            Index.Progress = $"Reading {pretty}...";
            Shell.SetNeedsDraw();
        });
        var progress = new ThrottledProgress(this, p =>
        {
            if (Index.Progress is null || !Latest())
                return;
            Index.Progress = p.Total > 0 ? $"Reading {pretty}... {p.Done}/{p.Total}" : $"Reading {pretty}...";
            // The count is on the status line alone: redrawing the whole screen for it cost the open's CPU.
            Shell.SetNeedsDrawStatusLines();
        });
        ReaderSession session;
        try
        {
            session = await open(progress, provisional => Post(() =>
            {
                if (Latest())
                    Index.SetSession(provisional);
            })).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Post(() =>
            {
                if (!Latest())
                    return;
                Index.Progress = "";
                Shell.Error(e.Message);
            });
            return false;
        }
        Post(() =>
        {
            if (!Latest())
                return;
            ShowFolder(session);
            if (session.Warnings is [var first, ..])
                Shell.Error(first);
            Shell.Feed(Config.GetExtension<KeyConfiguration>().TakePendingInput());
        });
        return true;
    }

    /// <summary>
    /// Shows <paramref name="session"/> in the index and the sidebar (on the UI thread), and starts noticing new
    /// mail: a <see cref="MailboxWatcher"/> (file system events, <c>$mail_check</c> polling) on it and on the
    /// <c>mailboxes</c>, replacing the previous folder's. A change in this folder is merged into the session with
    /// the cursor and the limit kept; a change elsewhere recounts that folder for the sidebar.
    /// </summary>
    public void ShowFolder(ReaderSession session)
    {
        StopWatching();
        session.Mailboxes = Mailboxes;
        Index.SetSession(session);
        Sidebar.Session = session;
        RefreshSidebar();
        watch = new FolderWatch(this, session);
    }

    /// <summary>Reads the display variables again (<c>$arrow_cursor</c>, <c>$menu_scroll</c>, ...), after start-up and after <c>:</c>.</summary>
    public void ApplySettings()
    {
        Index.ArrowCursor = Config.GetBool("arrow_cursor");
        Index.ArrowString = Config.Variables.TryFind("arrow_string", out _) ? Config.GetString("arrow_string") : "->";
        Index.Scrolling = new MenuScroll(Config.GetBool("menu_scroll"), (int)Math.Clamp(Config.GetNumber("menu_context"), 0, 1000), Config.GetBool("menu_move_off"));
        Index.Palette = Shell.Palette;
        Index.Refresh();
        // Its size and visibility follow the layout (Shell.Redraw); its colours follow here.
        Sidebar.Palette = Shell.Palette;
        Sidebar.SetNeedsDraw();
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

    // sidebar-open is change-folder with the folder typed in, as a Mutt macro would: this folder is closed
    // first with its $move and $delete questions.
    private Task OpenFromSidebarAsync(string path)
    {
        Shell.Feed([
            KeyEvent.Call("change-folder"),
            .. path.EnumerateRunes().Select(r => KeyEvent.Pushed(Core.Config.Keys.KeyCode.Char(r.Value))),
            KeyEvent.Pushed(Core.Config.Keys.KeyCode.Char('\r')),
        ]);
        return Task.CompletedTask;
    }

    private void RefreshSidebar()
    {
        Sidebar.Refresh();
        Index.Refresh();
    }

    private async Task CountMailboxesAsync()
    {
        try
        {
            await Mailboxes.RefreshAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Counted again when the watcher reports the folder.
        }
    }

    private void StopWatching()
    {
        watch?.Dispose();
        watch = null;
    }

    // On the UI thread: merges what changed in the open folder, then shows it as Mutt does.
    private async Task MergeNewMailAsync(ReaderSession session, CancellationToken cancellationToken)
    {
        NewMailResult found;
        try
        {
            found = await session.MergeNewMailAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            return;
        }
        // The merge's last steps may resume off the UI thread: the screen is updated back on it.
        Post(() =>
        {
            if (Session != session || !found.Changed)
                return;
            Index.Refresh();
            Sidebar.Refresh();
            Shell.Message(found.Result.Message);
            if (session.ShouldBeep(found))
                Shell.Beep();
            Shell.Top?.View.SetNeedsDraw();
        });
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
            try
            {
                host.Invoke(action);
            }
            catch (NotInitializedException)
            {
                // The screen was shut down under a background notice (a watcher's last event): nothing to show it on.
            }
        }
    }

    // The watching that lasts while one folder is open: stopped on a change of folder and on quit.
    private sealed class FolderWatch : IDisposable
    {
        private readonly MailboxWatcher watcher;
        private readonly ITimer stats;
        private readonly CancellationTokenSource stop = new();

        public FolderWatch(Reader reader, ReaderSession session)
        {
            string open = Path.TrimEndingDirectorySeparator(Path.GetFullPath(session.Path));
            watcher = MailboxWatcher.FromConfig(reader.Config);
            reader.Mailboxes.Attach(watcher);
            watcher.Watch(open);
            var token = stop.Token;
            watcher.MailboxChanged += (_, path) =>
            {
                if (path == open && !token.IsCancellationRequested)
                    reader.Post(() => _ = reader.MergeNewMailAsync(session, token));
            };
            stats = reader.Mailboxes.ScheduleStats(reader.Config);
        }

        public void Dispose()
        {
            stop.Cancel();
            watcher.Dispose();
            stats.Dispose();
            stop.Dispose();
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
