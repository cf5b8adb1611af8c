namespace MuttSharp.Core.Search;

/// <summary>How much of a message file a pattern term needs, cheapest first.</summary>
internal enum ContentLevel
{
    /// <summary>The summary, flags and context are enough.</summary>
    None = 0,

    /// <summary>The top-level header block (<c>~h</c>, <c>~E</c>).</summary>
    Headers = 1,

    /// <summary>The whole message, MIME-parsed and decoded (<c>~b ~B ~M ~X ~k</c>).</summary>
    Full = 2,
}
