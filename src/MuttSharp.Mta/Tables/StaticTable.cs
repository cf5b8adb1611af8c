namespace MuttSharp.Mta.Tables;

/// <summary><c>static:value</c> (or <c>static:{ text with spaces }</c>): every key finds the same value.</summary>
public sealed class StaticTable : ILookupTable
{
    private readonly string value;

    /// <param name="body">The part after <c>static:</c>.</param>
    public StaticTable(string body)
    {
        Name = "static:" + body;
        string trimmed = body.Trim();
        value = trimmed.StartsWith('{') && trimmed.EndsWith('}') ? trimmed[1..^1].Trim() : trimmed;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public ValueTask<string?> LookupAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(value);
}
