using MuttSharp.Core.Model;

namespace MuttSharp.Core.Folders;

/// <summary>A folder found under a mail directory.</summary>
/// <param name="Name">Its path relative to the listed directory, with <c>/</c> separators (a Maildir++ folder keeps its dot: <c>.Sent</c>, <c>.a.b</c>).</param>
/// <param name="Path">Its absolute path.</param>
/// <param name="Format">Maildir or mbox.</param>
public sealed record FolderInfo(string Name, string Path, MailboxFormat Format);
