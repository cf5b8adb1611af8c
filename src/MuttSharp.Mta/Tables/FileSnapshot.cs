namespace MuttSharp.Mta.Tables;

/// <summary>
/// What was loaded from a file, reloaded when the file's modification time changes: one stat per
/// use, and a whole new value swapped in, so concurrent readers see the old or the new, never a mix.
/// </summary>
/// <typeparam name="T">What the file is loaded into.</typeparam>
internal sealed class FileSnapshot<T>
    where T : class
{
    private readonly string path;
    private readonly Func<CancellationToken, Task<T>> load;
    private readonly Lock gate = new();
    private (DateTime Stamp, T Value)? current;

    /// <param name="path">The file to watch.</param>
    /// <param name="load">Reads the file; must not throw for a missing or unreadable file.</param>
    public FileSnapshot(string path, Func<CancellationToken, Task<T>> load)
    {
        this.path = path;
        this.load = load;
    }

    /// <summary>The value for the file as it is now.</summary>
    public async ValueTask<T> GetAsync(CancellationToken cancellationToken)
    {
        var stamp = File.GetLastWriteTimeUtc(path);
        (DateTime Stamp, T Value)? known;
        lock (gate)
            known = current;
        if (known is { } hit && hit.Stamp == stamp)
            return hit.Value;
        var value = await load(cancellationToken).ConfigureAwait(false);
        lock (gate)
            current = (stamp, value);
        return value;
    }
}
