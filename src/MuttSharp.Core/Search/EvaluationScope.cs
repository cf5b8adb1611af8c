using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// One evaluation of a pattern: the context plus the message contents read so far. A term that
/// needs content that is not loaded yet asks for it here and answers "undecided"; the caller loads
/// what was asked for and evaluates again. So cheap terms decide first and a file is read only
/// when the answer depends on it. Used by one task at a time.
/// </summary>
internal sealed class EvaluationScope(PatternContext context, bool canLoad)
{
    private Dictionary<Message, MessageContent>? loaded;
    private Dictionary<Message, ContentLevel>? wanted;

    public PatternContext Context { get; } = context;

    /// <summary>How many message files this scope has read.</summary>
    public int FilesRead { get; private set; }

    public bool HasWanted => wanted is { Count: > 0 };

    /// <summary>The content of <paramref name="message"/> if it is loaded at <paramref name="level"/>; otherwise asks for it.</summary>
    public MessageContent? Content(Message message, ContentLevel level)
    {
        if (loaded is not null && loaded.TryGetValue(message, out var content) && content.Level >= level)
            return content;
        if (canLoad)
        {
            wanted ??= [];
            wanted[message] = wanted.TryGetValue(message, out var w) && w > level ? w : level;
        }
        return null;
    }

    public async ValueTask LoadWantedAsync(CancellationToken cancellationToken)
    {
        if (wanted is null)
            return;
        loaded ??= [];
        foreach (var (message, level) in wanted)
        {
            loaded[message] = await MessageContentReader.ReadAsync(message, level, Context, cancellationToken).ConfigureAwait(false);
            FilesRead++;
        }
        wanted.Clear();
    }

    /// <summary>Evaluates <paramref name="pattern"/> on <paramref name="message"/>, reading files as the answer requires.</summary>
    public async ValueTask<bool> EvaluateAsync(Pattern pattern, Message message, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pattern.Evaluate(message, this) is { } answer)
                return answer;
            if (!HasWanted)
                return false;
            await LoadWantedAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Drops loaded contents, so that a scope can be reused for the next message without holding bodies.</summary>
    public void Forget() => loaded?.Clear();
}
