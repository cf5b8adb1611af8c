using MuttSharp.Core.Model;
using MuttSharp.Core.Search;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Reading;

/// <summary>The thread patterns' view (<c>~(P)</c>, <c>~&lt;(P)</c>, <c>~&gt;(P)</c>) of a <see cref="ThreadTree"/>.</summary>
public sealed class ThreadRelations : IThreadRelations
{
    private readonly ThreadTree tree;
    private readonly IReadOnlyList<Message> messages;

    public ThreadRelations(ThreadTree tree, IReadOnlyList<Message> messages)
    {
        this.tree = tree;
        this.messages = messages;
    }

    /// <inheritdoc/>
    public Message? Parent(Message message)
    {
        int parent = tree.ParentMessage(message.Number);
        return parent < 0 ? null : messages[parent];
    }

    /// <inheritdoc/>
    public IReadOnlyList<Message> Children(Message message) =>
        tree.ChildMessages(message.Number).Select(n => messages[n]).ToArray();

    /// <inheritdoc/>
    public IReadOnlyList<Message> ThreadOf(Message message) =>
        tree.ThreadMessages(message.Number).Select(n => messages[n]).ToArray();
}
