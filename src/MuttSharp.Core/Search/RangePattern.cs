using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>A number of the message in a RANGE: <c>~m</c> (position), <c>~n</c> (score), <c>~z</c> (size), <c>~X</c> (attachments).</summary>
internal sealed class RangePattern(NumberRange range, ContentParts needs, Func<Message, EvaluationScope, long?> value) : Pattern
{
    internal override ContentParts Needs => needs;

    internal override bool? Evaluate(Message message, EvaluationScope scope) =>
        value(message, scope) is { } v ? range.Contains(v, scope.Context) : null;
}
