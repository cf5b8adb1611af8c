namespace MuttSharp.Core.Config;

/// <summary>A <c>score</c> rule: messages matching the pattern get the value added (or, with <c>=</c>, set).</summary>
/// <param name="Pattern">The Mutt pattern as written.</param>
/// <param name="Value">The value as written: <c>10</c>, <c>-5</c>, <c>=100</c>.</param>
public sealed record MuttScore(string Pattern, string Value);
