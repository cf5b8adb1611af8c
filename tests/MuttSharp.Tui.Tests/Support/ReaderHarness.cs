using MuttSharp.Core.Config;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Tui.Shell;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace MuttSharp.Tui.Tests.Support;

/// <summary>A reader on a headless terminal over a generated Maildir: keys in, screen text out.</summary>
internal sealed class ReaderHarness : IDisposable
{
    private readonly MuttConfig config;
    private readonly ReaderSession session;
    private readonly int width;
    private readonly int height;
    private IApplication? app;
    private Reader? reader;
    private SessionToken? token;

    private ReaderHarness(MuttConfig config, ReaderSession session, string root, int width, int height)
    {
        this.config = config;
        this.session = session;
        Root = root;
        this.width = width;
        this.height = height;
    }

    // The terminal is made on first use, on the thread the test then runs on: Terminal.Gui's loop
    // belongs to the thread that initialised it, and the awaits of start-up may change threads.
    public IApplication App
    {
        get
        {
            Start();
            return app!;
        }
    }

    public Reader Reader
    {
        get
        {
            Start();
            return reader!;
        }
    }

    public string Root { get; }
    public string Folder => Path.Combine(Root, "Maildir");
    public ReaderShell Shell => Reader.Shell;

    /// <summary>A reader with <paramref name="muttrc"/> lines, showing a generated Maildir of <paramref name="messages"/> messages.</summary>
    public static async Task<ReaderHarness> StartAsync(int messages = 30, string muttrc = "", int width = 100, int height = 20, Action<string>? prepare = null)
    {
        string root = Directory.CreateTempSubdirectory("muttsharp-tui-").FullName;
        string folder = Path.Combine(root, "Maildir");
        SampleMaildir.Generate(folder, messages, seed: 7);
        prepare?.Invoke(folder);
        string rc = Path.Combine(root, "muttrc");
        await File.WriteAllTextAsync(rc, muttrc);
        var environment = MuttEnvironment.FromProcess(name => name == "HOME" ? root : Environment.GetEnvironmentVariable(name));
        var config = await MuttConfigLoader.LoadAsync(new MuttConfigLoadOptions { Files = [rc], SkipSystemFiles = true, Environment = environment });
        Assert.Empty(config.Errors);
        var session = await ReaderSession.OpenAsync(config, folder, new ReaderSessionOptions { Columns = width });
        return new ReaderHarness(config, session, root, width, height);
    }

    private void Start()
    {
        if (app is not null)
            return;
        app = Application.Create(Time).Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(width, height);
        reader = new Reader(config);
        token = app.Begin(reader.Shell);
        reader.Shell.ExternalRunner = _ => Task.FromResult(0);
        reader.Attach(app);
        reader.Index.SetSession(session);
        app.LayoutAndDraw();
    }

    public ReaderSession Session => session;

    /// <summary>The terminal's clock, which moves only when a test advances it.</summary>
    public VirtualTimeProvider Time { get; } = new();

    /// <summary>Types keys as a muttrc writes them (<c>jj</c>, <c>&lt;enter&gt;</c>, <c>\Cd</c>).</summary>
    public void Type(string keys)
    {
        foreach (var key in MuttSharp.Core.Config.Keys.KeySequence.Parse(keys).Keys)
        {
            App.InjectKey(ToKey(key));
            Settle();
        }
        App.LayoutAndDraw();
    }

    /// <summary>
    /// Runs the main loop's queued work until the function a key started has finished or waits for the user
    /// (a prompt): handlers that await file I/O resume through that queue. Polls with a deadline.
    /// </summary>
    public void Settle()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            App.TimedEvents!.RunTimers();
            if (!Shell.IsBusy || Shell.IsPrompting)
                break;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("a function did not finish");
            Thread.Sleep(2);
        }
    }

    public string Screen
    {
        get
        {
            App.LayoutAndDraw();
            return App.Driver!.ToString()!;
        }
    }

    public string[] Lines => Screen.Split('\n').Select(l => l.TrimEnd('\r')).Take(App.Driver!.Rows).ToArray();

    public string BottomLine => Lines[^1].TrimEnd();

    public void Dispose()
    {
        if (token is not null)
            app!.End(token);
        app?.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static Key ToKey(MuttSharp.Core.Config.Keys.KeyCode key)
    {
        if (key.AsSpecial is { } special)
        {
            return special switch
            {
                Core.Config.Keys.SpecialKey.Up => Key.CursorUp,
                Core.Config.Keys.SpecialKey.Down => Key.CursorDown,
                Core.Config.Keys.SpecialKey.Left => Key.CursorLeft,
                Core.Config.Keys.SpecialKey.Right => Key.CursorRight,
                Core.Config.Keys.SpecialKey.PageDown => Key.PageDown,
                Core.Config.Keys.SpecialKey.PageUp => Key.PageUp,
                Core.Config.Keys.SpecialKey.Home => Key.Home,
                Core.Config.Keys.SpecialKey.End => Key.End,
                Core.Config.Keys.SpecialKey.Backspace => Key.Backspace,
                _ => throw new ArgumentException($"no test key for {key}"),
            };
        }
        int c = key.CodePoint;
        return c switch
        {
            '\r' or '\n' => Key.Enter,
            '\t' => Key.Tab,
            0x1B => Key.Esc,
            < 0x20 => new Key((global::Terminal.Gui.Drivers.KeyCode)('A' + c - 1)).WithCtrl,
            >= 'a' and <= 'z' => new Key((global::Terminal.Gui.Drivers.KeyCode)char.ToUpperInvariant((char)c)),
            >= 'A' and <= 'Z' => new Key((global::Terminal.Gui.Drivers.KeyCode)c).WithShift,
            _ => new Key((char)c),
        };
    }
}
