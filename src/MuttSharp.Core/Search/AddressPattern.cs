using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// A test over address lists (<c>~f ~t ~c ~C ~e ~L ~p ~P ~l ~u</c>): true when some address passes,
/// or with the <c>^</c> prefix when every address does. With the <c>@</c> prefix only addresses that
/// have an alias can pass.
/// </summary>
internal sealed class AddressPattern(
    Func<MessageSummary, IEnumerable<IReadOnlyList<MailAddress>>> lists,
    Func<MailAddress, PatternContext, bool> test,
    bool allAddresses,
    bool aliasesOnly) : Pattern
{
    internal override ContentParts Needs => ContentParts.None;

    internal override bool? Evaluate(Message message, EvaluationScope scope)
    {
        var context = scope.Context;
        foreach (var list in lists(message.Summary))
        {
            foreach (var address in list)
            {
                bool passes = (!aliasesOnly || (context.Aliases?.Matches(address.Address) ?? false)) && test(address, context);
                if (allAddresses != passes)
                    return !allAddresses;
            }
        }
        return allAddresses;
    }
}
