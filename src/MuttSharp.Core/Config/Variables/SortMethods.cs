namespace MuttSharp.Core.Config.Variables;

/// <summary>
/// The method names each sort variable accepts (case-insensitively) and the name each is stored and
/// printed as; Mutt prints the first name of a method, so <c>date-sent</c> reads back as <c>date</c>.
/// </summary>
internal static class SortMethods
{
    private static readonly string[] Messages =
        ["date", "date-sent=date", "date-received", "mailbox-order", "subject", "from", "size", "threads", "to", "score", "spam", "label"];

    /// <summary>Method sets by kind; an entry <c>a=b</c> accepts <c>a</c> and stores <c>b</c>.</summary>
    private static readonly Dictionary<string, string[]> Kinds = new(StringComparer.Ordinal)
    {
        ["messages"] = Messages,
        ["aux"] = [.. Messages.Select(m => m == "threads" ? "threads=date" : m)],
        ["thread-groups"] = ["aux", .. Messages],
        ["alias"] = ["alias", "address", "unsorted"],
        ["browser"] = ["alpha", "count", "date", "size", "unread", "unsorted"],
        ["keys"] = ["address", "date", "keyid", "trust"],
        ["sidebar"] = ["alpha", "name=alpha", "count", "flagged", "mailbox-order=unsorted", "new=unread", "unread", "path", "unsorted"],
    };

    /// <summary>Which method set a sort variable uses.</summary>
    private static readonly Dictionary<string, string> KindByVariable = new(StringComparer.Ordinal)
    {
        ["sort"] = "messages",
        ["sort_aux"] = "aux",
        ["sort_thread_groups"] = "thread-groups",
        ["sort_alias"] = "alias",
        ["sort_browser"] = "browser",
        ["sort_browser_mailboxes"] = "browser",
        ["pgp_sort_keys"] = "keys",
        ["sidebar_sort_method"] = "sidebar",
    };

    public static string KindOf(string variable) => KindByVariable.TryGetValue(variable, out string? kind) ? kind : "messages";

    /// <summary>Parses <c>[reverse-][last-]method</c>; Mutt's wording on failure.</summary>
    public static bool TryParse(string kind, string text, out SortOrder order, out string? error)
    {
        string rest = text;
        bool reverse = rest.StartsWith("reverse-", StringComparison.Ordinal);
        if (reverse)
            rest = rest["reverse-".Length..];
        bool last = rest.StartsWith("last-", StringComparison.Ordinal);
        if (last)
            rest = rest["last-".Length..];
        foreach (string entry in Kinds[kind])
        {
            int eq = entry.IndexOf('=');
            string name = eq < 0 ? entry : entry[..eq];
            if (string.Equals(name, rest, StringComparison.OrdinalIgnoreCase))
            {
                order = new SortOrder(eq < 0 ? entry : entry[(eq + 1)..], reverse, last);
                error = null;
                return true;
            }
        }
        order = default;
        error = $"{rest}: unknown sorting method";
        return false;
    }
}
