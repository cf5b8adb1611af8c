using MuttSharp.Core.Search;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    private Pattern? searchPattern;
    private string? searchText;
    private bool searchReverse;

    /// <summary>The last search as typed, which <see cref="SearchNextAsync"/> repeats; null before the first.</summary>
    public string? LastSearch => searchText;

    /// <summary>
    /// Mutt's <c>search</c> (<c>/</c>) and <c>search-reverse</c> (<c>Esc /</c>): moves the cursor to the
    /// next row (or previous, <paramref name="reverse"/>) whose message <paramref name="text"/> matches,
    /// wrapping round the ends when <c>$wrap_search</c> is set.
    /// </summary>
    public Task<SessionResult> SearchAsync(string text, bool reverse = false, CancellationToken cancellationToken = default)
    {
        text = text.Trim();
        if (text.Length == 0)
            return Task.FromResult(SessionResult.None);
        if (!TryCompile(text, out var pattern, out var error))
            return Task.FromResult(error);
        searchPattern = pattern;
        searchText = text;
        searchReverse = reverse;
        return FindAsync(pattern, reverse, NeedsThreads(text), cancellationToken);
    }

    /// <summary>Mutt's <c>search-next</c> (<c>n</c>), or <c>search-opposite</c> with <paramref name="opposite"/>: the last search again from the cursor.</summary>
    public Task<SessionResult> SearchNextAsync(bool opposite = false, CancellationToken cancellationToken = default)
    {
        if (searchPattern is null || searchText is null)
            return Task.FromResult(SessionResult.Error("No search pattern."));
        return FindAsync(searchPattern, searchReverse != opposite, NeedsThreads(searchText), cancellationToken);
    }

    private Task<SessionResult> FindAsync(Pattern pattern, bool reverse, bool needsThreads, CancellationToken cancellationToken) =>
        ExclusiveAsync(() => FindCoreAsync(pattern, reverse, needsThreads, cancellationToken), cancellationToken);

    private async Task<SessionResult> FindCoreAsync(Pattern pattern, bool reverse, bool needsThreads, CancellationToken cancellationToken)
    {
        var order = snapshot.Order;
        if (order.Count == 0)
            return SessionResult.Error("No messages.");
        var context = PatternContext(needsThreads);
        bool wrap = Config.GetBool("wrap_search");
        int start = Cursor, step = reverse ? -1 : 1;
        var (row, wrapped) = await Task.Run(async () =>
        {
            bool crossed = false;
            for (int i = 1, r = start; i <= order.Count; i++)
            {
                r += step;
                if (r < 0 || r >= order.Count)
                {
                    if (!wrap)
                        return (-1, true);
                    r = r < 0 ? order.Count - 1 : 0;
                    crossed = true;
                }
                if ((i & 255) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                var message = mailbox.Messages[order.MessageAt(r)];
                bool match = pattern.ReadsMessageFiles
                    ? await pattern.MatchesAsync(message, context, cancellationToken).ConfigureAwait(false)
                    : pattern.Matches(message, context);
                if (match)
                    return (r, crossed);
            }
            return (-1, crossed);
        }, cancellationToken).ConfigureAwait(false);
        if (row < 0)
        {
            if (!wrap && wrapped)
                return SessionResult.Error(reverse ? "Search hit top without finding match" : "Search hit bottom without finding match");
            return SessionResult.Error("Not found.");
        }
        if (ReferenceEquals(order, snapshot.Order))
            MoveTo(row);
        return wrapped ? SessionResult.Info(reverse ? "Search wrapped to bottom." : "Search wrapped to top.") : SessionResult.None;
    }
}
