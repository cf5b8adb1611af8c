using MuttSharp.Core.Model;

namespace MuttSharp.Core.Search;

/// <summary>
/// The thread structure the thread patterns need (<c>~(P)</c>, <c>~&lt;(P)</c>, <c>~&gt;(P)</c>,
/// and by default <c>~$</c>); the threading code implements it over its thread tree.
/// </summary>
public interface IThreadRelations
{
    /// <summary>The message this one replies to, when it is in the mailbox; null for a thread root.</summary>
    Message? Parent(Message message);

    /// <summary>The direct replies to this message that are in the mailbox.</summary>
    IReadOnlyList<Message> Children(Message message);

    /// <summary>Every message of the thread this message belongs to, itself included.</summary>
    IReadOnlyList<Message> ThreadOf(Message message);
}
