using MimeKit;
using MuttSharp.Core.Config;
using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Compose;

/// <summary>
/// Tab in an address prompt, as Mutt's alias completion: the word after the last comma is completed
/// to the longest prefix the matching alias names share; when that adds nothing and one alias
/// matches, the word becomes that alias's addresses. <c>^T</c> replaces the word before the cursor with
/// what <c>$query_command</c> found for it.
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

    /// <summary>
    /// The word <c>complete-query</c> (<c>^T</c>) asks <c>$query_command</c> about, as Mutt takes it: from after
    /// the last comma or colon before <paramref name="cursor"/>, less leading blanks, up to the cursor.
    /// </summary>
    public static (int Start, string Word) QueryWord(string line, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, line.Length);
        int start = cursor;
        while (start > 0 && line[start - 1] is not (',' or ':'))
            start--;
        while (start < cursor && line[start] == ' ')
            start++;
        return (start, line[start..cursor]);
    }

    /// <summary>The line with the query word (<see cref="QueryWord"/>) replaced by the addresses the query gave, written as in a header.</summary>
    public static string ReplaceQueryWord(string line, int cursor, IEnumerable<QueryEntry> chosen)
    {
        var (start, _) = QueryWord(line, cursor);
        var addresses = new InternetAddressList(chosen.Select(e => new MailboxAddress(e.Name, e.Address)));
        return line[..start] + addresses + line[Math.Clamp(cursor, 0, line.Length)..];
    }

    private static string CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && char.ToLowerInvariant(a[n]) == char.ToLowerInvariant(b[n]))
            n++;
        return a[..n];
    }
}
