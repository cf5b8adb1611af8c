namespace MuttSharp.Tui.Prompts;

/// <summary>A line to read on the bottom line.</summary>
/// <param name="Prompt">The question, e.g. <c>Limit to messages matching: </c>.</param>
/// <param name="Initial">Text already in the line, the cursor after it.</param>
/// <param name="History">Which history Up and Down walk.</param>
/// <param name="Complete">
/// Tab completion: given the whole line, the completed line, or null when nothing completes (the
/// terminal beeps). Null when the prompt completes nothing.
/// </param>
public sealed record PromptRequest(
    string Prompt,
    string Initial = "",
    PromptHistoryKind History = PromptHistoryKind.Other,
    Func<string, string?>? Complete = null);
