using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Tables;

/// <summary>
/// What <c>postmap file</c> and <c>newaliases</c> do: read a table's source, report bad lines and
/// duplicate keys by line number, and write the <c>hash:</c> index (<see cref="TableIndex"/>) beside it.
/// </summary>
public static class TableIndexBuilder
{
    /// <summary>Builds <c>source.db</c> from <paramref name="sourcePath"/>.</summary>
    /// <param name="sourcePath">The table's source file.</param>
    /// <param name="syntax">How the source is written.</param>
    /// <param name="validate">Checks one entry's value; returns what is wrong with it, or null. The entry is still indexed, as postalias does.</param>
    /// <param name="cancellationToken">Cancels the build before the index replaces the old one.</param>
    public static async Task<TableBuildResult> BuildAsync(string sourcePath, TableSyntax syntax, Func<TableEntry, string?>? validate, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(sourcePath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new TableBuildResult(0, [], $"open {sourcePath}: {e.Message}");
        }
        var (entries, diagnostics) = TableSource.Parse(text, sourcePath, syntax);
        var warnings = new List<ConfigDiagnostic>(diagnostics);
        var kept = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (!kept.TryAdd(entry.Key, entry.Value))
            {
                warnings.Add(new ConfigDiagnostic(sourcePath, entry.Line, $"duplicate entry: \"{entry.Key.ToLowerInvariant()}\""));
                continue;
            }
            if (validate?.Invoke(entry) is { } problem)
                warnings.Add(new ConfigDiagnostic(sourcePath, entry.Line, problem));
        }
        warnings.Sort((a, b) => a.Line.CompareTo(b.Line));
        try
        {
            await TableIndex.WriteAsync(TableIndex.PathFor(sourcePath), kept, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new TableBuildResult(0, warnings, $"create {TableIndex.PathFor(sourcePath)}: {e.Message}");
        }
        return new TableBuildResult(kept.Count, warnings, null);
    }
}
