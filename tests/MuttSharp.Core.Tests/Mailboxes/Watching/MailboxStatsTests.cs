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
}
