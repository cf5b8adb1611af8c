using System.Collections.Concurrent;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Summaries;

/// <summary>
/// Shares equal strings and addresses between the summaries of one mailbox: the same senders,
/// list ids and message ids (a parent's id reappears in every reply's References) recur thousands
/// of times in a large folder, and one copy each keeps 100k summaries small. Thread-safe.
/// </summary>
internal sealed class StringPool
{
    /// <summary>A pool that shares nothing, for one-off reads.</summary>
    public static readonly StringPool None = new(share: false);

    // Hash sets under a lock each rather than one concurrent dictionary: a cold open of 100k messages pools
    // some 150k strings, and a set entry is a third of a concurrent node's size; two readers rarely meet on one lock.
    private const int Stripes = 16;

    private readonly bool share;
    private readonly HashSet<string>[] strings;
    private readonly ConcurrentDictionary<MailAddress, MailAddress[]> addresses = new();

    public StringPool(bool share = true)
    {
        this.share = share;
        strings = new HashSet<string>[share ? Stripes : 0];
        for (int i = 0; i < strings.Length; i++)
            strings[i] = new HashSet<string>(StringComparer.Ordinal);
    }

    public string Intern(string value)
    {
        if (value.Length == 0)
            return "";
        if (!share)
            return value;
        // The stripe from characters inside the text: ids of one host share their ends, not their middles.
        var set = strings[(value.Length ^ value[value.Length / 2] ^ (value[value.Length / 3] << 2)) & (Stripes - 1)];
        lock (set)
        {
            if (set.TryGetValue(value, out string? pooled))
                return pooled;
            set.Add(value);
            return value;
        }
    }

    public MailAddress Intern(MailAddress value) => share ? addresses.GetOrAdd(value, static a => [a])[0] : value;

    /// <summary>
    /// A list of this one address, shared by every summary that has it alone in a field (the usual
    /// From, and To of a list): address lists are never changed once built.
    /// </summary>
    public IReadOnlyList<MailAddress> Alone(MailAddress value) => share ? addresses.GetOrAdd(value, static a => [a]) : [value];
}
