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

    /// <summary>^T in a prompt with query completion: the line went to <see cref="PromptRequest.Query"/>, which asks again; no answer.</summary>
    Query,
}
