using MuttSharp.Core.Sorting;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    /// <summary>
    /// Mutt's <c>sort-mailbox</c> (<c>o</c>) and <c>sort-reverse</c> (<c>O</c>): sets <c>$sort</c> and
    /// re-sorts, keeping the limit and the cursor on its message.
    /// </summary>
    public Task<SessionResult> SortAsync(SortMethod method, bool reverse = false, CancellationToken cancellationToken = default) =>
        SortAsync(sort with { Sort = new SortSpec(method, reverse) }, cancellationToken);

    /// <summary>Re-sorts with <paramref name="options"/> (after <c>:set sort=...</c>, or from <see cref="SortSpec.TryParse"/>).</summary>
    public Task<SessionResult> SortAsync(SortOptions options, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => SortCoreAsync(options, cancellationToken), cancellationToken);

    private async Task<SessionResult> SortCoreAsync(SortOptions options, CancellationToken cancellationToken)
    {
        if (options.Sort.Method == SortMethod.Aux)
            return SessionResult.Error("aux: unknown sorting method");
        var before = sort;
        sort = options;
        try
        {
            snapshot = await Task.Run(() => BuildSnapshot(mailbox, keep), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            sort = before;
            throw;
        }
        // sort-mailbox sets $sort itself in Mutt, so :set ?sort and the status line agree.
        Config.TrySetVariable("sort", options.Sort.ToString(), out _);
        return SessionResult.None;
    }

    /// <summary>Re-reads <c>$sort</c>, <c>$sort_aux</c> and <c>$sort_thread_groups</c> (after a <c>:set</c>) and re-sorts.</summary>
    public async Task<SessionResult> ResortFromConfigAsync(CancellationToken cancellationToken = default)
    {
        if (!settings.TryGetSort(null, out var options, out string? error))
            return SessionResult.Error($"sort: {error}");
        return await SortAsync(options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Mutt's <c>collapse-thread</c> (<c>Esc v</c>): folds or unfolds the cursor's thread (refused for
    /// a thread with unread mail unless <c>$collapse_unread</c>).
    /// </summary>
    public SessionResult ToggleCollapse()
    {
        var order = snapshot.Order;
        if (!order.IsThreaded)
            return SessionResult.Error("Threading is not enabled.");
        if (order.Count > 0)
            MoveTo(order.ToggleThread(Cursor));
        return SessionResult.None;
    }

    /// <summary>Mutt's <c>collapse-all</c> (<c>Esc V</c>): folds every thread, or unfolds them all when the cursor's thread is folded.</summary>
    public SessionResult ToggleCollapseAll()
    {
        var order = snapshot.Order;
        if (!order.IsThreaded)
            return SessionResult.Error("Threading is not enabled.");
        if (order.Count == 0)
            return SessionResult.None;
        if (order.IsCollapsed(Cursor))
            order.ExpandAll();
        else
            order.CollapseAll();
        MoveTo(Cursor);
        return SessionResult.None;
    }
}
