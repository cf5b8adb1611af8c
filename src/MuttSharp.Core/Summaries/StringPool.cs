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

    private readonly bool share;
    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<MailAddress, MailAddress[]> addresses = new();

    public StringPool(bool share = true) => this.share = share;

    public string Intern(string value) => value.Length == 0 ? "" : share ? strings.GetOrAdd(value, value) : value;

    public MailAddress Intern(MailAddress value) => share ? addresses.GetOrAdd(value, static a => [a])[0] : value;

    /// <summary>
    /// A list of this one address, shared by every summary that has it alone in a field (the usual
    /// From, and To of a list): address lists are never changed once built.
    /// </summary>
    public IReadOnlyList<MailAddress> Alone(MailAddress value) => share ? addresses.GetOrAdd(value, static a => [a]) : [value];
}
