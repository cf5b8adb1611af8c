namespace MuttSharp.Tui.Prompts;

/// <summary>Where a prompt stands after a key.</summary>
public enum PromptState
{
    /// <summary>Still reading.</summary>
    Editing,

    /// <summary>Enter was pressed: the line is the answer.</summary>
    Accepted,

    /// <summary>^G or a lone Esc: no answer.</summary>
    Cancelled,
}
