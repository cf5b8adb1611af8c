using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Input;

/// <summary>
/// One menu's key handling: events go through Core's <see cref="KeySequenceMatcher"/> (prefixes such as
/// vim's <c>gg</c>, <c>generic</c> fallback, <c>$key_timeout</c>), macros go back into the
/// <see cref="InputQueue"/>, and functions go to their handler in the <see cref="FunctionTable"/>.
/// <c>tag-prefix</c> is handled here: it arms the next function to act on the tagged messages.
/// </summary>
public sealed class KeyDispatcher
{
    /// <summary>The function that arms the tag prefix.</summary>
    public const string TagPrefixFunction = "tag-prefix";

    private readonly KeySequenceMatcher matcher;
    private readonly FunctionTable functions;
    private readonly InputQueue input;
    private bool tagPrefix;

    /// <summary>Creates the dispatcher of <paramref name="menu"/>.</summary>
    public KeyDispatcher(KeyMapSet maps, KeyMenu menu, TimeSpan keyTimeout, FunctionTable functions, InputQueue input, TimeProvider? time = null)
    {
        matcher = new KeySequenceMatcher(maps, menu, keyTimeout, time);
        this.functions = functions;
        this.input = input;
    }

    /// <summary>The menu whose keys are read.</summary>
    public KeyMenu Menu => matcher.Menu;

    /// <summary>How long a pending prefix waits (<c>$key_timeout</c>); zero waits for ever.</summary>
    public TimeSpan KeyTimeout => matcher.Timeout;

    /// <summary>True while keys are held as the prefix of a longer binding.</summary>
    public bool HasPending => matcher.HasPending;

    /// <summary>
    /// Refuses <c>tag-prefix</c> with the returned message when nothing is tagged ("No tagged messages.");
    /// null accepts it. Set by the menu that knows about tags.
    /// </summary>
    public Func<string?>? TagPrefixRefusal { get; set; }

    /// <summary>The task of the last function started (for callers that wait for it, such as tests).</summary>
    public Task LastRun { get; private set; } = Task.CompletedTask;

    /// <summary>Handles one event for <paramref name="view"/> on <paramref name="shell"/>.</summary>
    public KeyOutcome Dispatch(KeyEvent e, IMenuView view, IReaderShell shell) =>
        Act(matcher.Feed(e), view, shell);

    /// <summary>The <c>$key_timeout</c> expired with a prefix pending: run what the keys so far mean, if anything.</summary>
    public KeyOutcome Expire(IMenuView view, IReaderShell shell) => Act(matcher.Expire(), view, shell);

    /// <summary>Forgets a pending prefix and the tag prefix (the menu lost the keyboard).</summary>
    public void Reset()
    {
        matcher.Reset();
        tagPrefix = false;
    }

    private KeyOutcome Act(KeyMatch match, IMenuView view, IReaderShell shell)
    {
        switch (match.Kind)
        {
            case KeyMatchKind.Prefix:
                return KeyOutcome.Pending;
            case KeyMatchKind.MacroLoop:
                input.Clear();
                tagPrefix = false;
                shell.Error(KeyMatch.MacroLoopMessage);
                return KeyOutcome.MacroLoop;
            case KeyMatchKind.Macro:
                input.PushFront([.. MacroText.Parse(match.Binding!.Macro!), .. match.Replay.Select(KeyEvent.Pushed)]);
                return KeyOutcome.Expanded;
            case KeyMatchKind.NoMatch:
                input.PushFront(match.Replay.Select(KeyEvent.Pushed));
                if (match.Binding is null && match.Keys.Length > 0)
                {
                    tagPrefix = false;
                    shell.Error(UnboundMessage(shell.Keys));
                    return KeyOutcome.Unbound;
                }
                return KeyOutcome.Ran;
        }

        input.PushFront(match.Replay.Select(KeyEvent.Pushed));
        string function = match.Function!;
        if (function == TagPrefixFunction)
            return ArmTagPrefix(shell);
        if (!functions.TryGet(Menu, function, view, out var handler))
        {
            tagPrefix = false;
            shell.Error($"<{function}> is not available in the {KeyMenus.NameOf(Menu)} menu.");
            return KeyOutcome.Unavailable;
        }
        bool tagged = tagPrefix;
        tagPrefix = false;
        LastRun = Run(handler, new FunctionCall(function, Menu, view, shell, tagged) { Keys = match.Keys });
        return KeyOutcome.Ran;
    }

    private KeyOutcome ArmTagPrefix(IReaderShell shell)
    {
        if (TagPrefixRefusal?.Invoke() is { } refusal)
        {
            shell.Error(refusal);
            return KeyOutcome.Ran;
        }
        tagPrefix = true;
        return KeyOutcome.Ran;
    }

    // A failing handler must not take the reader down with it: its error goes to the message line.
    private static async Task Run(FunctionHandler handler, FunctionCall call)
    {
        try
        {
            await handler(call);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            call.Shell.Error($"{call.Function}: {ex.Message}");
        }
    }

    // Mutt: "Key is not bound.  Press '?' for help." naming the key that runs help in this menu.
    private string UnboundMessage(KeyMapSet maps)
    {
        var help = maps.KeysFor(Menu, "help").FirstOrDefault();
        return help is null ? "Key is not bound." : $"Key is not bound.  Press '{help}' for help.";
    }
}
