using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>Which relatives a thread term looks at.</summary>
internal enum ThreadRelation
{
    /// <summary><c>~(P)</c>: any message of the thread.</summary>
    Thread,

    /// <summary><c>~&lt;(P)</c>: the immediate parent.</summary>
    Parent,

    /// <summary><c>~&gt;(P)</c>: any immediate child.</summary>
    Children,
}

/// <summary>A pattern applied to a message's relatives through <see cref="PatternContext.Threads"/>.</summary>
internal sealed class ThreadPattern(ThreadRelation relation, Pattern inner) : Pattern
{
    internal override ContentParts Needs => inner.Needs;

    internal override bool UsesSuperseded => inner.UsesSuperseded;

    internal override bool? Evaluate(Message message, EvaluationScope scope)
    {
        if (scope.Context.Threads is not { } threads)
            return false;
        switch (relation)
        {
            case ThreadRelation.Parent:
                return threads.Parent(message) is { } parent ? inner.Evaluate(parent, scope) : false;
            case ThreadRelation.Children:
                return AnyMatches(threads.Children(message), scope);
            default:
                var thread = threads.ThreadOf(message);
                int key = thread.Count == 0 ? message.Number : thread.Min(m => m.Number);
                if (scope.ThreadAnswers is { } answers && answers.TryGetValue((this, key), out bool known))
                    return known;
                bool? answer = AnyMatches(thread, scope);
                if (answer is { } decided)
                    scope.ThreadAnswers?.TryAdd((this, key), decided);
                return answer;
        }
    }

    private bool? AnyMatches(IReadOnlyList<Message> relatives, EvaluationScope scope)
    {
        bool undecided = false;
        foreach (var relative in relatives)
        {
            switch (inner.Evaluate(relative, scope))
            {
                case true: return true;
                case null: undecided = true; break;
            }
        }
        return undecided ? null : false;
    }
}
