namespace MuttSharp.Mta.Tables;

/// <summary>
/// A <c>hash:</c> or <c>texthash:</c> table backed by a file. <c>texthash:</c> reads the source text;
/// <c>hash:</c> reads the index <c>postmap</c> built (<c>file.db</c>). As Postfix does, an index older
/// than its source is still used, with the warning <c>database file.db is older than source file file</c>.
/// Where Postfix would refuse to start because the index is missing, MuttSharp reads the source and
/// warns instead. Each lookup stats the file it read (one stat) and reloads it when it changed, which
/// is how the engine notices <c>newaliases</c> and <c>postmap</c>.
/// </summary>
public sealed class FileTable : ILookupTable
{
    private readonly string sourcePath;
    private readonly bool indexed;
    private readonly TableSyntax syntax;
    private readonly Action<string> warn;
    private readonly SemaphoreSlim reloadGate = new(1, 1);
    private Snapshot? current;

    /// <param name="type"><c>hash</c> or <c>texthash</c>.</param>
    /// <param name="sourcePath">The source file (without <c>.db</c>).</param>
    /// <param name="syntax">How the source is written.</param>
    /// <param name="warn">Receives warnings (stale or missing index, bad source lines).</param>
    public FileTable(string type, string sourcePath, TableSyntax syntax, Action<string> warn)
    {
        Name = $"{type}:{sourcePath}";
        this.sourcePath = sourcePath;
        indexed = type == "hash";
        this.syntax = syntax;
        this.warn = warn;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public async ValueTask<string?> LookupAsync(string key, CancellationToken cancellationToken)
    {
        var snapshot = current;
        if (snapshot is null || snapshot.Changed())
            snapshot = await ReloadAsync(cancellationToken).ConfigureAwait(false);
        return snapshot.Entries.GetValueOrDefault(key);
    }

    private async Task<Snapshot> ReloadAsync(CancellationToken cancellationToken)
    {
        await reloadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (current is { } fresh && !fresh.Changed())
                return fresh;
            current = await LoadAsync(cancellationToken).ConfigureAwait(false);
            return current;
        }
        finally
        {
            reloadGate.Release();
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        string indexPath = TableIndex.PathFor(sourcePath);
        if (indexed && File.Exists(indexPath))
        {
            var indexTime = File.GetLastWriteTimeUtc(indexPath);
            if (File.Exists(sourcePath) && File.GetLastWriteTimeUtc(sourcePath) > indexTime)
                warn($"database {indexPath} is older than source file {sourcePath}");
            var (ok, entries, error) = await TableIndex.ReadAsync(indexPath, cancellationToken).ConfigureAwait(false);
            if (ok)
                return new Snapshot(indexPath, indexTime, entries, WatchMissingIndex: false);
            warn(error + "; reading the source file instead");
        }
        else if (indexed)
        {
            warn($"database {indexPath} does not exist; reading source file {sourcePath} (run postmap or newaliases)");
        }
        return await LoadSourceAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Snapshot> LoadSourceAsync(CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        DateTime stamp = DateTime.MinValue;
        try
        {
            stamp = File.GetLastWriteTimeUtc(sourcePath);
            string text = await File.ReadAllTextAsync(sourcePath, cancellationToken).ConfigureAwait(false);
            var (parsed, diagnostics) = TableSource.Parse(text, sourcePath, syntax);
            foreach (var diagnostic in diagnostics)
                warn(diagnostic.ToString());
            foreach (var entry in parsed)
                entries.TryAdd(entry.Key, entry.Value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn($"open {Name}: {e.Message}");
        }
        return new Snapshot(sourcePath, stamp, entries, WatchMissingIndex: indexed);
    }

    /// <summary>One loaded state of the table and how to tell it is out of date.</summary>
    private sealed record Snapshot(string File, DateTime Stamp, IReadOnlyDictionary<string, string> Entries, bool WatchMissingIndex)
    {
        public bool Changed() =>
            System.IO.File.GetLastWriteTimeUtc(File) != Stamp
            || (WatchMissingIndex && System.IO.File.Exists(TableIndex.PathFor(File)));
    }
}
