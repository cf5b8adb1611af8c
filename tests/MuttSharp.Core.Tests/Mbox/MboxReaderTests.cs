using MuttSharp.Core.Mbox;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;
using MuttSharp.Core.Tests.Mailboxes;

namespace MuttSharp.Core.Tests.Mbox;

public sealed class MboxReaderTests
{
    [Fact]
    public void ReadsEveryMessageWithFlagsFromStatusAndXStatus()
    {
        using var mbox = new GoldenFolder("Mbox", "old.mbox");
        var errors = new List<MailboxError>();

        var messages = MboxReader.Read(mbox.Path, new SummaryReader(), errors);

        Assert.Empty(errors);
        Assert.Equal(["Read and answered", "Old unread flagged", "Brand new", "Deleted"], messages.Select(m => m.Summary.Subject));
        Assert.Equal(MessageFlags.Seen | MessageFlags.Replied, messages[0].Flags);
        Assert.Equal(MessageFlags.Flagged, messages[1].Flags);
        Assert.Equal(MessageFlags.New, messages[2].Flags);
        Assert.Equal(MessageFlags.Seen | MessageFlags.Trashed, messages[3].Flags);
    }

    [Fact]
    public void OffsetsPointAtTheFirstHeaderAndTheFromLineGivesTheReceivedTime()
    {
        using var mbox = new GoldenFolder("Mbox", "old.mbox");
        byte[] bytes = File.ReadAllBytes(mbox.Path);

        var messages = MboxReader.Read(mbox.Path, new SummaryReader(), new List<MailboxError>());

        Assert.All(messages, m => Assert.Equal("From: Alice"u8.ToArray(), bytes.AsSpan((int)m.Offset, 11).ToArray()));
        Assert.Equal(new DateTimeOffset(2023, 11, 15, 8, 0, 0, TimeSpan.Zero), messages[1].Summary.Received);
        Assert.Equal(messages[0].Length, messages[0].Summary.Size);
    }

    [Fact]
    public void AFileThatStartsWithAFromLineIsAnMbox()
    {
        using var tree = new GoldenFolder("Maildir", "Tree");

        Assert.True(MboxReader.IsMbox(Path.Combine(tree.Path, "archive.mbox")));
        Assert.False(MboxReader.IsMbox(Path.Combine(tree.Path, "notes.txt")));
    }

    [Fact]
    public void AnMboxOfJunkGivesNoMessagesAndNoException()
    {
        using var mbox = new GoldenFolder("Mbox", "old.mbox");
        var junk = new byte[10_000];
        new Random(3).NextBytes(junk);
        File.WriteAllBytes(mbox.Path, [.. "From x Mon Jan  1 00:00:00 2024\n"u8, .. junk]);

        var messages = MboxReader.Read(mbox.Path, new SummaryReader(), new List<MailboxError>());

        Assert.True(messages.Count <= 1);
    }

    [Fact]
    public void TellingAnMboxByItsFirstLineLeavesItsAccessTime()
    {
        using var mbox = new GoldenFolder("Mbox", "old.mbox");
        var read = DateTime.UtcNow.AddHours(-2);
        File.SetLastAccessTimeUtc(mbox.Path, read);
        File.SetLastWriteTimeUtc(mbox.Path, read.AddHours(1));

        Assert.True(MboxReader.IsMbox(mbox.Path));

        Assert.Equal(read, File.GetLastAccessTimeUtc(mbox.Path));
    }
}
