using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sorting;

/// <summary>The sort variables, with Mutt 2.2's defaults (<c>date</c>, <c>date</c>, <c>aux</c>).</summary>
public sealed record SortOptions
{
    /// <summary>A fresh Mutt's settings.</summary>
    public static SortOptions Default { get; } = new();

    /// <summary><c>$sort</c>.</summary>
    public SortSpec Sort { get; init; } = new(SortMethod.Date);

    /// <summary><c>$sort_aux</c>: ties of <c>$sort</c>, and the order of messages inside threads.</summary>
    public SortSpec SortAux { get; init; } = new(SortMethod.Date);

    /// <summary><c>$sort_thread_groups</c>: the order of whole threads; <c>aux</c> means <c>$sort_aux</c>.</summary>
    public SortSpec SortThreadGroups { get; init; } = new(SortMethod.Aux);

    /// <summary>
    /// The spam tag of a message (what Mutt's <c>spam</c> command extracted), or null. Sorting by
    /// <c>spam</c> without it leaves every message untagged.
    /// </summary>
    public Func<Message, string?>? SpamTag { get; init; }

    /// <summary>Whether <c>$sort</c> is <c>threads</c> (or <c>reverse-threads</c>).</summary>
    public bool Threaded => Sort.Method == SortMethod.Threads;
}
