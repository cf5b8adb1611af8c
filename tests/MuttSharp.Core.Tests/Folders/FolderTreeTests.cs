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

    [Fact]
    public void TryCheckEmptySeesMessagesInNewOrCurButNotDotFiles()
    {
        string root = Directory.CreateTempSubdirectory("empty-check-").FullName;
        try
        {
            string maildir = Path.Combine(root, "box");
            foreach (string part in new[] { "cur", "new", "tmp" })
                Directory.CreateDirectory(Path.Combine(maildir, part));
            File.WriteAllText(Path.Combine(maildir, "cur", ".hidden"), "x");
            File.WriteAllText(Path.Combine(maildir, "tmp", "1.unfinished"), "x");
            Assert.True(FolderTree.TryCheckEmpty(maildir, out bool empty, out _));
            Assert.True(empty);

            File.WriteAllText(Path.Combine(maildir, "new", "1.a.host"), "Subject: x\n\nbody\n");
            Assert.True(FolderTree.TryCheckEmpty(maildir, out empty, out _));
            Assert.False(empty);

            string mbox = Path.Combine(root, "mbox");
            File.WriteAllText(mbox, "");
            Assert.True(FolderTree.TryCheckEmpty(mbox, out empty, out _));
            Assert.True(empty);
            File.WriteAllText(mbox, "From a@b Mon Jan  1 00:00:00 2024\nSubject: x\n\nbody\n");
            Assert.True(FolderTree.TryCheckEmpty(mbox, out empty, out _));
            Assert.False(empty);

            Assert.False(FolderTree.TryCheckEmpty(Path.Combine(root, "missing"), out _, out string error));
            Assert.Equal($"{Path.Combine(root, "missing")}: No such file or directory", error);
            File.WriteAllText(Path.Combine(root, "notes.txt"), "not mail\n");
            Assert.False(FolderTree.TryCheckEmpty(Path.Combine(root, "notes.txt"), out _, out error));
            Assert.EndsWith("notes.txt: not a mailbox", error);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
