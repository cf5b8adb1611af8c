namespace MuttSharp.Core.Sorting;

/// <summary>
/// One sort setting as Mutt writes it: <c>[reverse-][last-]method</c>, e.g.
/// <c>reverse-last-date-received</c>. <see cref="Last"/> only changes how threads are ordered
/// (by their latest message).
/// </summary>
/// <param name="Method">The sort key.</param>
/// <param name="Reverse">The <c>reverse-</c> prefix.</param>
/// <param name="Last">The <c>last-</c> prefix.</param>
public readonly record struct SortSpec(SortMethod Method, bool Reverse = false, bool Last = false)
{
    private const string ReversePrefix = "reverse-";
    private const string LastPrefix = "last-";

    // Mutt's SortMethods table; the first name of a method is the one it is printed with.
    private static readonly (string Name, SortMethod Method)[] Names =
    [
        ("date", SortMethod.Date),
        ("date-sent", SortMethod.Date),
        ("date-received", SortMethod.DateReceived),
        ("from", SortMethod.From),
        ("label", SortMethod.Label),
        ("mailbox-order", SortMethod.MailboxOrder),
        ("score", SortMethod.Score),
        ("size", SortMethod.Size),
        ("spam", SortMethod.Spam),
        ("subject", SortMethod.Subject),
        ("threads", SortMethod.Threads),
        ("to", SortMethod.To),
        ("aux", SortMethod.Aux),
    ];

    /// <summary>
    /// Parses a value of <paramref name="variable"/>. <c>threads</c> is refused for
    /// <c>$sort_thread_groups</c> and <c>aux</c> everywhere else, as Mutt does. As in Mutt the
    /// prefixes must come in the order <c>reverse-last-</c> and are case-sensitive, while the
    /// method name is not.
    /// </summary>
    public static bool TryParse(string text, SortVariable variable, out SortSpec spec, out string error)
    {
        spec = default;
        string rest = text;
        bool reverse = false, last = false;
        if (rest.StartsWith(ReversePrefix, StringComparison.Ordinal))
        {
            reverse = true;
            rest = rest[ReversePrefix.Length..];
        }
        if (rest.StartsWith(LastPrefix, StringComparison.Ordinal))
        {
            last = true;
            rest = rest[LastPrefix.Length..];
        }
        foreach (var (name, method) in Names)
        {
            if (!string.Equals(name, rest, StringComparison.OrdinalIgnoreCase) || !AllowedIn(method, variable))
                continue;
            spec = new SortSpec(method, reverse, last);
            error = "";
            return true;
        }
        error = $"{rest}: unknown sorting method";
        return false;
    }

    private static bool AllowedIn(SortMethod method, SortVariable variable) => method switch
    {
        SortMethod.Aux => variable == SortVariable.SortThreadGroups,
        SortMethod.Threads => variable != SortVariable.SortThreadGroups,
        _ => true,
    };

    /// <summary>The setting as Mutt prints it (<c>set ?sort_aux</c>).</summary>
    public override string ToString()
    {
        var method = Method;
        string name = Array.Find(Names, n => n.Method == method).Name;
        return (Reverse ? ReversePrefix : "") + (Last ? LastPrefix : "") + name;
    }
}
