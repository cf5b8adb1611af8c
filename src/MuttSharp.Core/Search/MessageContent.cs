namespace MuttSharp.Core.Search;

/// <summary>
/// What the file-reading patterns look at, read once per message and shared by every term of one
/// evaluation. Texts use <c>\n</c> line ends; header lines are unfolded (and decoded when
/// <c>$thorough_search</c> is set).
/// </summary>
internal sealed class MessageContent
{
    public static readonly MessageContent Unreadable = new() { Level = ContentLevel.Full };

    public ContentLevel Level { get; init; }

    /// <summary>One <c>Name: value</c> line per top-level header.</summary>
    public string HeaderText { get; init; } = "";

    /// <summary>The Expires: date, when there is a valid one.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>The Message-ID named by Supersedes:, without angle brackets.</summary>
    public string? Supersedes { get; init; }

    /// <summary>The body as a reader sees it: decoded text parts, embedded messages with their headers.</summary>
    public string BodyText { get; init; } = "";

    /// <summary><c>type/subtype</c> of every MIME part, the top level included.</summary>
    public IReadOnlyList<string> MimeTypes { get; init; } = [];

    /// <summary>The number of attachments as Mutt counts them for <c>~X</c> and <c>%X</c>.</summary>
    public int AttachmentCount { get; init; }

}
