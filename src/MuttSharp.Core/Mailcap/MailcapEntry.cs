namespace MuttSharp.Core.Mailcap;

/// <summary>One mailcap line (RFC 1524): a type, the command that views it, and its fields.</summary>
/// <param name="Type">The MIME type it handles: <c>text/html</c>, <c>text/*</c> or <c>text</c>.</param>
/// <param name="ViewCommand">The command that shows a part of that type (as written, <c>%</c> escapes unexpanded).</param>
/// <param name="Source">The file and line it came from, for messages.</param>
public sealed record MailcapEntry(string Type, string ViewCommand, string Source)
{
    /// <summary><c>test=</c>: the entry applies only when this command exits 0.</summary>
    public string? Test { get; init; }

    /// <summary><c>copiousoutput</c>: the command prints text meant to be paged (what <c>auto_view</c> needs).</summary>
    public bool CopiousOutput { get; init; }

    /// <summary><c>needsterminal</c>: the command is interactive and needs the terminal to itself.</summary>
    public bool NeedsTerminal { get; init; }

    /// <summary><c>nametemplate=</c>: the temporary file's name, <c>%s.html</c>.</summary>
    public string? NameTemplate { get; init; }

    /// <summary><c>description=</c>.</summary>
    public string? Description { get; init; }

    /// <summary><c>print=</c>: the command that prints a part.</summary>
    public string? Print { get; init; }

    /// <summary><c>edit=</c>: the command that edits a part.</summary>
    public string? Edit { get; init; }

    /// <summary><c>compose=</c>: the command that composes a part.</summary>
    public string? Compose { get; init; }
}
