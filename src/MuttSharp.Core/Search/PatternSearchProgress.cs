namespace MuttSharp.Core.Search;

/// <summary>How far a bulk search has got: <c>Searching... 5000/100000</c>.</summary>
/// <param name="Done">Messages decided so far.</param>
/// <param name="Total">Messages to decide.</param>
public readonly record struct PatternSearchProgress(int Done, int Total);
