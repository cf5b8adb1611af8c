namespace MuttSharp.Core.Search;

/// <summary>
/// What the file-reading patterns look at, read once per message and shared by every term of one
/// evaluation; only the <see cref="Parts"/> asked for are filled in. Header lines are unfolded (and
/// decoded when <c>$thorough_search</c> is set) and end in <c>\n</c>.
/// </summary>
internal sealed record MessageContent
{
    /// <summary>What an unreadable file offers: nothing to match.</summary>
    public static readonly MessageContent Unreadable = new() { Parts = ContentParts.Headers | ContentParts.Body | ContentParts.Structure };

    public ContentParts Parts { get; init; }

    /// <summary>One <c>Name: value</c> line per top-level header.</summary>
    public string HeaderText { get; init; } = "";

    /// <summary>The Expires: date, when there is a valid one.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>The Message-ID named by Supersedes:, without angle brackets.</summary>
    public string? Supersedes { get; init; }

    /// <summary>
    /// The body as a reader sees it, one segment per decoded text part or embedded header block,
    /// kept apart rather than concatenated: a line never spans two parts anyway.
    /// </summary>
    public IReadOnlyList<string> BodySegments { get; init; } = [];

    /// <summary><c>type/subtype</c> of every MIME part, the top level included.</summary>
    public IReadOnlyList<string> MimeTypes { get; init; } = [];

    /// <summary>The number of attachments as Mutt counts them for <c>~X</c> and <c>%X</c>.</summary>
    public int AttachmentCount { get; init; }
}
