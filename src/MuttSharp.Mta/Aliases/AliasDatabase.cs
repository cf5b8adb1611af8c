using MuttSharp.Mta.Tables;

namespace MuttSharp.Mta.Aliases;

/// <summary>
/// What <c>newaliases</c> does for each <c>alias_database</c> table: checks the aliases file (each
/// line's syntax and each value's items) and builds the index the engine reads.
/// </summary>
public static class AliasDatabase
{
    /// <summary>Checks and indexes one aliases file.</summary>
    public static Task<TableBuildResult> BuildAsync(string aliasesPath, CancellationToken cancellationToken) =>
        TableIndexBuilder.BuildAsync(aliasesPath, TableSyntax.Aliases, CheckValue, cancellationToken);

    private static string? CheckValue(TableEntry entry) =>
        AliasValue.TryParse(entry.Value, out _, out string error) ? null : $"alias {entry.Key.ToLowerInvariant()}: {error}";
}
