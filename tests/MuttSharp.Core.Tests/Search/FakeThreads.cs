using MuttSharp.Core.Model;
using MuttSharp.Core.Search;

namespace MuttSharp.Core.Tests.Search;

/// <summary>Thread relations from In-Reply-To alone: enough to exercise the thread patterns.</summary>
internal sealed class FakeThreads : IThreadRelations
{
    private readonly Dictionary<Message, Message> parents = [];
    private readonly Dictionary<Message, List<Message>> children = [];

    public FakeThreads(IEnumerable<Message> messages)
    {
        var list = messages.ToList();
        var byId = list.Where(m => m.Summary.MessageId is not null).ToDictionary(m => m.Summary.MessageId!);
        foreach (var m in list)
        {
            children.TryAdd(m, []);
            if (m.Summary.InReplyTo is { } parentId && byId.TryGetValue(parentId, out var parent))
            {
                parents[m] = parent;
                children.TryAdd(parent, []);
                children[parent].Add(m);
            }
        }
    }

    public Message? Parent(Message message) => parents.GetValueOrDefault(message);

    public IReadOnlyList<Message> Children(Message message) => children.TryGetValue(message, out var c) ? c : [];

    public IReadOnlyList<Message> ThreadOf(Message message)
    {
        var root = message;
        while (parents.TryGetValue(root, out var p))
            root = p;
        var all = new List<Message>();
        var stack = new Stack<Message>([root]);
        while (stack.Count > 0)
        {
            var m = stack.Pop();
            all.Add(m);
            foreach (var c in Children(m))
                stack.Push(c);
        }
        return all;
    }
}
