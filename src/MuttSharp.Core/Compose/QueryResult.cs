using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Compose;

/// <summary>What a <c>$query_command</c> run gave.</summary>
/// <param name="Message">The command's first line, shown to the user.</param>
/// <param name="Entries">The results, numbered from 1.</param>
/// <param name="Error">Why the command could not be run, or null.</param>
public sealed record QueryResult(string Message, IReadOnlyList<QueryEntry> Entries, string? Error);
