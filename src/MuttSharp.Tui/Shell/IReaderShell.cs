using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Config.Variables;
using MuttSharp.Tui.Input;
using MuttSharp.Tui.Prompts;

namespace MuttSharp.Tui.Shell;

/// <summary>What a function handler may ask of the reader's screen.</summary>
public interface IReaderShell
{
    /// <summary>The loaded muttrc: variables, and <c>:</c> commands through <see cref="MuttConfig.ExecuteAsync"/>.</summary>
    MuttConfig Config { get; }

    /// <summary>The key maps in force.</summary>
    KeyMapSet Keys { get; }

    /// <summary>The input buffer (for <c>push</c>-like behaviour).</summary>
    InputQueue Input { get; }

    /// <summary>Shows an informational message on the bottom line.</summary>
    void Message(string text);

    /// <summary>Shows an error on the bottom line (in the <c>error</c> colour; <c>$beep</c> rings).</summary>
    void Error(string text);

    /// <summary>Reads a line on the bottom line with Mutt's editor keys; null when cancelled (Esc, ^G).</summary>
    Task<string?> AskAsync(PromptRequest request);

    /// <summary>Asks a yes/no question; null when cancelled.</summary>
    Task<bool?> AskYesNoAsync(string question, bool defaultYes);

    /// <summary>Asks as a quad-option variable says: <c>yes</c>/<c>no</c> answer at once, <c>ask-*</c> prompt with that default.</summary>
    Task<bool?> AskQuadAsync(string question, QuadOption option);

    /// <summary>Shows <paramref name="view"/> over the current screen (a pager over the index).</summary>
    void Open(IMenuView view);

    /// <summary>Closes <paramref name="view"/>, showing what was under it.</summary>
    void Close(IMenuView view);

    /// <summary>Runs a shell command with the screen suspended (<c>!</c>, <c>|</c>, <c>$print_command</c>); <paramref name="feedInput"/> writes the command's standard input (a message for <c>pipe-message</c>); returns the exit code.</summary>
    Task<int> RunExternalAsync(string commandLine, Func<Stream, CancellationToken, Task>? feedInput = null, bool waitForKey = true);

    /// <summary>Redraws everything (<c>^L</c>, after a variable changed).</summary>
    void Redraw();

    /// <summary>Leaves the reader.</summary>
    void Quit();
}
