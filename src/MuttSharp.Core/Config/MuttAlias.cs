namespace MuttSharp.Core.Config;

/// <summary>An <c>alias</c>: a short name for one or more addresses.</summary>
/// <param name="Name">The alias key.</param>
/// <param name="Addresses">The address list as written (RFC 5322, comma-separated).</param>
/// <param name="Groups">The groups named with <c>-group</c> on the alias line.</param>
public sealed record MuttAlias(string Name, string Addresses, IReadOnlyList<string> Groups);
