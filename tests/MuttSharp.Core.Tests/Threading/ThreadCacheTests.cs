using MuttSharp.Core.Model;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Tests.Threading;

public sealed class ThreadCacheTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("threadcache").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static byte[] Key(List<Message> messages) => ThreadCache.Digest(messages);

    // Every threading case at once: replies, a duplicate, missing parents (dummies), a loop, pseudo-threads.
    private static List<Message> Folder()
    {
        var messages = TestMessages.ThreadFolder();
        foreach (var m in TestMessages.PseudoFolder())
            messages.Add(new Message(messages.Count, m.Path, m.Summary, m.Flags));
        return messages;
    }

    // The whole shape of a tree as its readers see it, message by message and node by node.
    private static string[] Shape(ThreadTree tree, int messages) =>
    [
        $"threads {tree.ThreadCount}, nodes {tree.NodeCount}",
        .. Enumerable.Range(0, tree.NodeCount).Select(n => $"{n}: parent {tree.ParentNode(n)} first {tree.FirstChildNode(n)} next {tree.NextSiblingNode(n)} thread {tree.ThreadOfNode(n)}"),
        .. Enumerable.Range(0, messages).Select(m =>
            $"{m}: dup {tree.IsDuplicate(m)} pseudo {tree.IsPseudoThreaded(m)} changed {tree.SubjectChanged(m)} real '{tree.RealSubject(m)}' re {tree.HadReplyPrefix(m)}"),
    ];

    [Fact]
    public void ATreeReadBackIsTheTreeThatWasBuilt()
    {
        var messages = Folder();
        var built = ThreadTree.Build(messages, ThreadOptions.Default);
        string file = Path.Combine(dir, "threads");

        ThreadCache.Save(file, Key(messages), ThreadOptions.Default, built);
        var read = Assert.IsType<ThreadTree>(ThreadCache.TryLoad(file, Key(messages), messages, ThreadOptions.Default));

        Assert.True(built.NodeCount > messages.Count); // the folder has missing parents
        Assert.Equal(Shape(built, messages.Count), Shape(read, messages.Count));
    }

    [Fact]
    public void OtherMessagesOrOtherThreadingSettingsAreNotRead()
    {
        var messages = Folder();
        string file = Path.Combine(dir, "threads");
        ThreadCache.Save(file, Key(messages), ThreadOptions.Default, ThreadTree.Build(messages, ThreadOptions.Default));

        Assert.NotNull(ThreadCache.TryLoad(file, Key(messages), messages, ThreadOptions.Default));
        var grown = messages.Select(m => m.Number == 3 ? new Message(3, m.Path, m.Summary with { Size = m.Summary.Size + 1 }, m.Flags) : m).ToList();
        Assert.Null(ThreadCache.TryLoad(file, Key(grown), grown, ThreadOptions.Default));
        Assert.Null(ThreadCache.TryLoad(file, Key(messages), messages, ThreadOptions.Default with { StrictThreads = true }));
        Assert.Null(ThreadCache.TryLoad(file, Key(messages), messages, ThreadOptions.Default with { ReplyRegexp = "^(re|aw):[ \t]*" }));
        Assert.Null(ThreadCache.TryLoad(file, Key(messages), messages.Take(messages.Count - 1).ToList(), ThreadOptions.Default));
        Assert.Null(ThreadCache.TryLoad(file, Key(messages.Take(messages.Count - 1).ToList()), messages, ThreadOptions.Default));
        Assert.Null(ThreadCache.TryLoad(file, Key(messages.Take(messages.Count - 1).ToList()), messages, ThreadOptions.Default));
        Assert.Null(ThreadCache.TryLoad(Path.Combine(dir, "none"), Key(messages), messages, ThreadOptions.Default));
        // Settings that only change how threads are drawn do not make the kept links stale.
        Assert.NotNull(ThreadCache.TryLoad(file, Key(messages), messages, ThreadOptions.Default with { HideMissing = false, NarrowTree = true }));
    }

    [Fact]
    public void ATruncatedOrCorruptedFileIsNotReadAndNothingThrows()
    {
        var messages = Folder();
        string file = Path.Combine(dir, "threads");
        ThreadCache.Save(file, Key(messages), ThreadOptions.Default, ThreadTree.Build(messages, ThreadOptions.Default));
        byte[] good = File.ReadAllBytes(file);
        string bad = Path.Combine(dir, "bad");

        for (int length = 0; length < good.Length; length += 7)
        {
            File.WriteAllBytes(bad, good[..length]);
            Assert.Null(ThreadCache.TryLoad(bad, Key(messages), messages, ThreadOptions.Default));
        }

        // Any single byte changed: either refused, or (a flag bit that keeps the forest a forest) read as a forest that
        // every walk leaves: each message is in exactly one thread.
        var random = new Random(5);
        int refused = 0;
        for (int round = 0; round < 2000; round++)
        {
            byte[] copy = (byte[])good.Clone();
            int at = random.Next(copy.Length);
            copy[at] ^= (byte)random.Next(1, 256);
            File.WriteAllBytes(bad, copy);
            if (ThreadCache.TryLoad(bad, Key(messages), messages, ThreadOptions.Default) is not { } tree)
            {
                refused++;
                continue;
            }
            var threads = Enumerable.Range(0, messages.Count).GroupBy(tree.ThreadOf).ToList();
            Assert.All(threads, thread => Assert.Equal(thread.Order(), tree.ThreadMessages(thread.First()).Order()));
        }
        Assert.True(refused > 1900, $"{refused} of 2000 corruptions refused");
    }

    [Fact]
    public void ALoopOrADanglingLinkIsRefused()
    {
        var messages = Folder();
        var built = ThreadTree.Build(messages, ThreadOptions.Default);
        string file = Path.Combine(dir, "threads");
        ThreadCache.Save(file, Key(messages), ThreadOptions.Default, built);
        byte[] good = File.ReadAllBytes(file);
        Assert.Equal(0, built.ParentNode(1)); // message 1 answers message 0, a thread's root

        // Message 0 put in message 1's list of children as well: every link agrees with its neighbours, but the
        // two now hang from each other and from no root.
        byte[] looped = (byte[])good.Clone();
        Patch(looped, built, Parent, 0, 1);
        Patch(looped, built, NextSibling, 0, built.FirstChildNode(1));
        Patch(looped, built, FirstChild, 1, 0);
        File.WriteAllBytes(file, looped);
        Assert.Null(ThreadCache.TryLoad(file, Key(messages), messages, ThreadOptions.Default));

        byte[] dangling = (byte[])good.Clone();
        Patch(dangling, built, FirstChild, 0, built.NodeCount + 5);
        File.WriteAllBytes(file, dangling);
        Assert.Null(ThreadCache.TryLoad(file, Key(messages), messages, ThreadOptions.Default));

        File.WriteAllBytes(file, good);
        Assert.NotNull(ThreadCache.TryLoad(file, Key(messages), messages, ThreadOptions.Default));
    }

    private const int Parent = 0, FirstChild = 1, NextSibling = 2;

    // Sets one link of a kept file: the arrays follow the header, the settings and the two counts.
    private static void Patch(byte[] file, ThreadTree tree, int array, int node, int value)
    {
        int links = 44 + BitConverter.ToInt32(file, 40) + 8;
        BitConverter.TryWriteBytes(file.AsSpan(links + (array * tree.NodeCount + node) * 4), value);
    }

    [Fact]
    public async Task AFolderWithAThreadCacheKeepsItsThreadsAndGetsThemBackNextTime()
    {
        var messages = Folder();
        string file = ThreadCache.FileFor(Path.Combine(dir, "hcache"));
        var plain = new Mailbox("/mail", MailboxFormat.Maildir, messages);
        var fromCache = new Mailbox("/mail", MailboxFormat.Maildir, messages) { ThreadCacheFile = file };

        ThreadCache.Threads(plain, ThreadOptions.Default);
        Assert.False(File.Exists(file));

        var first = ThreadCache.Threads(fromCache, ThreadOptions.Default);
        for (int i = 0; i < 200 && !File.Exists(file); i++)
            await Task.Delay(50); // kept in the background
        Assert.True(File.Exists(file));
        Assert.Equal(Shape(first, messages.Count), Shape(ThreadCache.Threads(fromCache, ThreadOptions.Default), messages.Count));

        // What is read back is the kept tree, not a new one: keep a different forest (strict threads, no
        // pseudo-threads) under the default settings, and that is what the next open gets.
        var strict = ThreadTree.Build(messages, ThreadOptions.Default with { StrictThreads = true });
        ThreadCache.Save(file, Key(messages), ThreadOptions.Default, strict);
        Assert.Equal(Shape(strict, messages.Count), Shape(ThreadCache.Threads(fromCache, ThreadOptions.Default), messages.Count));
        Assert.NotEqual(Shape(strict, messages.Count), Shape(first, messages.Count));
    }

    [Fact]
    public void TheDigestFollowsNamesSizesTimesAndOrderButNotFlagsOrDirectory()
    {
        static Message At(int number, string path, long size = 100, int day = 1) =>
            new(number, path, new MessageSummary { Size = size, Received = DateTimeOffset.FromUnixTimeSeconds(1700000000 + day * 86400L) }, MessageFlags.None);
        byte[] digest = ThreadCache.Digest([At(0, "/m/cur/1.a.host:2,S"), At(1, "/m/new/2.b.host")]);

        Assert.Equal(digest, ThreadCache.Digest([At(0, "/m/cur/1.a.host:2,FRS"), At(1, "/m/cur/2.b.host:2,")]));
        Assert.NotEqual(digest, ThreadCache.Digest([At(0, "/m/cur/2.b.host:2,"), At(1, "/m/cur/1.a.host:2,S")]));
        Assert.NotEqual(digest, ThreadCache.Digest([At(0, "/m/cur/1.a.host:2,S"), At(1, "/m/new/3.b.host")]));
        Assert.NotEqual(digest, ThreadCache.Digest([At(0, "/m/cur/1.a.host:2,S", size: 101), At(1, "/m/new/2.b.host")]));
        Assert.NotEqual(digest, ThreadCache.Digest([At(0, "/m/cur/1.a.host:2,S", day: 2), At(1, "/m/new/2.b.host")]));
        Assert.NotEqual(digest, ThreadCache.Digest([At(0, "/m/cur/1.a.host:2,S")]));
    }
}
