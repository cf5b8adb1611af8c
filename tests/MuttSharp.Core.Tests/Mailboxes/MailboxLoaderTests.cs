using MuttSharp.Core.HeaderCache;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Tests.Mailboxes;

public sealed class MailboxLoaderTests
{
    private sealed class Collect : IProgress<LoadProgress>
    {
        public List<LoadProgress> Reports { get; } = [];

        public void Report(LoadProgress value)
        {
            lock (Reports)
                Reports.Add(value);
        }
    }

    [Fact]
    public async Task OpensAGoldenMaildirInMailboxOrderWithFlagsFromNamesAndDirectories()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");

        var mailbox = await new MailboxLoader().OpenAsync(inbox.Path);

        Assert.Equal(MailboxFormat.Maildir, mailbox.Format);
        Assert.Empty(mailbox.Errors);
        Assert.Equal(["First", "Re: First", "Third", "Fourth", "Fifth", ""], mailbox.Messages.Select(m => m.Summary.Subject));
        Assert.Equal([0, 1, 2, 3, 4, 5], mailbox.Messages.Select(m => m.Number));
        var m = mailbox.Messages;
        Assert.True(m[0].IsRead);
        Assert.Equal(MessageFlags.Flagged | MessageFlags.Replied | MessageFlags.Seen, m[1].Flags);
        Assert.True(m[2].IsNew);
        Assert.True(m[3].IsOld);
        Assert.True(m[4].Deleted);
        Assert.Equal("x", m[4].ExtraFlagLetters);
        Assert.Equal(File.GetLastWriteTimeUtc(m[0].Path), m[0].Summary.Received.UtcDateTime);
    }

    [Fact]
    public async Task AnUnreadableFileIsReportedAndSkipped()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        string dangling = Path.Combine(inbox.Path, "cur", "1700000007.V1I7M7.host:2,S");
        File.CreateSymbolicLink(dangling, Path.Combine(inbox.Scratch, "nowhere"));

        var mailbox = await new MailboxLoader().OpenAsync(inbox.Path);

        Assert.Equal(6, mailbox.Messages.Count);
        var error = Assert.Single(mailbox.Errors);
        Assert.Equal(dangling, error.Path);
        Assert.Equal([0, 1, 2, 3, 4, 5], mailbox.Messages.Select(m => m.Number));
    }

    [Fact]
    public async Task AFifoInCurDoesNotBlockTheOpen()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        string fifo = Path.Combine(inbox.Path, "cur", "1700000008.V1I8M8.host:2,S");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
            await mkfifo.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var mailbox = await new MailboxLoader().OpenAsync(inbox.Path).WaitAsync(timeout.Token);

        Assert.Equal(7, mailbox.Messages.Count);
        Assert.Equal("", mailbox.Messages[^1].Summary.Subject);
    }

    [Fact]
    public async Task ProgressCountsUpToTheTotal()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var progress = new Collect();

        await new MailboxLoader(new MailboxLoaderOptions { ProgressInterval = 2 }).OpenAsync(inbox.Path, progress);

        Assert.Equal(new LoadProgress(inbox.Path, 6, 6), progress.Reports[^1]);
        Assert.Contains(progress.Reports, r => r.Done > 0 && r.Done < 6);
        Assert.All(progress.Reports, r => Assert.True(r.Done <= Math.Max(r.Total, 0) || r.Total == 0));
    }

    [Fact]
    public async Task ASecondOpenWithAHeaderCacheReadsNoMessageFile()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        string cacheDir = Path.Combine(inbox.Scratch, "hcache") + "/";
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = cacheDir });
        await loader.OpenAsync(inbox.Path);
        // Same size, same mtime, other bytes: only a reader of the file could notice.
        foreach (string file in Directory.GetFiles(Path.Combine(inbox.Path, "cur"), "*:2,*"))
        {
            var mtime = File.GetLastWriteTimeUtc(file);
            byte[] bytes = File.ReadAllBytes(file);
            Array.Fill(bytes, (byte)'#');
            File.WriteAllBytes(file, bytes);
            File.SetLastWriteTimeUtc(file, mtime);
        }

        var mailbox = await loader.OpenAsync(inbox.Path);

        Assert.Equal(["First", "Re: First", "Third", "Fourth", "Fifth", ""], mailbox.Messages.Select(m => m.Summary.Subject));
        Assert.Equal("m1@example.org", mailbox.Messages[1].Summary.InReplyTo);
    }

    // What a user sees of each message: where it is, its flags and its subject, in mailbox order.
    private static string[] Seen(Mailbox mailbox) => [.. mailbox.Messages.Select(m => $"{m.Path} {m.Flags} {m.ExtraFlagLetters} {m.Summary.Subject}")];

    [Fact]
    public async Task AnUnchangedFolderIsTakenFromTheCacheAsTheDirectoriesWouldGiveIt()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = Path.Combine(inbox.Scratch, "hcache") + "/" });
        var scanned = await new MailboxLoader().OpenAsync(inbox.Path);
        var first = await loader.OpenAsync(inbox.Path);

        var cached = HeaderCacheStore.Load(HeaderCacheStore.FileFor(Path.Combine(inbox.Scratch, "hcache") + "/", inbox.Path), inbox.Path);
        var warm = await loader.OpenAsync(inbox.Path);

        Assert.True(cached.ListsAs(Assert.NotNull(MaildirScanner.TryListNames(inbox.Path))));
        Assert.Equal(Seen(scanned), Seen(warm));
        Assert.Empty(warm.Errors);
        // The threads are kept beside the header cache, for the same messages however the folder was read.
        Assert.Equal(ThreadCache.FileFor(cached.CacheFile), warm.ThreadCacheFile);
        Assert.Equal(warm.ThreadCacheFile, first.ThreadCacheFile);
        Assert.Equal(ThreadCache.Digest(first.Messages), ThreadCache.Digest(warm.Messages));
        Assert.Null(scanned.ThreadCacheFile);
    }

    [Theory]
    [InlineData("flags")]
    [InlineData("new to cur")]
    [InlineData("arrival")]
    [InlineData("removal")]
    [InlineData("early arrival")]
    public async Task AFolderChangedSinceTheCacheIsShownAsItIsAndTheCacheCatchesUp(string change)
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        string setting = Path.Combine(inbox.Scratch, "hcache") + "/";
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = setting });
        var before = await loader.OpenAsync(inbox.Path);
        string first = FirstFile(inbox);
        string inNew = Directory.GetFiles(Path.Combine(inbox.Path, "new"))[0];
        switch (change)
        {
            case "flags":
                File.Move(first, first[..first.LastIndexOf(',')] + ",FS");
                break;
            case "new to cur":
                File.Move(inNew, Path.Combine(inbox.Path, "cur", Path.GetFileName(inNew) + ":2,S"));
                break;
            case "arrival":
                File.WriteAllText(Path.Combine(inbox.Path, "new", "1800000000.V1I9M9.host"), "Subject: Arrived\n\nhello\n");
                break;
            case "early arrival":
                File.WriteAllText(Path.Combine(inbox.Path, "new", "1600000000.V1I9M9.host"), "Subject: Arrived late\n\nhello\n");
                break;
            case "removal":
                File.Delete(first);
                break;
        }
        string cacheFile = HeaderCacheStore.FileFor(setting, inbox.Path);
        Assert.False(HeaderCacheStore.Load(cacheFile, inbox.Path).ListsAs(Assert.NotNull(MaildirScanner.TryListNames(inbox.Path))));
        var followed = HeaderCacheStore.Load(cacheFile, inbox.Path).Delta(MaildirScanner.TryListNameList(inbox.Path)!, inbox.Path);

        var opened = await loader.OpenAsync(inbox.Path);

        // Reading mail (flags, new/ to cur/) leaves the kept threads valid; arrivals and removals do not.
        Assert.Equal(change is "flags" or "new to cur", ThreadCache.Digest(before.Messages).SequenceEqual(ThreadCache.Digest(opened.Messages)));
        Assert.Equal(change != "early arrival", followed is not null); // only a file that sorts between cached ones needs a scan
        Assert.Equal(change == "arrival" ? 1 : 0, followed?.Added ?? 0);
        Assert.Equal(Seen(await new MailboxLoader().OpenAsync(inbox.Path)), Seen(opened));
        Assert.True(HeaderCacheStore.Load(cacheFile, inbox.Path).ListsAs(Assert.NotNull(MaildirScanner.TryListNames(inbox.Path))));
        Assert.Equal(Seen(opened), Seen(await loader.OpenAsync(inbox.Path)));
    }

    private static string FirstFile(GoldenFolder inbox) => Directory.GetFiles(Path.Combine(inbox.Path, "cur"), "1700000001*")[0];

    // Opens once to write the cache, then rewrites the first message in place under the same name.
    private static async Task<string> CacheThenEditFirstAsync(MailboxLoader loader, GoldenFolder inbox)
    {
        await loader.OpenAsync(inbox.Path);
        string first = FirstFile(inbox);
        File.WriteAllText(first, "Subject: Edited\n\n");
        return first;
    }

    [Fact]
    public async Task AChangedFileIsReadAgainAndTheCacheUpdated()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        string cache = Path.Combine(inbox.Scratch, "cache-file");
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = cache });
        string first = await CacheThenEditFirstAsync(loader, inbox);

        var mailbox = await loader.OpenAsync(inbox.Path);

        Assert.Equal("Edited", mailbox.Messages[0].Summary.Subject);
        var stored = HeaderCacheStore.Load(HeaderCacheStore.FileFor(cache, inbox.Path), inbox.Path);
        Assert.Equal(HeaderCacheStatus.Loaded, stored.Status);
        Assert.True(stored.TryGet("1700000001.V801I1M100001.host", new FileInfo(first).Length, File.GetLastWriteTimeUtc(first), out var s));
        Assert.Equal("Edited", s.Subject);
    }

    [Theory]
    [InlineData(true, "Edited")]
    [InlineData(false, "First")]
    public async Task AFileChangedUnderTheSameNameIsReadAgainOnlyWhenTheCacheIsVerified(bool verify, string subject)
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        string cache = Path.Combine(inbox.Scratch, "cache-file");
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = cache, HeaderCacheVerify = verify });
        long cachedSize = new FileInfo(FirstFile(inbox)).Length;
        string first = await CacheThenEditFirstAsync(loader, inbox);

        var mailbox = await loader.OpenAsync(inbox.Path);

        Assert.Equal(subject, mailbox.Messages[0].Summary.Subject);
        Assert.Equal(verify ? new FileInfo(first).Length : cachedSize, mailbox.Messages[0].Summary.Size);
    }

    [Fact]
    public async Task WhatIsPreparedFromAWarmOpenIsPreparedOnceWhenTheCacheHolds()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = Path.Combine(inbox.Scratch, "cache-file") });
        await loader.OpenAsync(inbox.Path);
        int prepared = 0;

        string subject = await loader.OpenAsync(inbox.Path, mailbox =>
        {
            Interlocked.Increment(ref prepared);
            return mailbox.Messages[0].Summary.Subject;
        });

        Assert.Equal("First", subject);
        Assert.Equal(1, prepared);
    }

    [Fact]
    public async Task WhenTheCacheProvesStaleWhatIsReturnedIsPreparedFromTheFolderAsItIs()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = Path.Combine(inbox.Scratch, "cache-file") });
        string first = await CacheThenEditFirstAsync(loader, inbox);
        var subjects = new List<string>();

        var mailbox = await loader.OpenAsync(inbox.Path, mailbox =>
        {
            lock (subjects)
                subjects.Add(mailbox.Messages[0].Summary.Subject);
            return mailbox;
        });

        Assert.Equal("Edited", mailbox.Messages[0].Summary.Subject);
        Assert.Equal(new FileInfo(first).Length, mailbox.Messages[0].Summary.Size);
        Assert.Equal(["First", "Edited"], subjects);
        Assert.Equal(6, mailbox.Messages.Count);
    }

    [Fact]
    public async Task AWarmOpenHandsOverWhatItPreparedBeforeValidatingAndThenTheSameResult()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = Path.Combine(inbox.Scratch, "cache-file") });
        await loader.OpenAsync(inbox.Path);
        var provisional = new List<Mailbox>();

        var mailbox = await loader.OpenAsync(inbox.Path, m => m, provisional: provisional.Add);

        Assert.Same(mailbox, Assert.Single(provisional));
    }

    [Fact]
    public async Task AColdOpenHandsOverWhatItPreparedBeforeWritingTheCache()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        string setting = Path.Combine(inbox.Scratch, "cache-file");
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = setting });
        var cacheWhenShown = new List<bool>();
        var provisional = new List<Mailbox>();

        var mailbox = await loader.OpenAsync(inbox.Path, m => m, provisional: m =>
        {
            cacheWhenShown.Add(File.Exists(HeaderCacheStore.FileFor(setting, inbox.Path)));
            provisional.Add(m);
        });

        Assert.Same(mailbox, Assert.Single(provisional));
        Assert.False(Assert.Single(cacheWhenShown));
        Assert.True(File.Exists(HeaderCacheStore.FileFor(setting, inbox.Path)));
    }

    [Fact]
    public async Task AProvisionalResultFromAStaleCacheIsFollowedByOneFromTheFolderAsItIs()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = Path.Combine(inbox.Scratch, "cache-file") });
        string first = await CacheThenEditFirstAsync(loader, inbox);
        var provisional = new List<string>();

        string subject = await loader.OpenAsync(inbox.Path, m => m.Messages[0].Summary.Subject, provisional: provisional.Add);

        // The stale one at once; the corrected one before the cache is rewritten with it.
        Assert.Equal(["First", "Edited"], provisional);
        Assert.Equal("Edited", subject);
    }

    [Fact]
    public async Task UnverifiedANameMissingFromTheCacheIsStatedAndReadAndAddedToIt()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        string cache = Path.Combine(inbox.Scratch, "cache-file");
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = cache, HeaderCacheVerify = false });
        await loader.OpenAsync(inbox.Path);
        string added = Path.Combine(inbox.Path, "new", "1800000000.V801I9M1.host");
        File.WriteAllText(added, "Subject: Arrived later\n\nbody\n");
        var when = new DateTime(2027, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(added, when);
        File.Delete(Directory.GetFiles(Path.Combine(inbox.Path, "cur"), "1700000002*")[0]);

        var mailbox = await loader.OpenAsync(inbox.Path);

        Assert.Equal(["First", "Third", "Fourth", "Fifth", "", "Arrived later"], mailbox.Messages.Select(m => m.Summary.Subject));
        Assert.Equal(when, mailbox.Messages[^1].Summary.Received.UtcDateTime);
        var stored = HeaderCacheStore.Load(HeaderCacheStore.FileFor(cache, inbox.Path), inbox.Path);
        Assert.Equal(6, stored.Count);
        Assert.True(stored.TryGet("1800000000.V801I9M1.host", new FileInfo(added).Length, when, out var s));
        Assert.Equal("Arrived later", s.Subject);
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("foreign")]
    [InlineData("empty")]
    public async Task ABadCacheIsRebuiltNeverFatal(string kind)
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        string cache = Path.Combine(inbox.Scratch, "cache-file");
        var loader = new MailboxLoader(new MailboxLoaderOptions { HeaderCache = cache });
        await loader.OpenAsync(inbox.Path);
        byte[] good = File.ReadAllBytes(HeaderCacheStore.FileFor(cache, inbox.Path));
        File.WriteAllBytes(HeaderCacheStore.FileFor(cache, inbox.Path), kind switch
        {
            "damaged" => good[..(good.Length / 2)],
            "foreign" => "SQLite format 3\0 definitely not ours"u8.ToArray(),
            _ => [],
        });

        var mailbox = await loader.OpenAsync(inbox.Path);

        Assert.Equal(6, mailbox.Messages.Count);
        Assert.Empty(mailbox.Errors);
        Assert.Equal(HeaderCacheStatus.Loaded, HeaderCacheStore.Load(HeaderCacheStore.FileFor(cache, inbox.Path), inbox.Path).Status);
    }

    [Fact]
    public async Task OpensAnMboxReadOnlyWithOffsets()
    {
        using var mbox = new GoldenFolder("Mbox", "old.mbox");

        var mailbox = await new MailboxLoader().OpenAsync(mbox.Path);

        Assert.Equal(MailboxFormat.Mbox, mailbox.Format);
        Assert.True(mailbox.ReadOnly);
        Assert.Equal(4, mailbox.Messages.Count);
        Assert.All(mailbox.Messages, m => Assert.Equal(mbox.Path, m.Path));
        Assert.True(mailbox.Messages[1].Offset > mailbox.Messages[0].Offset);
    }

    [Fact]
    public async Task ReadOnlyIsCarriedToTheMailbox()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");

        var mailbox = await new MailboxLoader(new MailboxLoaderOptions { ReadOnly = true }).OpenAsync(inbox.Path);

        Assert.True(mailbox.ReadOnly);
    }

    [Fact]
    public async Task APathThatIsNoFolderIsAnIOException()
    {
        using var tree = new GoldenFolder("Maildir", "Tree");

        await Assert.ThrowsAsync<IOException>(() => new MailboxLoader().OpenAsync(Path.Combine(tree.Path, "notes.txt")));
        await Assert.ThrowsAsync<IOException>(() => new MailboxLoader().OpenAsync(Path.Combine(tree.Path, "missing")));
    }

    [Fact]
    public async Task OpeningCanBeCancelled()
    {
        using var inbox = new GoldenFolder("Maildir", "INBOX");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new MailboxLoader().OpenAsync(inbox.Path, null, cancelled.Token));
    }
}
