using System.Text;
using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Tui.Prompts;

/// <summary>
/// A bottom-line prompt reading key events through the <c>editor</c> key map, as Mutt's line editor:
/// bound keys run editor functions (<c>^A ^E ^B ^F ^D ^K ^U ^W</c>, Backspace, arrows, history), Tab runs
/// the prompt's completion (^T its query completion, when it has one), Enter accepts, ^G or a lone Esc
/// cancels, anything else printable is typed.
/// </summary>
public sealed class LinePrompt
{
    private readonly KeySequenceMatcher matcher;
    private readonly PromptHistory history;
    private bool quoteNext;

    /// <summary>Starts a prompt for <paramref name="request"/>.</summary>
    public LinePrompt(PromptRequest request, KeyMapSet maps, PromptHistory history, TimeSpan keyTimeout, TimeProvider? time = null)
    {
        Request = request;
        this.history = history;
        matcher = new KeySequenceMatcher(maps, KeyMenu.Editor, keyTimeout, time);
        Editor = new LineEditor(request.Initial, history[request.History].ToArray());
    }

    /// <summary>What is being asked.</summary>
    public PromptRequest Request { get; }

    /// <summary>The line and cursor.</summary>
    public LineEditor Editor { get; }

    /// <summary>Where the prompt stands.</summary>
    public PromptState State { get; private set; }

    /// <summary>True while keys are held as the prefix of a longer editor binding (Esc waiting for its letter).</summary>
    public bool HasPending => matcher.HasPending;

    /// <summary>Set when Tab found nothing to complete (the shell beeps).</summary>
    public bool CompletionFailed { get; private set; }

    /// <summary>Feeds one event; returns the state after it.</summary>
    public PromptState Feed(KeyEvent e)
    {
        CompletionFailed = false;
        if (State != PromptState.Editing)
            return State;
        if (e.IsFunction)
        {
            Run(e.Function!);
            return State;
        }
        if (quoteNext)
        {
            quoteNext = false;
            Type(e.Key);
            return State;
        }
        if (!matcher.HasPending && e.Key.CodePoint is '\r' or '\n')
            return Finish(PromptState.Accepted);
        if (!matcher.HasPending && e.Key == KeyCode.Ctrl('G'))
            return Finish(PromptState.Cancelled);
        Act(matcher.Feed(e));
        return State;
    }

    /// <summary>The <c>$key_timeout</c> ran out with a prefix pending: a lone Esc cancels, as in Mutt.</summary>
    public PromptState Expire()
    {
        Act(matcher.Expire());
        return State;
    }

    private void Act(KeyMatch match)
    {
        switch (match.Kind)
        {
            case KeyMatchKind.Function:
                Run(match.Function!);
                break;
            case KeyMatchKind.NoMatch when match.Binding is null:
                if (match.Keys.Length > 0 && match.Keys[0] == KeyCode.Escape)
                {
                    Finish(PromptState.Cancelled);
                    return;
                }
                foreach (var key in match.Keys)
                    Type(key);
                break;
            case KeyMatchKind.Macro:
                // A macro bound in the editor types its text.
                foreach (var e in MacroText.Parse(match.Binding!.Macro!))
                    Feed(e);
                break;
        }
        foreach (var key in match.Replay)
            Feed(KeyEvent.Pushed(key));
    }

    private void Run(string function)
    {
        switch (function)
        {
            case "complete-query" when Request.Query is { } query:
                query(Editor.Text, Editor.Cursor);
                Finish(PromptState.Query);
                return;
            case "complete" or "complete-query":
                Complete();
                return;
            case "quote-char":
                quoteNext = true;
                return;
            case "buffy-cycle":
                // Mutt binds Space to buffy-cycle, which types a space in every prompt but a folder prompt.
                Editor.Insert(" ");
                return;
        }
        Editor.Perform(function);
    }

    private void Complete()
    {
        if (Request.Complete?.Invoke(Editor.Text) is { } completed)
            Editor.Replace(completed);
        else
            CompletionFailed = true;
    }

    private void Type(KeyCode key)
    {
        if (key.IsChar && key.CodePoint >= 0x20 && key.CodePoint != 0x7F && Rune.IsValid(key.CodePoint))
            Editor.Insert(new Rune(key.CodePoint).ToString());
    }

    private PromptState Finish(PromptState state)
    {
        State = state;
        if (state == PromptState.Accepted)
            history.Add(Request.History, Editor.Text);
        return state;
    }
}
