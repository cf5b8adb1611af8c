namespace MuttSharp.Core.Rendering;

/// <summary>What <see cref="DisplayFilter.ApplyAsync"/> gives the pager.</summary>
/// <param name="Text">The filter's output as the pager shows it, or the unfiltered text when the filter failed.</param>
/// <param name="Error">Why the filter failed (for the message line); null when it ran.</param>
public sealed record DisplayFilterResult(MessageText Text, string? Error);
