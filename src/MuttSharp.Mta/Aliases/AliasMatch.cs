namespace MuttSharp.Mta.Aliases;

/// <summary>An alias found for a local name.</summary>
/// <param name="Name">The key that matched (<c>user+ext</c> or, failing that, <c>user</c>), lower case.</param>
/// <param name="Targets">What it expands to.</param>
/// <param name="Table">The table it came from (<c>hash:/etc/aliases</c>).</param>
/// <param name="Error">Why the value could not be read, when it could not (then <paramref name="Targets"/> is empty).</param>
public sealed record AliasMatch(string Name, IReadOnlyList<AliasTarget> Targets, string Table, string? Error = null);
