using MuttSharp.Core.Model;
using MuttSharp.Core.Reading.Session;

namespace MuttSharp.Core.Tests.Reading.Session;

/// <summary>Mutt's <c>edit</c>: the raw message copied for the editor, and the edited copy put in the original's place.</summary>
public sealed class ReaderSessionEditTests : IDisposable
{
    private readonly SessionFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task AnEditedMessageReplacesTheOriginalInItsRowWithItsFlags()
    {
        folder.Add("a@example.org", "First", info: ":2,S");
        string original = folder.Add("b@example.org", "Second", info: ":2,FS", body: "Old text.\n");
        folder.Add("c@example.org", "Third", info: ":2,S");
        await folder.Set("unset resolve");
        var session = await folder.Open();
        session.MoveTo(1);
        await session.TagAsync(MessageScope.Current, tag: true);

        var (edit, refusal) = await session.BeginEditAsync();
        Assert.NotNull(edit);
        Assert.False(refusal.HasMessage);
        Assert.Equal(File.ReadAllText(original), File.ReadAllText(edit.FilePath));
        File.WriteAllText(edit.FilePath, File.ReadAllText(edit.FilePath).Replace("Subject: Second", "Subject: Second, edited").Replace("Old text.", "New text."));
        var result = await session.FinishEditAsync(edit);
        edit.Dispose();

        Assert.False(result.HasMessage, result.Message);
        Assert.False(File.Exists(original));
        Assert.False(File.Exists(edit.FilePath));
        var files = SessionFolder.Files(folder.Inbox);
        Assert.Equal(3, files.Length);
        var current = session.Current!;
        Assert.Equal(1, session.Cursor);
        Assert.Equal("Second, edited", current.Summary.Subject);
        Assert.Equal(MessageFlags.Flagged | MessageFlags.Seen, current.Flags);
        Assert.True(current.Tagged);
        Assert.EndsWith(":2,FS", current.Path);
        Assert.Contains("New text.", File.ReadAllText(current.Path));
        Assert.Equal(1, session.TaggedCount);
    }

    [Fact]
    public async Task ANewMessageStaysNewAndAnOldOneWithoutLettersStaysInCur()
    {
        folder.Add("a@example.org", "Old", info: ":2,");
        folder.Add("b@example.org", "New");
        var session = await folder.Open();

        foreach (int row in new[] { 0, 1 })
        {
            session.MoveTo(row);
            var (edit, _) = await session.BeginEditAsync();
            using (edit)
            {
                File.AppendAllText(edit!.FilePath, "More.\n");
                Assert.False((await session.FinishEditAsync(edit)).HasMessage);
            }
        }

        var files = SessionFolder.Files(folder.Inbox);
        Assert.Single(files, f => f.StartsWith("cur/", StringComparison.Ordinal) && f.EndsWith(":2,", StringComparison.Ordinal));
        Assert.Single(files, f => f.StartsWith("new/", StringComparison.Ordinal));
        Assert.True(session.Mailbox.Messages.Single(m => m.Summary.Subject == "New").IsNew);
        Assert.True(session.Mailbox.Messages.Single(m => m.Summary.Subject == "Old").IsOld);
    }

    [Fact]
    public async Task AnUnchangedFileLeavesTheMessageAloneAsMuttSays()
    {
        string original = folder.Add("a@example.org", "Kept", info: ":2,S");
        var session = await folder.Open();

        var (edit, _) = await session.BeginEditAsync();
        using (edit)
        {
            File.SetLastWriteTimeUtc(edit!.FilePath, DateTime.UtcNow.AddMinutes(1));
            var result = await session.FinishEditAsync(edit);

            Assert.Equal("Message not modified!", result.Message);
            Assert.False(result.IsError);
        }
        Assert.Equal([Path.GetRelativePath(folder.Inbox, original)], SessionFolder.Files(folder.Inbox));
    }

    [Fact]
    public async Task AnEmptiedFileIsNotTaken()
    {
        string original = folder.Add("a@example.org", "Kept", info: ":2,S");
        var session = await folder.Open();

        var (edit, _) = await session.BeginEditAsync();
        using (edit)
        {
            File.WriteAllText(edit!.FilePath, "");
            Assert.Equal("Message file is empty!", (await session.FinishEditAsync(edit)).Message);
        }
        Assert.True(File.Exists(original));
    }

    [Fact]
    public async Task AReadOnlyFolderRefusesToEdit()
    {
        folder.Add("a@example.org", "Kept", info: ":2,S");
        var session = await folder.Open(readOnly: true);

        var (edit, refusal) = await session.BeginEditAsync();

        Assert.Null(edit);
        Assert.Equal("Mailbox is read-only.", refusal.Message);
        Assert.True(refusal.IsError);
    }

    [Fact]
    public async Task AMessageThatVanishedWhileEditingKeepsTheEditedCopy()
    {
        string original = folder.Add("a@example.org", "Gone", info: ":2,S");
        var session = await folder.Open();

        var (edit, _) = await session.BeginEditAsync();
        using (edit)
        {
            File.AppendAllText(edit!.FilePath, "Edited.\n");
            File.Delete(original);
            var result = await session.FinishEditAsync(edit);

            Assert.True(result.IsError);
            Assert.Contains(edit.FilePath, result.Message);
        }
        Assert.True(File.Exists(edit.FilePath));
        Assert.Contains("Edited.", File.ReadAllText(edit.FilePath));
        File.Delete(edit.FilePath);
        Assert.Empty(SessionFolder.Files(folder.Inbox));
    }

    [Fact]
    public async Task TheCopyGoesIntoTmpdir()
    {
        folder.Add("a@example.org", "One", info: ":2,S");
        string tmp = Directory.CreateDirectory(Path.Combine(folder.Home, "tmp")).FullName;
        await folder.Set($"set tmpdir={tmp}");
        var session = await folder.Open();

        var (edit, _) = await session.BeginEditAsync();
        using (edit)
            Assert.Equal(tmp, Path.GetDirectoryName(edit!.FilePath));
    }
}
