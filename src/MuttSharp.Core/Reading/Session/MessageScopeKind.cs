namespace MuttSharp.Core.Reading.Session;

/// <summary>Which messages an index function acts on; see <see cref="MessageScope"/>.</summary>
public enum MessageScopeKind
{
    /// <summary>The message under the cursor.</summary>
    Current,

    /// <summary>Every message of the cursor's thread (<c>delete-thread</c>, <c>tag-thread</c>).</summary>
    Thread,

    /// <summary>The cursor's message and every reply below it (<c>delete-subthread</c>).</summary>
    Subthread,

    /// <summary>The tagged messages (after <c>tag-prefix</c>, or with <c>$auto_tag</c>).</summary>
    Tagged,

    /// <summary>The messages a pattern matches (<c>delete-pattern</c>, <c>tag-pattern</c>).</summary>
    Pattern,
}
