namespace MuttSharp.Core.Reading.Session.Browsing;

/// <summary>What choosing a browser line did: listed a directory (stay in the browser) or named a folder to open.</summary>
/// <param name="MailboxPath">The folder to open, or null when the browser now lists another directory or refused.</param>
/// <param name="Result">The message line.</param>
public sealed record BrowserSelection(string? MailboxPath, SessionResult Result)
{
    /// <summary>The files chosen when the browser chooses files: the tagged ones, else the one selected; empty otherwise.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];
}
