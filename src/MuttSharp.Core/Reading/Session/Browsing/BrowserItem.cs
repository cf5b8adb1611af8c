using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Reading.Session.Browsing;

/// <summary>One line of the folder browser: the file it stands for and what <c>$folder_format</c> shows of it.</summary>
/// <param name="Path">The file's absolute path (for <c>..</c>, the parent directory).</param>
/// <param name="Entry">The expando inputs: name, stat fields, counts.</param>
/// <param name="IsMailbox">Whether selecting it opens a folder (a Maildir or an mbox file) rather than listing a directory.</param>
public sealed record BrowserItem(string Path, BrowserEntry Entry, bool IsMailbox);
