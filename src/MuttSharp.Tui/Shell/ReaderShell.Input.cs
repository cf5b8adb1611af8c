using MuttSharp.Core.Config.Keys;
using MuttSharp.Tui.Input;
using MuttSharp.Tui.Prompts;
using Terminal.Gui.Input;

namespace MuttSharp.Tui.Shell;

public sealed partial class ReaderShell
{
    /// <summary>Feeds events as if typed (tests, start-up <c>push</c>/<c>exec</c> and <c>-e</c> input) and processes them.</summary>
    public void Feed(IEnumerable<KeyEvent> events)
    {
        Input.Enqueue(events);
        Pump();
    }

    /// <inheritdoc/>
    protected override bool OnKeyDown(Key key)
    {
        // Ctrl-Z stays the terminal's: the application suspends as any program does.
        if (key == Key.Z.WithCtrl)
            return false;
        var typed = TerminalKeys.Translate(key);
        if (typed.Count == 0)
            return false;
        trace?.KeyArrived(App);
        if (!IsPrompting && !DispatcherFor(Top?.Menu ?? KeyMenu.Index).HasPending)
        {
            // As Mutt, a message stays until the next key.
            message = "";
            messageIsError = false;
        }
        Feed(typed.Select(KeyEvent.Typed));
        return true;
    }

    /// <summary>Processes queued events until the queue is empty; re-entrant calls just add to the queue.</summary>
    private void Pump()
    {
        if (pumping)
            return;
        pumping = true;
        try
        {
            while (Input.TryDequeue(out var e))
                Route(e);
        }
        finally
        {
            pumping = false;
        }
        ArmKeyTimeout();
        if (Top is { RedrawsItself: true })
            SetNeedsDrawStatusLines();
        else
            SetNeedsDraw();
    }

    private void Route(KeyEvent e)
    {
        if (keyPrompt is not null)
        {
            FeedKeyPrompt(e);
            return;
        }
        if (choice is not null)
        {
            FeedChoice(e);
            return;
        }
        if (prompt is not null)
        {
            FeedPrompt(prompt.Feed(e));
            return;
        }
        if (Top is { } view)
            DispatcherFor(view.Menu).Dispatch(e, view, this);
    }

    // A prefix (vim's "g" of "gg", Esc of "<Esc>v", Esc in a prompt) waits $key_timeout, then resolves alone.
    private void ArmKeyTimeout()
    {
        int generation = ++timerGeneration;
        bool waiting = prompt?.HasPending ?? (choice is null && Top is { } v && DispatcherFor(v.Menu).HasPending);
        if (!waiting || KeyTimeout <= TimeSpan.Zero || App is not { } app)
            return;
        app.AddTimeout(KeyTimeout, () =>
        {
            if (generation == timerGeneration)
                ExpirePrefix();
            return false;
        });
    }

    /// <summary>Resolves a pending key prefix now, as when <c>$key_timeout</c> runs out.</summary>
    public void ExpirePrefix()
    {
        if (prompt is not null)
            FeedPrompt(prompt.Expire());
        else if (choice is null && Top is { } view)
            DispatcherFor(view.Menu).Expire(view, this);
        Pump();
    }
}
