using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// EXPR against one or more summary fields (<c>~s ~i ~x ~y ~H</c>); matches when any value does.
/// A missing field (null or empty) never matches, as in Mutt.
/// </summary>
internal sealed class FieldPattern(TextMatcher matcher, Func<Message, PatternContext, IEnumerable<string?>> values) : Pattern
{
    internal override ContentParts Needs => ContentParts.None;

    internal override bool? Evaluate(Message message, EvaluationScope scope)
    {
        foreach (string? value in values(message, scope.Context))
        {
            if (!string.IsNullOrEmpty(value) && matcher.IsMatch(value, scope.Context))
                return true;
        }
        return false;
    }
}
