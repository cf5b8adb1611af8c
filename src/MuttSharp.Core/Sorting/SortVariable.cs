namespace MuttSharp.Core.Sorting;

/// <summary>Which Mutt variable a sort method is written for; each accepts a slightly different set of names.</summary>
public enum SortVariable
{
    /// <summary><c>$sort</c>.</summary>
    Sort,

    /// <summary><c>$sort_aux</c>.</summary>
    SortAux,

    /// <summary><c>$sort_thread_groups</c>.</summary>
    SortThreadGroups,
}
