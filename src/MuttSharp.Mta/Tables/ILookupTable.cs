namespace MuttSharp.Mta.Tables;

/// <summary>A Postfix lookup table (<c>hash:/etc/aliases</c>, <c>inline:{...}</c>, ...): a key in, a value or nothing out.</summary>
public interface ILookupTable
{
    /// <summary>The table as configured, <c>type:name</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The value for <paramref name="key"/>, or null. Keys are compared without regard to case, as
    /// Postfix folds them; a file-backed table first checks (one stat) whether its file changed.
    /// </summary>
    ValueTask<string?> LookupAsync(string key, CancellationToken cancellationToken);
}
