using MuttSharp.Core.Maildir;
using MuttSharp.Core.Mbox;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Folders;

/// <summary>
/// Finds the folders under a mail directory: Maildir++ subfolders (<c>.Sent</c>, <c>.Drafts</c>,
/// <c>.a.b</c>) of a Maildir, plain trees of Maildirs (<c>Mail/lists/dev/{cur,new,tmp}</c>) and mbox
/// files. Symbolic links to directories are not followed, so a loop cannot trap the listing.
/// </summary>
public static class FolderTree
{
    /// <summary>How deep a plain tree of folders is searched.</summary>
    public const int MaxDepth = 16;

    private static readonly HashSet<string> MaildirParts = new(StringComparer.Ordinal) { "cur", "new", "tmp" };

    /// <summary>What <paramref name="path"/> holds: a Maildir, an mbox file, or neither (null).</summary>
    public static MailboxFormat? Detect(string path)
    {
        if (Directory.Exists(path))
            return MaildirScanner.IsMaildir(path) ? MailboxFormat.Maildir : null;
        return File.Exists(path) && MboxReader.IsMbox(path) ? MailboxFormat.Mbox : null;
    }

    /// <summary>
    /// Mutt's <c>-z</c> check: whether <paramref name="path"/> holds no message (a Maildir with nothing but dot
    /// files in <c>cur/</c> and <c>new/</c>, an empty mbox file), without reading the folder.
    /// </summary>
    /// <returns>False with <paramref name="error"/> when the path is missing or not a mailbox.</returns>
    public static bool TryCheckEmpty(string path, out bool empty, out string error)
    {
        empty = false;
        error = "";
        try
        {
            if (Directory.Exists(path) && MaildirScanner.IsMaildir(path))
            {
                empty = !new[] { "cur", "new" }.Any(part => Directory.EnumerateFileSystemEntries(Path.Combine(path, part)).Any(e => !Path.GetFileName(e).StartsWith('.')));
                return true;
            }
            if (File.Exists(path) && (new FileInfo(path).Length == 0 || MboxReader.IsMbox(path)))
            {
                empty = new FileInfo(path).Length == 0;
                return true;
            }
            error = Directory.Exists(path) || File.Exists(path) ? $"{path}: not a mailbox" : $"{path}: No such file or directory";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: {e.Message}";
        }
        return false;
    }

    /// <summary>The folders under <paramref name="root"/> (not <paramref name="root"/> itself), sorted by name.</summary>
    public static IReadOnlyList<FolderInfo> List(string root)
    {
        var found = new List<FolderInfo>();
        Walk(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)), "", 0, found);
        found.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return found;
    }

    private static void Walk(string directory, string prefix, int depth, List<FolderInfo> found)
    {
        if (depth >= MaxDepth)
            return;
        bool isMaildir = MaildirScanner.IsMaildir(directory);
        IEnumerable<FileSystemInfo> children;
        try
        {
            children = new DirectoryInfo(directory).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var child in children)
        {
            string name = prefix + child.Name;
            if (child is DirectoryInfo dir)
            {
                if ((isMaildir && MaildirParts.Contains(child.Name)) || dir.LinkTarget is not null)
                    continue;
                if (MaildirScanner.IsMaildir(dir.FullName))
                    found.Add(new FolderInfo(name, dir.FullName, MailboxFormat.Maildir));
                Walk(dir.FullName, name + "/", depth + 1, found);
            }
            else if (!child.Name.StartsWith('.') && !isMaildir && MboxReader.IsMbox(child.FullName))
            {
                found.Add(new FolderInfo(name, child.FullName, MailboxFormat.Mbox));
            }
        }
    }
}
