using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Variables;
using MuttSharp.Tui.Prompts;

namespace MuttSharp.Tui.Shell;

public sealed partial class ReaderShell
{
    private LinePrompt? prompt;
    private TaskCompletionSource<string?>? promptAnswer;
    private ChoicePrompt? choice;
    private TaskCompletionSource<bool?>? choiceAnswer;
    private string? keyPrompt;
    private TaskCompletionSource<KeyEvent?>? keyAnswer;

    /// <inheritdoc/>
    public Task<string?> AskAsync(PromptRequest request)
    {
        CancelPrompts();
        prompt = new LinePrompt(request, Keys, history, KeyTimeout);
        // Continuations run inline: the asking handler resumes before the next queued key is read,
        // so a macro's later keys see the effect of its earlier answer.
        promptAnswer = new TaskCompletionSource<string?>();
        SetNeedsDraw();
        return promptAnswer.Task;
    }

    /// <inheritdoc/>
    public Task<bool?> AskYesNoAsync(string question, bool defaultYes)
    {
        CancelPrompts();
        choice = new ChoicePrompt(question, defaultYes);
        choiceAnswer = new TaskCompletionSource<bool?>();
        SetNeedsDraw();
        return choiceAnswer.Task;
    }

    /// <inheritdoc/>
    public Task<KeyEvent?> AskKeyAsync(string prompt)
    {
        CancelPrompts();
        keyPrompt = prompt;
        keyAnswer = new TaskCompletionSource<KeyEvent?>();
        SetNeedsDraw();
        return keyAnswer.Task;
    }

    /// <inheritdoc/>
    public Task<bool?> AskQuadAsync(string question, QuadOption option) => option switch
    {
        QuadOption.Yes => Task.FromResult<bool?>(true),
        QuadOption.No => Task.FromResult<bool?>(false),
        QuadOption.AskYes => AskYesNoAsync(question, defaultYes: true),
        _ => AskYesNoAsync(question, defaultYes: false),
    };

    private void FeedPrompt(PromptState state)
    {
        if (prompt is null)
            return;
        if (prompt.CompletionFailed && Config.GetBool("beep"))
            Beep();
        if (state == PromptState.Editing)
            return;
        var answer = promptAnswer!;
        string? text = state == PromptState.Accepted ? prompt.Editor.Text : null;
        prompt = null;
        promptAnswer = null;
        message = "";
        messageIsError = false;
        answer.TrySetResult(text);
    }

    private void FeedChoice(KeyEvent e)
    {
        bool? answer = choice!.Feed(e, out bool done);
        if (!done)
            return;
        var pending = choiceAnswer!;
        choice = null;
        choiceAnswer = null;
        message = "";
        pending.TrySetResult(answer);
    }

    private void FeedKeyPrompt(KeyEvent e)
    {
        var pending = keyAnswer!;
        keyPrompt = null;
        keyAnswer = null;
        message = "";
        pending.TrySetResult(e.IsFunction || e.Key.CodePoint is 0x07 or 0x1B ? null : e);
    }

    // One question at a time: a new one cancels whatever was still being asked.
    private void CancelPrompts()
    {
        var line = promptAnswer;
        var yesNo = choiceAnswer;
        var key = keyAnswer;
        keyPrompt = null;
        keyAnswer = null;
        prompt = null;
        promptAnswer = null;
        choice = null;
        choiceAnswer = null;
        line?.TrySetResult(null);
        yesNo?.TrySetResult(null);
        key?.TrySetResult(null);
    }
}
