using System.Buffers.Binary;
using MuttSharp.Core.HeaderCache;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Tests.HeaderCache;

public sealed class HeaderCacheStoreTests : IDisposable
{
    private const string Folder = "/home/u/Maildir";
    private static readonly DateTimeOffset Modified = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-hcache-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static MessageSummary Full() => new()
    {
        From = [new MailAddress("André", "andre@example.fr")],
        To = [new MailAddress("", "bob@example.org"), new MailAddress("Team", "team@example.org")],
        Cc = [new MailAddress("André", "andre@example.fr")],
        Sender = [new MailAddress("", "sender@example.org")],
        ReplyTo = [new MailAddress("", "reply@example.org")],
        MailFollowupTo = [new MailAddress("", "list@example.org")],
        Subject = "Привет 日本",
        Date = new DateTimeOffset(2026, 11, 1, 23, 0, 0, TimeSpan.FromMinutes(-330)),
        Received = Modified,
        MessageId = "child@example.fr",
        InReplyTo = "parent@example.fr",
        References = ["root@example.fr", "parent@example.fr"],
        ListId = "<dev.example.org>",
        ListPost = "<mailto:dev@example.org>",
        XLabel = "work",
        Organization = "ACME",
        ContentType = "multipart/mixed",
        HasAttachments = true,
        Lines = 42,
        Size = 12345,
        HeaderLength = 678,
    };

    private string Write(params (string Unique, MessageSummary Summary)[] items)
    {
        string file = Path.Combine(root, "cache");
        Assert.Null(HeaderCacheStore.Save(file, Folder, items.Select(i => (i.Unique, i.Summary.Size, Modified, i.Summary))));
        return file;
    }

