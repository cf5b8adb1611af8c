using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>Which text of the message file a content term searches.</summary>
internal enum ContentScope
{
    /// <summary><c>~h</c>: the header lines.</summary>
    Headers,

    /// <summary><c>~b</c>: the decoded body.</summary>
    Body,

    /// <summary><c>~B</c>: headers and decoded body.</summary>
    Whole,
}

/// <summary>EXPR against the message file's text (<c>~h ~b ~B</c>); undecided until the file is read.</summary>
internal sealed class ContentPattern(TextMatcher matcher, ContentScope which) : Pattern
{
    internal override ContentParts Needs => which switch
    {
        ContentScope.Headers => ContentParts.Headers,
        ContentScope.Body => ContentParts.Body,
        _ => ContentParts.Headers | ContentParts.Body,
    };

    internal override bool? Evaluate(Message message, EvaluationScope scope)
    {
        if (scope.Content(message, Needs) is not { } content)
            return null;
        return which switch
        {
            ContentScope.Headers => matcher.IsMatch(content.HeaderText, scope.Context),
            ContentScope.Body => BodyMatches(content, scope.Context),
            _ => matcher.IsMatch(content.HeaderText, scope.Context) || BodyMatches(content, scope.Context),
        };
    }

    private bool BodyMatches(MessageContent content, PatternContext context)
    {
        foreach (string segment in content.BodySegments)
        {
            if (matcher.IsMatch(segment, context))
                return true;
        }
        return false;
    }
}
