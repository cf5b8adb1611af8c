using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// Terms joined by AND (written side by side) or by OR (<c>|</c>), in three-valued logic: one
/// false term decides an AND and one true term decides an OR, even while other terms still wait
/// for a file; only when no term decides does the answer stay open.
/// </summary>
internal sealed class JunctionPattern(bool isOr, IReadOnlyList<Pattern> terms) : Pattern
{
    public bool IsOr { get; } = isOr;

    public IReadOnlyList<Pattern> Terms { get; } = terms;

    internal override ContentParts Needs => Terms.Aggregate(ContentParts.None, (needs, t) => needs | t.Needs);

    internal override bool UsesSuperseded => Terms.Any(t => t.UsesSuperseded);

    internal override bool? Evaluate(Message message, EvaluationScope scope)
    {
        bool undecided = false;
        foreach (var term in Terms)
        {
            bool? answer = term.Evaluate(message, scope);
            if (answer == IsOr)
                return IsOr;
            undecided |= answer is null;
        }
        return undecided ? null : !IsOr;
    }

    /// <summary><paramref name="left"/> joined with <paramref name="right"/>, flattening a junction of the same kind.</summary>
    public static JunctionPattern Join(bool isOr, Pattern left, Pattern right) =>
        new(isOr, left is JunctionPattern j && j.IsOr == isOr ? [.. j.Terms, right] : [left, right]);
}
