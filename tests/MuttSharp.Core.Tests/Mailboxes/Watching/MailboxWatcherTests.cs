using System.Collections.Concurrent;
using MuttSharp.Core.Mailboxes.Watching;
using MuttSharp.Core.Maildir;

namespace MuttSharp.Core.Tests.Mailboxes.Watching;

public sealed class MailboxWatcherTests : IDisposable
{
    private static readonly TimeSpan Never = TimeSpan.FromDays(1);
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-watch-").FullName;
    private readonly string inbox;

    public MailboxWatcherTests()
    {
        inbox = Path.Combine(root, "INBOX");
        MaildirWriter.EnsureMaildir(inbox);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void Deliver(string name)
    {
        File.WriteAllText(Path.Combine(inbox, "new", name), "Subject: hi\n\nbody\n");
        // Directory times have a coarse clock on some file systems: make the change visible to the poll.
        Directory.SetLastWriteTimeUtc(Path.Combine(inbox, "new"), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public void TheMailCheckPollReportsAFolderWhoseDirectoriesChanged()
    {
        var clock = new ManualTimers();
        using var watcher = new MailboxWatcher(TimeSpan.FromSeconds(5), clock, settleDelay: Never);
        var reported = new ConcurrentQueue<string>();
        watcher.MailboxChanged += (_, path) => reported.Enqueue(path);
        watcher.Watch(inbox + "/");

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty(reported);

        Deliver("1.a.host");
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Empty(reported);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([inbox], reported);

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Single(reported);
    }

    [Fact]
    public void AnUnwatchedFolderIsNoLongerReported()
    {
        var clock = new ManualTimers();
        using var watcher = new MailboxWatcher(TimeSpan.FromSeconds(5), clock, settleDelay: Never);
        var reported = new ConcurrentQueue<string>();
        watcher.MailboxChanged += (_, path) => reported.Enqueue(path);
        watcher.Watch(inbox);
        watcher.Unwatch(inbox);

        Deliver("1.a.host");
        watcher.CheckNow();

        Assert.Empty(reported);
        Assert.Empty(watcher.Paths);
    }

    [Fact]
    public async Task FileSystemEventsReportABurstOnce()
    {
        using var watcher = new MailboxWatcher(Never, settleDelay: TimeSpan.FromMilliseconds(300));
        var first = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        int count = 0;
        watcher.MailboxChanged += (_, path) =>
        {
            Interlocked.Increment(ref count);
            first.TrySetResult(path);
        };
        watcher.Watch(inbox);

        for (int i = 0; i < 20; i++)
            File.WriteAllText(Path.Combine(inbox, "new", $"{i}.b.host"), "x");

        Assert.Equal(inbox, await first.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.InRange(Volatile.Read(ref count), 1, 20);
    }
}
