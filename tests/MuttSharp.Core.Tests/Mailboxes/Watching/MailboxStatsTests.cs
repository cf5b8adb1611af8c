using MuttSharp.Core.Mailboxes.Watching;
using MuttSharp.Core.Maildir;

namespace MuttSharp.Core.Tests.Mailboxes.Watching;

public sealed class MailboxStatsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-stats-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void CountsAMaildirFromItsFileNames()
    {
        MaildirWriter.EnsureMaildir(root);
        foreach (string name in (string[])["new/1.a.h", "new/2.a.h", "cur/3.a.h:2,", "cur/4.a.h:2,S", "cur/5.a.h:2,FS", "cur/6.a.h:2,ST"])
            File.WriteAllText(Path.Combine(root, name), "");

        var stats = MailboxStats.Count(root);

        Assert.Equal(new MailboxStats(root, 5, 2, 3, 1), stats);
        Assert.True(stats.HasNewMail);
    }

    [Fact]
    public void SomethingThatIsNotAMailboxCountsAsEmpty()
    {
        var stats = MailboxStats.Count(Path.Combine(root, "missing"));

        Assert.Equal(0, stats.Total);
        Assert.False(stats.HasNewMail);
    }

    [Fact]
    public void AnMboxHasNewMailWhenChangedSinceLastReadAndCountingDoesNotReadItAway()
    {
        string mbox = Path.Combine(root, "mbox");
        File.WriteAllText(mbox, "From a Mon Jan  1 00:00:00 2024\nStatus: RO\n\nread\n\nFrom b Mon Jan  1 00:00:00 2024\nX-Status: F\n\nunread\n\n");
        var read = DateTime.UtcNow.AddHours(-2);
        File.SetLastAccessTimeUtc(mbox, read);
        File.SetLastWriteTimeUtc(mbox, read.AddHours(1));

        var stats = MailboxStats.Count(mbox);
        var again = MailboxStats.Count(mbox);

        Assert.Equal((2, 1, 1), (stats.Total, stats.Unread, stats.Flagged));
        Assert.True(stats.HasNewMail);
        Assert.True(again.HasNewMail);
        Assert.Equal(read, File.GetLastAccessTimeUtc(mbox));

        File.SetLastAccessTimeUtc(mbox, read.AddHours(2));
        Assert.False(MailboxStats.Count(mbox).HasNewMail);
    }
}
