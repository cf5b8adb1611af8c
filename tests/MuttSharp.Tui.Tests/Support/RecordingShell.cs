using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Variables;
using MuttSharp.Tui.Input;
using MuttSharp.Tui.Prompts;
using MuttSharp.Tui.Shell;

namespace MuttSharp.Tui.Tests.Support;

/// <summary>A shell that records what handlers tell the user and answers prompts from a script.</summary>
internal sealed class RecordingShell : IReaderShell
{
    public MuttConfig Config { get; } = new();
    public KeyMapSet Keys { get; init; } = KeyProfiles.Build(KeyProfiles.Vim);
    public InputQueue Input { get; } = new();
    public List<string> Messages { get; } = [];
    public List<string> Errors { get; } = [];
    public Queue<string?> Answers { get; } = new();

    public void Message(string text) => Messages.Add(text);
    public void Error(string text) => Errors.Add(text);
    public Task<string?> AskAsync(PromptRequest request) => Task.FromResult(Answers.Dequeue());
    public Task<bool?> AskYesNoAsync(string question, bool defaultYes) => Task.FromResult<bool?>(Answers.Dequeue() == "y");
    public Task<bool?> AskQuadAsync(string question, QuadOption option) => Task.FromResult<bool?>(Answers.Dequeue() == "y");
    public void Open(IMenuView view) { }
    public void Close(IMenuView view) { }
    public Task<int> RunExternalAsync(string commandLine, Func<Stream, CancellationToken, Task>? feedInput = null, bool waitForKey = true) => Task.FromResult(0);
    public void Redraw() { }
    public void Quit() { }
}
