using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Tables;

/// <summary>What building a table index did.</summary>
/// <param name="Entries">How many keys the index holds.</param>
/// <param name="Warnings">Lines that were skipped or suspicious, by line number.</param>
/// <param name="Fatal">Why no index was written (the source could not be read), or null.</param>
public sealed record TableBuildResult(int Entries, IReadOnlyList<ConfigDiagnostic> Warnings, string? Fatal);
