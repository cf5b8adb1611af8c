using System.Collections.Concurrent;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// Runs a pattern over a whole mailbox, as Mutt's limit, search and tag-pattern do. Terms that
/// need no file are decided for every message first; only the messages whose answer still depends
/// on a file (<c>~f joe ~b x</c>: only Joe's) are read, in parallel, each file once, cancellably.
/// </summary>
public static class PatternSearch
{
    private const int ProgressStep = 512;

    /// <summary>Decides <paramref name="pattern"/> for every message of <paramref name="messages"/>.</summary>
    /// <param name="messages">The messages to search, usually a mailbox's in mailbox order.</param>
    /// <param name="pattern">A compiled pattern.</param>
    /// <param name="context">What the pattern needs from outside; <see cref="PatternContext.SearchParallelism"/> bounds the parallel reads.</param>
    /// <param name="progress">Told how many messages are decided, now and then.</param>
    /// <param name="cancellationToken">Stops the search; it then throws <see cref="OperationCanceledException"/>.</param>
    public static async Task<PatternSearchResult> FilterAsync(IReadOnlyList<Message> messages, Pattern pattern,
        PatternContext context, IProgress<PatternSearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        int total = messages.Count;
        var matched = new bool[total];
        int filesRead = 0;

        if (pattern.UsesSuperseded && context.SupersededIds is null && context.CollectedSupersededIds is null)
        {
            context.CollectedSupersededIds = await CollectSupersededAsync(messages, context, cancellationToken).ConfigureAwait(false);
            filesRead += total;
        }

        // Phase 1: everything that can be decided from memory.
        var threadAnswers = new ConcurrentDictionary<(Pattern, int), bool>();
        var memoryOnly = new EvaluationScope(context, canLoad: false, threadAnswers);
        var undecided = new List<int>();
        for (int i = 0; i < total; i++)
        {
            if ((i & 1023) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            switch (pattern.Evaluate(messages[i], memoryOnly))
            {
                case true: matched[i] = true; break;
                case null: undecided.Add(i); break;
            }
        }
        int done = total - undecided.Count;
        progress?.Report(new PatternSearchProgress(done, total));

        // Phase 2: read the files the answer depends on.
        if (undecided.Count > 0)
        {
            var options = new ParallelOptions
            {
                MaxDegreeOfParallelism = Math.Max(1, context.SearchParallelism),
                CancellationToken = cancellationToken,
            };
            await Parallel.ForEachAsync(undecided, options, async (index, ct) =>
            {
                var scope = new EvaluationScope(context, canLoad: true, threadAnswers);
                matched[index] = await scope.EvaluateAsync(pattern, messages[index], ct).ConfigureAwait(false);
                Interlocked.Add(ref filesRead, scope.FilesRead);
                int now = Interlocked.Increment(ref done);
                if (now % ProgressStep == 0)
                    progress?.Report(new PatternSearchProgress(now, total));
            }).ConfigureAwait(false);
            progress?.Report(new PatternSearchProgress(total, total));
        }

        return new PatternSearchResult(messages, matched, filesRead, context.RegexTimeouts);
    }

    private static async Task<IReadOnlySet<string>> CollectSupersededAsync(IReadOnlyList<Message> messages, PatternContext context,
        CancellationToken cancellationToken)
    {
        var ids = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.SearchParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(messages, options, async (message, ct) =>
        {
            var content = await MessageContentReader.ReadAsync(message, ContentParts.Headers, context, ct).ConfigureAwait(false);
            if (content.Supersedes is { } id)
                ids.TryAdd(id, 0);
        }).ConfigureAwait(false);
        return ids.Keys.ToHashSet(StringComparer.Ordinal);
    }
}
