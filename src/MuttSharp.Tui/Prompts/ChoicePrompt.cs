using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Tui.Prompts;

/// <summary>
/// Mutt's yes/no question on the bottom line: <c>Question ([yes]/no): </c>. <c>y</c> or <c>n</c> answers,
/// Enter takes the default, ^G or Esc cancels; other keys are ignored.
/// </summary>
public sealed class ChoicePrompt
{
    /// <summary>Asks <paramref name="question"/>, Enter meaning <paramref name="defaultYes"/>.</summary>
    public ChoicePrompt(string question, bool defaultYes)
    {
        Question = question;
        DefaultYes = defaultYes;
    }

    /// <summary>The question, without the answer hint.</summary>
    public string Question { get; }

    /// <summary>What Enter answers.</summary>
    public bool DefaultYes { get; }

    /// <summary>The line shown: the question and <c>([yes]/no)</c> or <c>(yes/[no])</c>.</summary>
    public string Text => $"{Question} ({(DefaultYes ? "[yes]/no" : "yes/[no]")}): ";

    /// <summary>Feeds a key: true or false when answered, null when cancelled; <paramref name="done"/> is false while still waiting.</summary>
    public bool? Feed(KeyEvent e, out bool done)
    {
        done = true;
        if (e.IsFunction)
        {
            done = false;
            return null;
        }
        switch (e.Key.CodePoint)
        {
            case 'y' or 'Y':
                return true;
            case 'n' or 'N':
                return false;
            case '\r' or '\n':
                return DefaultYes;
            case 0x07 or 0x1B:
                return null;
        }
        done = false;
        return null;
    }
}
