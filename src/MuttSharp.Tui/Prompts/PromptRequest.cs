namespace MuttSharp.Tui.Prompts;

/// <summary>A line to read on the bottom line.</summary>
/// <param name="Prompt">The question, e.g. <c>Limit to messages matching: </c>.</param>
/// <param name="Initial">Text already in the line, the cursor after it.</param>
/// <param name="History">Which history Up and Down walk.</param>
/// <param name="Complete">
/// Tab completion: given the whole line, the completed line, or null when nothing completes (the
/// terminal beeps). Null when the prompt completes nothing.
/// </param>
/// <param name="Query">
/// <c>complete-query</c> (<c>^T</c>) in an address prompt: the prompt ends (<see cref="PromptState.Query"/>)
/// and hands this the line and the cursor, so that the asker runs <c>$query_command</c>, perhaps through the
/// query menu, and asks again with the completed line. Null: <c>^T</c> completes as Tab does.
/// </param>
public sealed record PromptRequest(
    string Prompt,
    string Initial = "",
    PromptHistoryKind History = PromptHistoryKind.Other,
    Func<string, string?>? Complete = null,
    Action<string, int>? Query = null);
