using MuttSharp.Mta.Routing;
using MuttSharp.Mta.Tables;

namespace MuttSharp.Mta.Aliases;

/// <summary>
/// The tables <c>alias_maps</c> names, searched in order as local(8) searches them: the local name
/// lower-cased, first with its <c>recipient_delimiter</c> extension (<c>user+tag</c>), then without it
/// (<c>user</c>). Also answers whether an <c>owner-name</c> alias exists and reads <c>:include:</c> files.
/// </summary>
public sealed class AliasMaps
{
    private readonly IReadOnlyList<ILookupTable> tables;
    private readonly string recipientDelimiter;

    /// <param name="tables">The opened alias tables, in <c>alias_maps</c> order.</param>
    /// <param name="recipientDelimiter">The <c>recipient_delimiter</c> characters (empty: no extensions).</param>
    public AliasMaps(IReadOnlyList<ILookupTable> tables, string recipientDelimiter)
    {
        this.tables = tables;
        this.recipientDelimiter = recipientDelimiter;
    }

    /// <summary>The alias for <paramref name="localName"/>, or null when no table has one.</summary>
    public async ValueTask<AliasMatch?> FindAsync(string localName, CancellationToken cancellationToken)
    {
        foreach (string key in Keys(localName.ToLowerInvariant()))
        {
            foreach (var table in tables)
            {
                string? value = await table.LookupAsync(key, cancellationToken).ConfigureAwait(false);
                if (value is null)
                    continue;
                return AliasValue.TryParse(value, out var targets, out string error)
                    ? new AliasMatch(key, targets, table.Name)
                    : new AliasMatch(key, [], table.Name, $"{table.Name}: alias {key}: {error}");
            }
        }
        return null;
    }

    /// <summary>Whether <c>owner-<paramref name="aliasName"/></c> exists (errors then go to it, as the envelope sender).</summary>
    public async ValueTask<bool> HasOwnerAsync(string aliasName, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
            if (await table.LookupAsync("owner-" + aliasName.ToLowerInvariant(), cancellationToken).ConfigureAwait(false) is not null)
                return true;
        return false;
    }

    /// <summary>
    /// The targets an <c>:include:</c> file lists: the same items as an alias value, any number per
    /// line, <c>#</c> comment lines skipped. An unreadable or malformed file gives an error naming it.
    /// </summary>
    public static async Task<(IReadOnlyList<AliasTarget> Targets, string? Error)> ReadIncludeAsync(string path, CancellationToken cancellationToken)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], $"cannot open include file {path}: {e.Message}");
        }
        var targets = new List<AliasTarget>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (!AliasValue.TryParse(line, out var parsed, out string error))
                return ([], $"{path}, line {i + 1}: {error}");
            targets.AddRange(parsed);
        }
        return (targets, null);
    }

    /// <summary>The lookup keys for a lower-cased local name: <c>user+ext</c>, then <c>user</c>.</summary>
    public IEnumerable<string> Keys(string localName)
    {
        yield return localName;
        string? bare = RecipientAddress.StripExtension(localName, recipientDelimiter);
        if (bare is not null)
            yield return bare;
    }
}
