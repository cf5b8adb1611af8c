using MuttSharp.Core.Config;

namespace MuttSharp.Core.Compose;

/// <summary>
/// Tab in an address prompt, as Mutt's alias completion: the word after the last comma is completed
/// to the longest prefix the matching alias names share; when that adds nothing and one alias
/// matches, the word becomes that alias's addresses.
/// </summary>
public static class AddressCompletion
{
    /// <summary>The completed line, or null when nothing completes (the caller beeps).</summary>
    public static string? Complete(IEnumerable<MuttAlias> aliases, string line)
    {
        int comma = line.LastIndexOf(',');
        string head = comma < 0 ? "" : line[..(comma + 1)] + " ";
        string word = line[(comma + 1)..].Trim();
        var matches = aliases.Where(a => a.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();
        if (matches.Count == 0)
            return null;
        string prefix = matches.Select(a => a.Name).Aggregate(CommonPrefix);
        if (prefix.Length > word.Length)
            return head + prefix;
        return matches.Count == 1 ? head + matches[0].Addresses : null;
    }

    private static string CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && char.ToLowerInvariant(a[n]) == char.ToLowerInvariant(b[n]))
            n++;
        return a[..n];
    }
}