    [Fact]
    public void EveryFieldSurvivesARoundTrip()
    {
        var summary = Full();
        var empty = new MessageSummary { Size = 1, Received = Modified, Date = DateTimeOffset.MinValue };
        string file = Write(("a", summary), ("b", empty));

        var cache = HeaderCacheStore.Load(file, Folder);

        Assert.Equal(HeaderCacheStatus.Loaded, cache.Status);
        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("a", summary.Size, Modified, out var back));
        Assert.Equal(summary.From, back.From);
        Assert.Equal(summary.To, back.To);
        Assert.Equal(summary.Cc, back.Cc);
        Assert.Equal(summary.Sender, back.Sender);
        Assert.Equal(summary.ReplyTo, back.ReplyTo);
        Assert.Equal(summary.MailFollowupTo, back.MailFollowupTo);
        Assert.Equal(summary.References, back.References);
        Assert.Equal(summary with { From = back.From, To = back.To, Cc = back.Cc, Sender = back.Sender, ReplyTo = back.ReplyTo, MailFollowupTo = back.MailFollowupTo, References = back.References }, back);
        Assert.Equal(summary.Date.Offset, back.Date.Offset);
        Assert.True(cache.TryGet("b", 1, Modified, out var backEmpty));
        Assert.Equal(DateTimeOffset.MinValue, backEmpty.Date);
        Assert.Null(backEmpty.MessageId);
        Assert.Empty(backEmpty.From);
    }

    [Fact]
    public void AnEntryIsValidOnlyForTheSameSizeAndMtime()
    {
        string file = Write(("a", Full()));
        var cache = HeaderCacheStore.Load(file, Folder);

        Assert.False(cache.TryGet("a", 12346, Modified, out _));
        Assert.False(cache.TryGet("a", 12345, Modified.AddSeconds(1), out _));
        Assert.False(cache.TryGet("b", 12345, Modified, out _));
        Assert.True(cache.TryGet("a", 12345, Modified, out _));
    }

    [Fact]
    public void AnUnverifiedLookupGoesByNameAndGivesTheCachedSizeAndMtime()
    {
        string file = Write(("a", Full()));
        var cache = HeaderCacheStore.Load(file, Folder);

        Assert.False(cache.TryGetUnverified("b", out _, out _, out _));
        Assert.True(cache.TryGetUnverified("a", out long size, out var modified, out var summary));
        Assert.Equal(12345, size);
        Assert.Equal(Modified, modified);
        Assert.Equal("Привет 日本", summary.Subject);
    }

    [Fact]
    public void EveryTruncationIsDamageNeverAnException()
    {
        string file = Write(("a", Full()), ("b", Full() with { Subject = "two" }));
        byte[] whole = File.ReadAllBytes(file);

        for (int length = 8; length < whole.Length; length++)
        {
            File.WriteAllBytes(file, whole[..length]);
            var cache = HeaderCacheStore.Load(file, Folder);
            Assert.NotEqual(HeaderCacheStatus.Loaded, cache.Status);
            Assert.Equal(0, cache.Count);
        }
    }

    [Fact]
    public void FlippedBytesNeverThrow()
    {
        string file = Write(("a", Full()), ("b", Full() with { Subject = "two" }));
        byte[] whole = File.ReadAllBytes(file);
        var random = new Random(11);

        for (int i = 0; i < 500; i++)
        {
            byte[] damaged = (byte[])whole.Clone();
            damaged[random.Next(8, damaged.Length)] ^= (byte)(1 << random.Next(8));
            File.WriteAllBytes(file, damaged);
            var cache = HeaderCacheStore.Load(file, Folder);
            Assert.True(cache.Status is HeaderCacheStatus.Loaded or HeaderCacheStatus.Damaged or HeaderCacheStatus.Foreign);
        }
    }

    [Fact]
    public void ACacheOfAnotherFolderIsForeign()
    {
        string file = Write(("a", Full()));

        Assert.Equal(HeaderCacheStatus.Foreign, HeaderCacheStore.Load(file, "/home/u/Maildir/.Sent").Status);
    }

    [Fact]
    public void AFileOfAnotherFormatIsForeignAndAnotherVersionIsOld()
    {
        string file = Write(("a", Full()));
        byte[] bytes = File.ReadAllBytes(file);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), 0);
        File.WriteAllBytes(file, bytes);

        Assert.Equal(HeaderCacheStatus.OldVersion, HeaderCacheStore.Load(file, Folder).Status);

        File.WriteAllText(file, "SQLite format 3");
        Assert.Equal(HeaderCacheStatus.Foreign, HeaderCacheStore.Load(file, Folder).Status);
    }

    [Fact]
    public void ACacheOfTheFirstFormatIsOldAndNotMisread()
    {
        // Version 1 kept the unique names in the string table; its records start with a reference.
        string file = Path.Combine(root, "v1");
        byte[] folder = System.Text.Encoding.UTF8.GetBytes(Folder);
        File.WriteAllBytes(file, [.. "MSHC"u8, 1, 0, 0, 0, (byte)folder.Length, .. folder, 1, 1, (byte)'a', 0, 0, .. "MSHE"u8, 0, 0, 0, 0]);

        var cache = HeaderCacheStore.Load(file, Folder);

        Assert.Equal(HeaderCacheStatus.OldVersion, cache.Status);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void NamesAreFoundInAnyOrderAndAfterNamesTheCacheLacks()
    {
        // An open asks in mailbox order; a folder that changed since asks out of order and for new names.
        var items = Enumerable.Range(0, 50).Select(i => ($"{1000 + i}.M{i}P1.host", Full() with { Size = i + 1 })).ToArray();
        string file = Write(items);
        var cache = HeaderCacheStore.Load(file, Folder);

        foreach (int i in (int[])[0, 1, 2, 40, 3, 49, 4])
        {
            Assert.True(cache.TryGet($"{1000 + i}.M{i}P1.host", i + 1, Modified, out var found));
            Assert.Equal(i + 1, found.Size);
        }
        Assert.False(cache.TryGet("999.new.host", 1, Modified, out _));
        Assert.True(cache.TryGet("1005.M5P1.host", 6, Modified, out _));
        Assert.False(cache.TryGetUnverified("1005.M5P1.hos", out _, out _, out _));
        Assert.True(cache.TryGetUnverified("1006.M6P1.host", out long size, out _, out _));
        Assert.Equal(7, size);
    }

    [Fact]
    public void ANonAsciiUniqueNameIsFound()
    {
        string file = Write(("1.ünïque.hôst", Full()), ("2.plain.host", Full()));
        var cache = HeaderCacheStore.Load(file, Folder);

        Assert.True(cache.TryGet("2.plain.host", 12345, Modified, out _));
        Assert.True(cache.TryGet("1.ünïque.hôst", 12345, Modified, out _));
        Assert.False(cache.TryGet("1.unique.host", 12345, Modified, out _));
    }

    [Fact]
    public void MessagesFromOneSenderShareOneFromList()
    {
        string file = Write(("a", Full()), ("b", Full() with { Subject = "two" }));
        var cache = HeaderCacheStore.Load(file, Folder);

        Assert.True(cache.TryGet("a", 12345, Modified, out var a));
        Assert.True(cache.TryGet("b", 12345, Modified, out var b));

        Assert.Same(a.From, b.From);
        Assert.Equal([new MailAddress("André", "andre@example.fr")], b.From);
        Assert.Same(a.From, b.Cc); // the same lone address in another field is the same list
        Assert.Equal(2, b.To.Count);
    }

    [Fact]
    public void AMissingFileIsMissing()
    {
        Assert.Equal(HeaderCacheStatus.Missing, HeaderCacheStore.Load(Path.Combine(root, "none"), Folder).Status);
    }

    [Fact]
    public void ADirectorySettingHoldsOneFilePerFolderNamedByTheMd5OfItsPath()
    {
        string forInbox = HeaderCacheStore.FileFor(root, "/home/u/Maildir");
        string forSent = HeaderCacheStore.FileFor(root + "/", "/home/u/Maildir/.Sent/");

        Assert.Equal(Path.Combine(root, "5b86745d1b21528162966ae26f233041"), forInbox); // md5("/home/u/Maildir")
        Assert.Equal(Path.GetDirectoryName(forInbox), Path.GetDirectoryName(forSent));
        Assert.NotEqual(forInbox, forSent);
    }

    [Fact]
    public void AFileSettingKeepsOneFileBesideItPerFolderSoThatFoldersDoNotOverwriteEachOther()
    {
        string file = Path.Combine(root, "file");

        Assert.Equal(file + ".5b86745d1b21528162966ae26f233041", HeaderCacheStore.FileFor(file, "/home/u/Maildir"));
        Assert.NotEqual(HeaderCacheStore.FileFor(file, "/home/u/Maildir"), HeaderCacheStore.FileFor(file, "/home/u/Maildir/.Sent"));
    }

    [Fact]
    public void SavingIntoAnUnwritablePlaceIsAnErrorText()
    {
        string blocker = Path.Combine(root, "blocker");
        File.WriteAllText(blocker, "a file where a directory should be");

        string? error = HeaderCacheStore.Save(Path.Combine(blocker, "cache"), Folder, []);

        Assert.NotNull(error);
    }

    [Fact]
    public void ACacheLargerThanTheReadWindowWithAFieldLongerThanItRoundTrips()
    {
        // Thousands of distinct summaries and one 200 KB subject: the reader slides and grows its window.
        var items = Enumerable.Range(0, 3000)
            .Select(i => ($"u{i}", Full() with { Subject = $"subject {i}", MessageId = $"id{i}@example.org", Size = 1000 + i }))
            .Append(("huge", Full() with { Subject = new string('x', 200_000), Size = 7 }))
            .ToArray();
        string file = Write(items);
        Assert.True(new FileInfo(file).Length > 256 * 1024);

        var cache = HeaderCacheStore.Load(file, Folder);

        Assert.Equal(HeaderCacheStatus.Loaded, cache.Status);
        Assert.Equal(3001, cache.Count);
        Assert.True(cache.TryGet("u2999", 3999, Modified, out var last));
        Assert.Equal("subject 2999", last.Subject);
        Assert.Equal("id2999@example.org", last.MessageId);
        Assert.True(cache.TryGet("huge", 7, Modified, out var huge));
        Assert.Equal(200_000, huge.Subject.Length);
    }

    [Fact]
    public void ASavedCacheLeavesOnlyItselfBehind()
    {
        var items = Enumerable.Range(0, 2000).Select(i => ($"u{i}", Full() with { Subject = $"subject {i}" })).ToArray();

        string file = Write(items);

        Assert.Equal([file], Directory.GetFiles(root));
        Assert.Equal(2000, HeaderCacheStore.Load(file, Folder).Count);
    }

    [Fact]
    public void ALargeCacheCutAnywhereIsDamage()
    {
        var items = Enumerable.Range(0, 3000).Select(i => ($"u{i}", Full() with { Subject = $"subject {i}" })).ToArray();
        string file = Write(items);
        byte[] whole = File.ReadAllBytes(file);

        foreach (int length in (int[])[whole.Length / 3, 64 * 1024, (64 * 1024) + 1, whole.Length - 9, whole.Length - 1])
        {
            File.WriteAllBytes(file, whole[..length]);
            var cache = HeaderCacheStore.Load(file, Folder);
            Assert.Equal(HeaderCacheStatus.Damaged, cache.Status);
            Assert.Equal(0, cache.Count);
        }
    }
}
