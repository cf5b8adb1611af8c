using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Variables;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Input;
using MuttSharp.Tui.Prompts;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace MuttSharp.Tui.Shell;

/// <summary>
/// The reader's screen, laid out as Mutt's: the help line on top (<c>$help</c>), the current menu's body,
/// its status line, and the bottom line for messages and prompts. It owns the input buffer: every key
/// goes through the current menu's key map to the <see cref="FunctionTable"/>, or to the prompt being
/// answered. Menus (index, pager, attachments, browser, help) are stacked with <see cref="Open"/>.
/// </summary>
public sealed partial class ReaderShell : Runnable, IReaderShell
{
    private readonly FunctionTable functions;
    private readonly PromptHistory history;
    private readonly Dictionary<KeyMenu, KeyDispatcher> dispatchers = [];
    private readonly List<IMenuView> screens = [];
    private readonly LatencyTrace? trace = LatencyTrace.FromEnvironment();
    private string message = "";
    private bool messageIsError;
    private bool pumping;
    private int timerGeneration;

    /// <summary>Creates the shell; add the first menu with <see cref="Open"/>.</summary>
    public ReaderShell(MuttConfig config, KeyMapSet keys, FunctionTable functions, ColorPalette palette, TimeSpan keyTimeout, PromptHistory? history = null)
    {
        Config = config;
        Keys = keys;
        this.functions = functions;
        Palette = palette;
        KeyTimeout = keyTimeout;
        this.history = history ?? new PromptHistory((int)Math.Clamp(config.GetNumber("history"), 0, 10_000));
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <inheritdoc/>
    public MuttConfig Config { get; }

    /// <inheritdoc/>
    public KeyMapSet Keys { get; private set; }

    /// <inheritdoc/>
    public InputQueue Input { get; } = new();

    /// <summary>The colours of the chrome and of every menu.</summary>
    public ColorPalette Palette { get; set; }

    /// <summary><c>$key_timeout</c>: how long a key prefix waits.</summary>
    public TimeSpan KeyTimeout { get; }

    /// <summary>The menu that has the keyboard, or null before the first is opened.</summary>
    public IMenuView? Top => screens.Count == 0 ? null : screens[^1];

    /// <summary>The text on the bottom line (a message, an error, or the prompt with what is typed).</summary>
    public string BottomLine => prompt is not null ? prompt.Request.Prompt + prompt.Editor.Text : choice?.Text ?? keyPrompt ?? message;

    /// <summary>True when the bottom line shows an error.</summary>
    public bool BottomLineIsError => !IsPrompting && messageIsError;

    /// <summary>True while a prompt reads the keyboard.</summary>
    public bool IsPrompting => prompt is not null || choice is not null || keyPrompt is not null;

    /// <summary>True while a function started from a key is still running (awaiting a prompt, a search, a write).</summary>
    public bool IsBusy => dispatchers.Values.Any(d => !d.LastRun.IsCompleted);

    /// <summary>Raised when the user leaves the reader (<see cref="Quit"/>).</summary>
    public event EventHandler? Quitting;

    /// <summary>The dispatcher of <paramref name="menu"/> (one per menu, created on first use).</summary>
    public KeyDispatcher DispatcherFor(KeyMenu menu)
    {
        if (!dispatchers.TryGetValue(menu, out var dispatcher))
            dispatchers[menu] = dispatcher = new KeyDispatcher(Keys, menu, KeyTimeout, functions, Input);
        return dispatcher;
    }

    /// <summary>Replaces the key maps (after <c>:bind</c> or <c>:macro</c>); pending prefixes are dropped.</summary>
    public void ReplaceKeys(KeyMapSet keys)
    {
        var refusals = dispatchers.ToDictionary(d => d.Key, d => d.Value.TagPrefixRefusal);
        Keys = keys;
        dispatchers.Clear();
        foreach (var (menu, refusal) in refusals)
            DispatcherFor(menu).TagPrefixRefusal = refusal;
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public void Message(string text)
    {
        message = text;
        messageIsError = false;
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public void Error(string text)
    {
        message = text;
        messageIsError = true;
        // Mutt flushes type-ahead on an error, so a failed macro does not run on half-done.
        Input.Clear();
        if (Config.GetBool("beep"))
            Beep();
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public void Open(IMenuView view)
    {
        if (Top is { } current)
        {
            DispatcherFor(current.Menu).Reset();
            Remove(current.View);
        }
        screens.Add(view);
        ShowBody(view);
    }

    /// <inheritdoc/>
    public void Close(IMenuView view)
    {
        int at = screens.IndexOf(view);
        if (at < 0)
            return;
        bool wasTop = at == screens.Count - 1;
        screens.RemoveAt(at);
        if (!wasTop)
            return;
        DispatcherFor(view.Menu).Reset();
        Remove(view.View);
        if (Top is { } below)
            ShowBody(below);
        SetNeedsDraw();
    }

    /// <inheritdoc/>
    public void Redraw()
    {
        if (Top is { } view)
            LayOutBody(view);
        SetNeedsLayout();
        SetNeedsDraw();
        Top?.View.SetNeedsDraw();
        if (App is { } app)
            app.ClearScreenNextIteration = true;
    }

    /// <inheritdoc/>
    public void Quit()
    {
        trace?.Write();
        Quitting?.Invoke(this, EventArgs.Empty);
        RequestStop();
    }

    private int HelpRows => Config.GetBool("help") ? 1 : 0;

    private void ShowBody(IMenuView view)
    {
        Add(view.View);
        LayOutBody(view);
    }

    /// <summary>Rings the terminal bell (<c>$beep</c>, <c>$beep_new</c> decide when).</summary>
    internal void Beep()
    {
        // The bell goes through the driver so it never lands inside a half-drawn frame.
        App?.Driver?.WriteRaw("\a");
    }
}
