namespace MuttSharp.Core.Search;

/// <summary>What a pattern term needs from the message file; a search extracts only these.</summary>
[Flags]
internal enum ContentParts
{
    /// <summary>The summary, flags and context are enough.</summary>
    None = 0,

    /// <summary>The top-level header lines, Expires: and Supersedes: (<c>~h ~B ~E ~S</c>); only the header block is read for these alone.</summary>
    Headers = 1,

    /// <summary>The decoded body text (<c>~b ~B</c>).</summary>
    Body = 2,

    /// <summary>The MIME tree: part types and the attachment count (<c>~M ~X ~k</c>).</summary>
    Structure = 4,
}
