using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>All terms match (implicit AND). False as soon as one term is false, whatever the others still need.</summary>
internal sealed class AndPattern(IReadOnlyList<Pattern> terms) : Pattern
{
    public IReadOnlyList<Pattern> Terms { get; } = terms;

    internal override ContentParts Needs => Terms.Aggregate(ContentParts.None, (needs, t) => needs | t.Needs);

    internal override bool UsesSuperseded => Terms.Any(t => t.UsesSuperseded);

    internal override bool? Evaluate(Message message, EvaluationScope scope)
    {
        bool undecided = false;
        foreach (var term in Terms)
        {
            switch (term.Evaluate(message, scope))
            {
                case false: return false;
                case null: undecided = true; break;
            }
        }
        return undecided ? null : true;
    }
}
