using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// A test on the read message file (<c>~M ~E ~k</c>). An optional shortcut decides "true" from the
/// summary alone (<c>~M text/plain</c> on a text/plain message), so the file is read only otherwise.
/// </summary>
internal sealed class ContentPredicatePattern(
    ContentParts needs,
    Func<MessageContent, PatternContext, bool> test,
    Func<Message, PatternContext, bool>? shortcut = null) : Pattern
{
    internal override ContentParts Needs => needs;

    internal override bool? Evaluate(Message message, EvaluationScope scope)
    {
        if (shortcut is not null && shortcut(message, scope.Context))
            return true;
        return scope.Content(message, needs) is { } content ? test(content, scope.Context) : null;
    }
}
