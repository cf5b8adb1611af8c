using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Folders;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Reading.Session.Browsing;

/// <summary>
/// The browser's mailbox functions on local folders: <c>create-mailbox</c> (a Maildir),
/// <c>rename-mailbox</c>, <c>delete-mailbox</c> and <c>view-file</c>. Mutt offers the first three
/// for IMAP only; here they act on the files, with Mutt's prompts and messages.
/// </summary>
public sealed partial class FolderBrowser
{
    /// <summary>The folder the reader has open, which may be neither renamed nor deleted from the browser.</summary>
    public string? OpenFolder { get; init; }

    /// <summary>
    /// Mutt's <c>create-mailbox</c>: makes <paramref name="name"/> a Maildir (<c>cur</c>, <c>new</c>,
    /// <c>tmp</c>, mode 0700). A bare name is made in the directory listed (<c>$folder</c> while the
    /// <c>mailboxes</c> are listed); <c>=</c>, <c>+</c>, <c>~</c> and absolute paths are expanded.
    /// </summary>
    public async Task<SessionResult> CreateMailboxAsync(string name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
            return SessionResult.None;
        string path = Resolve(name.Trim(), Directory ?? config.ExpandPath("+"));
        if (System.IO.Directory.Exists(path) || File.Exists(path))
            return SessionResult.Error($"{config.PrettyPath(path)}: mailbox already exists.");
        try
        {
            if (OperatingSystem.IsWindows())
                System.IO.Directory.CreateDirectory(path);
            else
                System.IO.Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            MaildirWriter.EnsureMaildir(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SessionResult.Error($"{config.PrettyPath(path)}: {e.Message}");
        }
        return await AfterChangeAsync("Mailbox created.", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Why line <paramref name="index"/> may not be renamed or deleted (not a mailbox, or the folder
    /// that is open), or null when it may: the UI checks before it asks anything, as Mutt does.
    /// </summary>
    public SessionResult? RefuseChange(int index)
    {
        if (index < 0 || index >= items.Count)
            return SessionResult.Error("No files match the file mask");
        var item = items[index];
        if (!item.IsMailbox || item.Entry.Name == "..")
            return SessionResult.Error($"{item.Entry.Name} is not a mailbox.");
        if (OpenFolder is { } open && SameFile(open, item.Path))
            return SessionResult.Error("Cannot delete or rename the folder that is open.");
        return null;
    }

    /// <summary>Mutt's question before <c>delete-mailbox</c>: <c>Really delete mailbox "=lists"?</c>, answered no by default.</summary>
    public SessionQuestion DeleteQuestion(int index) =>
        SessionQuestion.Ask("delete-mailbox", $"Really delete mailbox \"{config.PrettyPath(items[index].Path)}\"?", defaultYes: false);

    /// <summary>
    /// Mutt's <c>delete-mailbox</c>, once confirmed: an mbox file is removed; a Maildir loses its
    /// messages, its <c>cur</c>, <c>new</c> and <c>tmp</c> and the files beside them, and the directory
    /// goes too unless it still holds subfolders (Maildir++ <c>.Sent</c> and the like), which are kept.
    /// </summary>
    public async Task<SessionResult> DeleteMailboxAsync(int index, CancellationToken cancellationToken = default)
    {
        if (RefuseChange(index) is { } refused)
            return refused;
        string path = items[index].Path;
        try
        {
            await Task.Run(() => Delete(path), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SessionResult.Error($"{config.PrettyPath(path)}: {e.Message}");
        }
        return await AfterChangeAsync("Mailbox deleted.", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The name <c>rename-mailbox</c> proposes: the mailbox as the browser shows it (<c>=lists</c>).</summary>
    public string RenameProposal(int index) => config.PrettyPath(items[index].Path);

    /// <summary>
    /// Mutt's <c>rename-mailbox</c>: moves line <paramref name="index"/>'s mailbox to <paramref name="newName"/>
    /// (a bare name stays beside it), refusing to replace anything that exists.
    /// </summary>
    public async Task<SessionResult> RenameMailboxAsync(int index, string newName, CancellationToken cancellationToken = default)
    {
        if (RefuseChange(index) is { } refused)
            return refused;
        if (string.IsNullOrWhiteSpace(newName))
            return SessionResult.None;
        string from = items[index].Path;
        string to = Resolve(newName.Trim(), System.IO.Path.GetDirectoryName(from)!);
        if (SameFile(from, to))
            return SessionResult.None;
        if (System.IO.Directory.Exists(to) || File.Exists(to))
            return SessionResult.Error($"{config.PrettyPath(to)}: mailbox already exists.");
        try
        {
            if (System.IO.Directory.Exists(from))
                System.IO.Directory.Move(from, to);
            else
                File.Move(from, to);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SessionResult.Error($"{config.PrettyPath(to)}: {e.Message}");
        }
        return await AfterChangeAsync("Mailbox renamed.", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Mutt's <c>view-file</c>: the file on line <paramref name="index"/> to show in the pager, or why
    /// not (a directory, a Maildir among them, cannot be viewed as a file).
    /// </summary>
    public SessionResult ViewFile(int index, out string? path)
    {
        path = null;
        if (index < 0 || index >= items.Count)
            return SessionResult.Error("No files match the file mask");
        var item = items[index];
        if (item.Entry.Kind == BrowserEntryKind.Directory || System.IO.Directory.Exists(item.Path))
            return SessionResult.Error("Can't view a directory");
        path = item.Path;
        return SessionResult.None;
    }

    private string Resolve(string name, string directory) =>
        System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(
            name[0] is '=' or '+' or '~' or '/' ? config.ExpandPath(name) : System.IO.Path.Combine(directory, name)));

    private async Task<SessionResult> AfterChangeAsync(string done, CancellationToken cancellationToken)
    {
        var listed = await RelistAsync(cancellationToken).ConfigureAwait(false);
        return listed.IsError ? listed : SessionResult.Info(done);
    }

    private static void Delete(string path)
    {
        if (FolderTree.Detect(path) is not MailboxFormat.Maildir)
        {
            File.Delete(path);
            return;
        }
        foreach (string part in MaildirParts)
        {
            string sub = System.IO.Path.Combine(path, part);
            if (System.IO.Directory.Exists(sub))
                System.IO.Directory.Delete(sub, recursive: true);
        }
        var root = new DirectoryInfo(path);
        foreach (var file in root.EnumerateFiles())
            file.Delete();
        if (!root.EnumerateFileSystemInfos().Any())
            root.Delete();
    }

    private static bool SameFile(string a, string b) =>
        System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(a)) == System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(b));
}
