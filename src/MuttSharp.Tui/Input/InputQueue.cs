using MuttSharp.Core.Config.Keys;

namespace MuttSharp.Tui.Input;

/// <summary>
/// The reader's one input buffer, as Mutt's: keys typed, keys a macro or <c>push</c> produced, and keys a
/// key map read too far and handed back. Menus and prompts both read from it, so a macro such as
/// <c>l~N&lt;enter&gt;</c> drives the limit prompt exactly as typing would.
/// </summary>
public sealed class InputQueue
{
    private readonly LinkedList<KeyEvent> events = new();

    /// <summary>The number of queued events.</summary>
    public int Count => events.Count;

    /// <summary>Adds events after everything queued (keys typed now).</summary>
    public void Enqueue(IEnumerable<KeyEvent> typed)
    {
        foreach (var e in typed)
            events.AddLast(e);
    }

    /// <summary>Puts events in front of everything queued, in their order (macros, <c>push</c>, replayed keys).</summary>
    public void PushFront(IEnumerable<KeyEvent> pushed)
    {
        LinkedListNode<KeyEvent>? after = null;
        foreach (var e in pushed)
            after = after is null ? events.AddFirst(e) : events.AddAfter(after, e);
    }

    /// <summary>Takes the next event, if any.</summary>
    public bool TryDequeue(out KeyEvent next)
    {
        if (events.First is { } first)
        {
            next = first.Value;
            events.RemoveFirst();
            return true;
        }
        next = default;
        return false;
    }

    /// <summary>Drops everything queued (after an error, as Mutt flushes input on a macro loop).</summary>
    public void Clear() => events.Clear();
}
