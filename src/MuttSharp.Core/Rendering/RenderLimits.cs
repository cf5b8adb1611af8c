namespace MuttSharp.Core.Rendering;

/// <summary>
/// The bounds that keep a hostile message from costing unbounded time or memory on display. Mutt
/// has no names for these, so they take Postfix's, with Postfix's defaults.
/// </summary>
public sealed record RenderLimits
{
    /// <summary>Postfix's defaults.</summary>
    public static readonly RenderLimits Default = new();

    /// <summary><c>mime_nesting_limit</c> (100): multiparts and attached messages nested deeper are announced, not shown.</summary>
    public int MimeNestingLimit { get; init; } = 100;

    /// <summary><c>header_size_limit</c> (102400): a header value is cut to this many characters.</summary>
    public int HeaderSizeLimit { get; init; } = 102400;

    /// <summary><c>message_size_limit</c> (10240000): the decoded text of one part is cut to this many bytes.</summary>
    public int MessageSizeLimit { get; init; } = 10240000;
}
