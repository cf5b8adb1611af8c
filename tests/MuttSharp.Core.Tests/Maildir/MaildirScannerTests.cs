using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;
using MuttSharp.Core.Tests.Mailboxes;

namespace MuttSharp.Core.Tests.Maildir;

public sealed class MaildirScannerTests
{
    [Fact]
    public void ListsNewAndCurInDeliveryOrderSkippingTmpDotFilesAndSubfolders()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var errors = new List<MailboxError>();

        var entries = MaildirScanner.Scan(inbox.Path, errors);

        Assert.Empty(errors);
        Assert.Equal(
            ["1700000001.V801I1M100001.host", "1700000002.V801I2M100002.host", "1700000003.V801I3M100003.host",
             "1700000004.V801I4M100004.host", "1700000005.V801I5M100005.host", "1700000006.V801I6M100006.host"],
            entries.Select(e => e.Unique));
        Assert.Equal([false, false, true, false, false, false], entries.Select(e => e.InNew));
        var first = entries[0];
        Assert.Equal(new FileInfo(first.Path).Length, first.Size);
        Assert.Equal(File.GetLastWriteTimeUtc(first.Path), first.Modified.UtcDateTime);
    }

    [Fact]
    public void AMissingSubdirectoryIsReportedAndTheRestIsStillListed()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        Directory.Delete(Path.Combine(inbox.Path, "new"), recursive: true);
        var errors = new List<MailboxError>();

        var entries = MaildirScanner.Scan(inbox.Path, errors);

        Assert.Equal(5, entries.Length);
        Assert.Single(errors);
        Assert.EndsWith("new", errors[0].Path);
    }

    [Fact]
    public void ADirectoryWithCurOrNewIsAMaildir()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");

        Assert.True(MaildirScanner.IsMaildir(inbox.Path));
        Assert.False(MaildirScanner.IsMaildir(inbox.Scratch));
    }
}
