namespace MuttSharp.Core.Reading.Session;

/// <summary>
/// The messages an operation applies to: the current message, its thread or subthread, the tagged
/// messages (Mutt's <c>;</c> tag-prefix) or the messages a pattern matches. One type, so that each
/// operation is written once for all of Mutt's <c>-message</c>, <c>-thread</c>, <c>-subthread</c>,
/// <c>-pattern</c> and tagged variants.
/// </summary>
public sealed record MessageScope
{
    private MessageScope(MessageScopeKind kind, string? patternText)
    {
        Kind = kind;
        PatternText = patternText;
    }

    /// <summary>The message under the cursor.</summary>
    public static MessageScope Current { get; } = new(MessageScopeKind.Current, null);

    /// <summary>The cursor's whole thread.</summary>
    public static MessageScope Thread { get; } = new(MessageScopeKind.Thread, null);

    /// <summary>The cursor's message and its replies.</summary>
    public static MessageScope Subthread { get; } = new(MessageScopeKind.Subthread, null);

    /// <summary>The tagged messages.</summary>
    public static MessageScope Tagged { get; } = new(MessageScopeKind.Tagged, null);

    /// <summary>Which kind of scope this is.</summary>
    public MessageScopeKind Kind { get; }

    /// <summary>For <see cref="MessageScopeKind.Pattern"/>: the pattern as the user typed it.</summary>
    public string? PatternText { get; }

    /// <summary>The messages <paramref name="pattern"/> matches, as typed at a prompt (compiled by the session, with <c>$simple_search</c>).</summary>
    public static MessageScope Matching(string pattern) => new(MessageScopeKind.Pattern, pattern);

    /// <summary>Whether the operation acts on one message only, so <c>$resolve</c> moves the cursor afterwards.</summary>
    public bool IsSingle => Kind == MessageScopeKind.Current;
}
