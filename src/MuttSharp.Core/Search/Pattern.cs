using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// A compiled Mutt pattern (<c>~f joe ~s "^Re:" | ~F</c>), made by <see cref="PatternParser"/>.
/// Immutable and safe to evaluate from several threads at once.
/// </summary>
public abstract class Pattern
{
    private protected Pattern()
    {
    }

    /// <summary>
    /// True when some term needs the message file (<c>~b ~B ~h ~M ~X ~E ~k</c>); Mutt refuses such
    /// patterns for scoring and recommends against them for index colouring.
    /// </summary>
    public bool ReadsMessageFiles => Needs != ContentParts.None;

    /// <summary>The most any term needs to read.</summary>
    internal abstract ContentParts Needs { get; }

    /// <summary>Whether the pattern uses <c>~S</c> (so a bulk search must know which messages are superseded).</summary>
    internal virtual bool UsesSuperseded => false;

    /// <summary>
    /// Whether <paramref name="message"/> matches, from what is in memory only: terms that need the
    /// message file count as undecided and an undecided answer is false. Use
    /// <see cref="MatchesAsync"/> or <see cref="PatternSearch.FilterAsync"/> when
    /// <see cref="ReadsMessageFiles"/> is set.
    /// </summary>
    public bool Matches(Message message, PatternContext context) =>
        Evaluate(message, new EvaluationScope(context, canLoad: false)) ?? false;

    /// <summary>Whether <paramref name="message"/> matches, reading its file only if the answer depends on it.</summary>
    public ValueTask<bool> MatchesAsync(Message message, PatternContext context, CancellationToken cancellationToken = default) =>
        new EvaluationScope(context, canLoad: true).EvaluateAsync(this, message, cancellationToken);

    /// <summary>True or false when decided; null when the answer depends on content not loaded in <paramref name="scope"/>.</summary>
    internal abstract bool? Evaluate(Message message, EvaluationScope scope);
}
