using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>A term without argument decided from the message and the context (<c>~N ~F ~T ~= ~v</c> ...).</summary>
internal sealed class PredicatePattern(Func<Message, PatternContext, bool> test, bool usesSuperseded = false) : Pattern
{
    internal override ContentParts Needs => ContentParts.None;

    internal override bool UsesSuperseded => usesSuperseded;

    internal override bool? Evaluate(Message message, EvaluationScope scope) => test(message, scope.Context);
}
