using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Variables;
using MuttSharp.Tui.Input;
using MuttSharp.Tui.Prompts;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Tests.Pager;

/// <summary>A shell that answers prompts from a script and records messages, opened and closed menus and external commands.</summary>
internal sealed class ScriptedShell : IReaderShell
{
    public MuttConfig Config { get; } = new();
    public KeyMapSet Keys { get; } = KeyProfiles.Build(KeyProfiles.Vim);
    public InputQueue Input { get; } = new();
    public List<string> Messages { get; } = [];
    public List<string> Errors { get; } = [];
    public Queue<string?> Answers { get; } = new();
    public List<PromptRequest> Prompts { get; } = [];
    public List<IMenuView> Opened { get; } = [];
    public List<IMenuView> Closed { get; } = [];
    public List<(string Command, byte[] Input)> External { get; } = [];

    public void Message(string text) => Messages.Add(text);
    public void Error(string text) => Errors.Add(text);

    public Task<string?> AskAsync(PromptRequest request)
    {
        Prompts.Add(request);
        return Task.FromResult(Answers.Dequeue());
    }

    public Task<bool?> AskYesNoAsync(string question, bool defaultYes) => Task.FromResult<bool?>(Answers.Dequeue() == "y");
    public Task<bool?> AskQuadAsync(string question, QuadOption option) => Task.FromResult<bool?>(Answers.Dequeue() == "y");
    public void Open(IMenuView view) => Opened.Add(view);
    public void Close(IMenuView view) => Closed.Add(view);

    public async Task<int> RunExternalAsync(string commandLine, Func<Stream, CancellationToken, Task>? feedInput = null, bool waitForKey = true)
    {
        var input = new MemoryStream();
        if (feedInput is not null)
            await feedInput(input, CancellationToken.None);
        External.Add((commandLine, input.ToArray()));
        return 0;
    }

    public Task<int> SuspendAsync(Func<CancellationToken, Task<int>> work, bool waitForKey = true) => work(CancellationToken.None);

    public List<string> KeyPrompts { get; } = [];

    public Task<KeyEvent?> AskKeyAsync(string prompt)
    {
        KeyPrompts.Add(prompt);
        return Task.FromResult<KeyEvent?>(Answers.Dequeue() is [var c] ? KeyEvent.Typed(KeyCode.Char(c)) : null);
    }

    public void Redraw() { }
    public void Quit() { }
}
