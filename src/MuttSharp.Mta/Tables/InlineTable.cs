using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Tables;

/// <summary>
/// <c>inline:{ key=value, { key = text with spaces } }</c>: a table written in main.cf itself.
/// </summary>
public sealed class InlineTable : ILookupTable
{
    private readonly Dictionary<string, string> entries;

    private InlineTable(string name, Dictionary<string, string> entries)
    {
        Name = name;
        this.entries = entries;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Parses the part after <c>inline:</c>; false with what was expected when it is malformed.</summary>
    public static bool TryParse(string body, out InlineTable table, out string error)
    {
        table = new InlineTable("inline:" + body, []);
        string trimmed = body.Trim();
        if (!trimmed.StartsWith('{') || !trimmed.EndsWith('}'))
        {
            error = $"bad table \"inline:{body}\": expected inline:{{ key=value, ... }}";
            return false;
        }
        foreach (string item in ParameterValue.SplitList(trimmed[1..^1]))
        {
            string pair = item.StartsWith('{') && item.EndsWith('}') ? item[1..^1] : item;
            int equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                error = $"bad table \"inline:{body}\": expected key=value, found \"{item}\"";
                return false;
            }
            table.entries.TryAdd(pair[..equals].Trim().ToLowerInvariant(), pair[(equals + 1)..].Trim());
        }
        error = "";
        return true;
    }

    /// <inheritdoc />
    public ValueTask<string?> LookupAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(entries.GetValueOrDefault(key.ToLowerInvariant()));
}
