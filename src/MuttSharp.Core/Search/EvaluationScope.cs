using System.Collections.Concurrent;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// One evaluation of a pattern: the context plus the message contents read so far. A term that
/// needs content that is not loaded yet asks for it here and answers "undecided"; the caller loads
/// what was asked for and evaluates again. So cheap terms decide first and a file is read only
/// when the answer depends on it. Used by one task at a time.
/// </summary>
internal sealed class EvaluationScope(
    PatternContext context, bool canLoad, ConcurrentDictionary<(Pattern, int), bool>? threadAnswers = null)
{
    private const int MaxRounds = 64;

    private Dictionary<Message, MessageContent>? loaded;
    private Dictionary<Message, ContentParts>? wanted;

    public PatternContext Context { get; } = context;

    /// <summary>How many message files this scope has read.</summary>
    public int FilesRead { get; private set; }

    public bool HasWanted => wanted is { Count: > 0 };

    /// <summary>
    /// Answers of <c>~(P)</c> per thread (keyed by the term and the thread's lowest message number),
    /// shared by every scope of one bulk search: each member of a thread gets the same answer, so
    /// a thread is searched once rather than once per member.
    /// </summary>
    public ConcurrentDictionary<(Pattern, int), bool>? ThreadAnswers { get; } = threadAnswers;

    /// <summary>The content of <paramref name="message"/> if <paramref name="parts"/> are loaded; otherwise asks for them.</summary>
    public MessageContent? Content(Message message, ContentParts parts)
    {
        MessageContent? content = null;
        if (loaded is not null && loaded.TryGetValue(message, out content) && (content.Parts & parts) == parts)
            return content;
        if (canLoad)
        {
            wanted ??= [];
            // Re-reading extracts the union, so that earlier parts stay available.
            wanted[message] = wanted.GetValueOrDefault(message) | parts | (content?.Parts ?? ContentParts.None);
        }
        return null;
    }

    public async ValueTask LoadWantedAsync(CancellationToken cancellationToken)
    {
        if (wanted is null)
            return;
        loaded ??= [];
        foreach (var (message, parts) in wanted)
        {
            loaded[message] = await MessageContentReader.ReadAsync(message, parts, Context, cancellationToken).ConfigureAwait(false);
            FilesRead++;
        }
        wanted.Clear();
    }

    /// <summary>Evaluates <paramref name="pattern"/> on <paramref name="message"/>, reading files as the answer requires.</summary>
    public async ValueTask<bool> EvaluateAsync(Pattern pattern, Message message, CancellationToken cancellationToken)
    {
        // Each round loads everything asked for, so a round is needed only per level of thread
        // nesting; the bound is a guard against a term that keeps asking, not a limit users meet.
        for (int round = 0; round < MaxRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pattern.Evaluate(message, this) is { } answer)
                return answer;
            if (!HasWanted)
                return false;
            await LoadWantedAsync(cancellationToken).ConfigureAwait(false);
        }
        return pattern.Evaluate(message, this) ?? false;
    }
}
