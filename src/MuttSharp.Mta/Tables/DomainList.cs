namespace MuttSharp.Mta.Tables;

/// <summary>
/// A Postfix domain list (<c>mydestination</c>, <c>relay_domains</c>, <c>virtual_*_domains</c>): names
/// match exactly (case-insensitive, trailing dot ignored), <c>.example.com</c> matches the subdomains
/// of example.com, and a <c>type:table</c> item matches the domains it has as keys.
/// </summary>
public sealed class DomainList
{
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> parents = [];
    private readonly List<ILookupTable> tables = [];

    /// <summary>Builds a list from the split parameter value; table items are opened through <paramref name="factory"/>.</summary>
    public DomainList(IEnumerable<string> items, string parameter, LookupTableFactory factory, ICollection<string> errors)
    {
        foreach (string item in items)
        {
            if (item.Contains(':'))
            {
                if (factory.TryOpen(item, parameter, TableSyntax.Map, out var table, out string error))
                    tables.Add(table);
                else
                    errors.Add(error);
            }
            else if (item.StartsWith('.'))
            {
                parents.Add(item.TrimEnd('.'));
            }
            else
            {
                names.Add(item.TrimEnd('.'));
            }
        }
    }

    /// <summary>Whether the list names no domain at all.</summary>
    public bool IsEmpty => names.Count == 0 && parents.Count == 0 && tables.Count == 0;

    /// <summary>Whether <paramref name="domain"/> is in the list.</summary>
    public async ValueTask<bool> ContainsAsync(string domain, CancellationToken cancellationToken)
    {
        string wanted = domain.TrimEnd('.');
        if (wanted.Length == 0)
            return false;
        if (names.Contains(wanted))
            return true;
        foreach (string parent in parents)
            if (wanted.EndsWith(parent, StringComparison.OrdinalIgnoreCase) && wanted.Length > parent.Length)
                return true;
        foreach (var table in tables)
            if (await table.LookupAsync(wanted.ToLowerInvariant(), cancellationToken).ConfigureAwait(false) is not null)
                return true;
        return false;
    }
}
