using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary><c>!P</c>.</summary>
internal sealed class NotPattern(Pattern inner) : Pattern
{
    public Pattern Inner { get; } = inner;

    internal override ContentParts Needs => Inner.Needs;

    internal override bool UsesSuperseded => Inner.UsesSuperseded;

    internal override bool? Evaluate(Message message, EvaluationScope scope) => !Inner.Evaluate(message, scope);
}
