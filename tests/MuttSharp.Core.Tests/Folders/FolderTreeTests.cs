using MuttSharp.Core.Folders;
using MuttSharp.Core.Model;
using MuttSharp.Core.Tests.Mailboxes;

namespace MuttSharp.Core.Tests.Folders;

public sealed class FolderTreeTests
{
    [Fact]
    public void ListsMaildirPlusPlusSubfoldersOfAMaildir()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");

        var folders = FolderTree.List(inbox.Path);

        Assert.Equal([".Sent", ".a.b"], folders.Select(f => f.Name));
        Assert.All(folders, f => Assert.Equal(MailboxFormat.Maildir, f.Format));
        Assert.Equal(Path.Combine(inbox.Path, ".Sent"), folders[0].Path);
    }

    [Fact]
    public void ListsPlainTreesOfMaildirsAndMboxFiles()
    {
        using var tree = new GoldenFolder("Maildir", "Tree");

        var folders = FolderTree.List(tree.Path);

        Assert.Equal(["archive.mbox", "lists/dev", "work"], folders.Select(f => f.Name));
        Assert.Equal([MailboxFormat.Mbox, MailboxFormat.Maildir, MailboxFormat.Maildir], folders.Select(f => f.Format));
    }

    [Fact]
    public void ASymlinkLoopDoesNotTrapTheListing()
    {
        using var tree = new GoldenFolder("Maildir", "Tree");
        Directory.CreateSymbolicLink(Path.Combine(tree.Path, "lists", "loop"), tree.Path);

        var folders = FolderTree.List(tree.Path);

        Assert.Equal(3, folders.Count);
    }

    [Fact]
    public void DetectsTheFormatOfAPath()
    {
        using var tree = new GoldenFolder("Maildir", "Tree");

        Assert.Equal(MailboxFormat.Maildir, FolderTree.Detect(Path.Combine(tree.Path, "work")));
        Assert.Equal(MailboxFormat.Mbox, FolderTree.Detect(Path.Combine(tree.Path, "archive.mbox")));
        Assert.Null(FolderTree.Detect(Path.Combine(tree.Path, "notes.txt")));
        Assert.Null(FolderTree.Detect(Path.Combine(tree.Path, "lists")));
        Assert.Null(FolderTree.Detect(Path.Combine(tree.Path, "absent")));
    }
}
