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
    public void WithoutStatsTheSameNamesAndFlagsAreListedWithNoSizeOrTime()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var errors = new List<MailboxError>();
        var stated = MaildirScanner.Scan(inbox.Path, errors);

        var listed = MaildirScanner.Scan(inbox.Path, errors, statFiles: false);

        Assert.Empty(errors);
        Assert.Equal(stated.Select(e => (e.Path, e.Flags, e.ExtraFlagLetters)), listed.Select(e => (e.Path, e.Flags, e.ExtraFlagLetters)));
        Assert.All(listed, e => Assert.False(e.HasStat));
        Assert.All(listed, e => Assert.Equal(DateTimeOffset.UnixEpoch, e.Modified));
        Assert.All(stated, e => Assert.True(e.HasStat));
    }

    [Fact]
    public void EveryEntryListedByNameOnlyIsChangedWithTheStatAStatingScanGives()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var errors = new List<MailboxError>();
        var stated = MaildirScanner.Scan(inbox.Path, errors);
        var listed = MaildirScanner.Scan(inbox.Path, errors, statFiles: false);

        var changed = MaildirScanner.Changed(listed, Enumerable.Range(0, listed.Length).Reverse().ToArray());

        Assert.Equal(stated.Select((e, i) => (i, e.Size, e.Modified, (string?)null)), changed);
    }

    [Fact]
    public void OnlyFilesNoLongerAsTheirEntriesSayAreChanged()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var entries = MaildirScanner.Scan(inbox.Path, new List<MailboxError>());
        File.Delete(entries[0].Path);
        File.Delete(entries[1].Path);
        Directory.CreateDirectory(entries[1].Path);
        File.AppendAllText(entries[3].Path, "more");

        var changed = MaildirScanner.Changed(entries, [0, 1, 2, 3, 4]);

        Assert.Equal([0, 1, 3], changed.Select(c => c.Index));
        Assert.Contains("No such file", changed[0].Error);
        Assert.NotNull(changed[1].Error);
        Assert.Null(changed[2].Error);
        Assert.Equal(new FileInfo(entries[3].Path).Length, changed[2].Size);
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

    [Fact]
    public void EachFileCarriesTheSizeAndModificationTimeThatStatReports()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        string cur = Path.Combine(inbox.Path, "cur");
        // A time with sub-second digits, as ext4 and most file systems keep them.
        var when = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1234567);
        foreach (string file in Directory.GetFiles(cur))
            File.SetLastWriteTimeUtc(file, when);

        var entries = MaildirScanner.Scan(inbox.Path, new List<MailboxError>());

        Assert.All(entries, e =>
        {
            Assert.Equal(new FileInfo(e.Path).Length, e.Size);
            Assert.Equal(File.GetLastWriteTimeUtc(e.Path), e.Modified.UtcDateTime);
            Assert.Equal(TimeSpan.Zero, e.Modified.Offset);
        });
        Assert.Contains(entries, e => e.Modified.UtcDateTime == when);
    }

    [Fact]
    public void LinkedFilesAreListedWithTheirTargetsSizeAndLinkedOrNestedDirectoriesAreNot()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        string cur = Path.Combine(inbox.Path, "cur");
        string target = Path.Combine(inbox.Scratch, "elsewhere");
        File.WriteAllText(target, "Subject: linked\n\nbody\n");
        File.CreateSymbolicLink(Path.Combine(cur, "1700000009.link.host:2,S"), target);
        Directory.CreateSymbolicLink(Path.Combine(cur, "1700000010.dirlink.host"), inbox.Scratch);
        Directory.CreateDirectory(Path.Combine(cur, "1700000011.subdir.host"));
        File.WriteAllText(Path.Combine(cur, ".1700000012.dotfile.host"), "x");
        var errors = new List<MailboxError>();

        var entries = MaildirScanner.Scan(inbox.Path, errors);

        Assert.Empty(errors);
        Assert.Equal(7, entries.Length);
        var linked = entries[^1];
        Assert.Equal("1700000009.link.host", linked.Unique);
        Assert.Equal(new FileInfo(target).Length, linked.Size);
        Assert.Equal(MessageFlags.Seen, linked.Flags);
    }

    [Fact]
    public void ALinkToNothingIsReportedAndSkipped()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        File.CreateSymbolicLink(Path.Combine(inbox.Path, "cur", "1700000009.dangling.host:2,"), Path.Combine(inbox.Scratch, "missing"));
        var errors = new List<MailboxError>();

        var entries = MaildirScanner.Scan(inbox.Path, errors);

        Assert.Equal(6, entries.Length);
        Assert.Equal(Path.Combine(inbox.Path, "cur", "1700000009.dangling.host:2,"), Assert.Single(errors).Path);
    }

    [Fact]
    public void MailboxOrderAgreesWithCompareUniqueForEveryKindOfName()
    {
        string[] uniques =
        [
            "1700000002.b.host", "1700000002.a.host", "1700000001.z.host", "999.x", "99.y", "1000.a",
            "0123.leading-zero", "00.x", "+plus", "-minus", "abc", "Zed", "~tilde", "",
            "12345678901234567890.long", "12345678901234567891.long", "9999999999999999999.long",
            "123456789012345678.max", "1700000002", "2.x", "10.x",
        ];
        var random = new Random(7);
        for (int round = 0; round < 20; round++)
        {
            var names = uniques.OrderBy(_ => random.Next())
                .Select(u => u + ":2,S").ToList();
            var expected = names.ToList();
            expected.Sort((a, b) => MaildirNames.CompareUnique(MaildirNames.UniquePart(a.AsSpan()), MaildirNames.UniquePart(b.AsSpan())));

            var order = MaildirScanner.MailboxOrder(names);

            Assert.Equal(expected, order.Select(i => names[i]));
        }
    }

    [Fact]
    public void EmptyDirectoriesListNothingAndReportNothing()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        foreach (string sub in (string[])["new", "cur"])
        {
            Directory.Delete(Path.Combine(inbox.Path, sub), recursive: true);
            Directory.CreateDirectory(Path.Combine(inbox.Path, sub));
        }
        var errors = new List<MailboxError>();

        var entries = MaildirScanner.Scan(inbox.Path, errors);

        Assert.Empty(entries);
        Assert.Empty(errors);
    }
}
