using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Variables;
using MuttSharp.Tui.Input;
using MuttSharp.Tui.Prompts;
using MuttSharp.Tui.Shell;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Browser;

/// <summary>A recording shell that also keeps the questions asked and the screens opened, for the browser's mailbox functions.</summary>
internal sealed class PromptingShell : IReaderShell
{
    private readonly RecordingShell inner = new();

    public List<string> Questions { get; } = [];
    public List<IMenuView> Opened { get; } = [];
    public List<string> Messages => inner.Messages;
    public List<string> Errors => inner.Errors;
    public Queue<string?> Answers => inner.Answers;

    public MuttConfig Config => inner.Config;
    public KeyMapSet Keys => inner.Keys;
    public InputQueue Input => inner.Input;

    public void Message(string text) => inner.Message(text);
    public void Error(string text) => inner.Error(text);

    public Task<string?> AskAsync(PromptRequest request)
    {
        Questions.Add(request.Prompt + request.Initial);
        return inner.AskAsync(request);
    }

    public Task<bool?> AskYesNoAsync(string question, bool defaultYes)
    {
        Questions.Add(question + (defaultYes ? " ([yes]/no)" : " ([no]/yes)"));
        return inner.AskYesNoAsync(question, defaultYes);
    }

    public Task<bool?> AskQuadAsync(string question, QuadOption option) => inner.AskQuadAsync(question, option);
    public void Open(IMenuView view) => Opened.Add(view);
    public void Close(IMenuView view) => inner.Close(view);
    public Task<int> SuspendAsync(Func<CancellationToken, Task<int>> work, bool waitForKey = true) => inner.SuspendAsync(work, waitForKey);
    public Task<KeyEvent?> AskKeyAsync(string prompt) => inner.AskKeyAsync(prompt);
    public Task<int> RunExternalAsync(string commandLine, Func<Stream, CancellationToken, Task>? feedInput = null, bool waitForKey = true) => inner.RunExternalAsync(commandLine, feedInput, waitForKey);
    public void Redraw() => inner.Redraw();
    public void Quit() => inner.Quit();
}
