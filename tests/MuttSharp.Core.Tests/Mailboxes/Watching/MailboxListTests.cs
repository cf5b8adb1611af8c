using MuttSharp.Core.Mailboxes.Watching;
using MuttSharp.Core.Maildir;

namespace MuttSharp.Core.Tests.Mailboxes.Watching;

public sealed class MailboxListTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-list-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Maildir(string name, params string[] files)
    {
        string path = Path.Combine(root, name);
        MaildirWriter.EnsureMaildir(path);
        foreach (string file in files)
            File.WriteAllText(Path.Combine(path, file), "");
        return path;
    }

    [Fact]
    public async Task KeepsTheMailboxesOrderAndCountsEach()
    {
        string inbox = Maildir("INBOX", "new/1.a.h", "cur/2.a.h:2,S");
        string lists = Maildir("lists", "cur/3.a.h:2,S");
        var list = new MailboxList([lists + "/", inbox, lists]);

        await list.RefreshAsync();

        Assert.Equal([lists, inbox], list.Paths);
        Assert.Equal([1, 2], list.All.Select(s => s.Total));
        Assert.Equal(1, list.WithNewMail());
        Assert.Equal(0, list.WithNewMail(open: inbox));
        Assert.Null(list.Find(Path.Combine(root, "other")));
    }

    [Fact]
    public async Task ARecountReportsOnlyAChange()
    {
        string inbox = Maildir("INBOX");
        var list = new MailboxList([inbox]);
        var updated = new List<string>();
        list.Updated += (_, path) => updated.Add(path);

        await list.RefreshAsync(inbox);
        File.WriteAllText(Path.Combine(inbox, "new", "9.z.h"), "");
        var stats = await list.RefreshAsync(inbox);

        Assert.Equal([inbox], updated);
        Assert.Equal(1, stats!.New);
    }

    [Fact]
    public async Task AWatcherKeepsTheCountsCurrent()
    {
        string inbox = Maildir("INBOX");
        var clock = new ManualTimers();
        using var watcher = new MailboxWatcher(TimeSpan.FromSeconds(5), clock, settleDelay: TimeSpan.FromDays(1));
        var list = new MailboxList([inbox]);
        var updated = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        list.Updated += (_, path) => updated.TrySetResult(path);
        list.Attach(watcher);

        File.WriteAllText(Path.Combine(inbox, "new", "9.z.h"), "");
        Directory.SetLastWriteTimeUtc(Path.Combine(inbox, "new"), DateTime.UtcNow.AddMinutes(1));
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(inbox, await updated.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, list.Find(inbox)!.New);
    }

    [Fact]
    public async Task MailCheckStatsRecountsEveryIntervalOnlyWhenSet()
    {
        string inbox = Maildir("INBOX");
        var sandbox = new MuttSharp.Core.Config.MuttConfig();
        Assert.True(await sandbox.ExecuteAsync("set mail_check_stats_interval=30"));
        var clock = new ManualTimers();
        var list = new MailboxList([inbox]);
        var updated = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        list.Updated += (_, path) => updated.TrySetResult(path);
        using var timer = list.ScheduleStats(sandbox, clock);
        File.WriteAllText(Path.Combine(inbox, "new", "9.z.h"), "");

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, list.Find(inbox)!.Total);

        Assert.True(await sandbox.ExecuteAsync("set mail_check_stats"));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(inbox, await updated.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, list.Find(inbox)!.Total);
    }

    [Fact]
    public async Task MailboxesGivenLiveJoinTheListAreCountedAndWatched()
    {
        string inbox = Maildir("INBOX");
        string lists = Maildir("lists", "new/1.a.h", "cur/2.a.h:2,FS");
        var config = new MuttSharp.Core.Config.MuttConfig();
        Assert.True(await config.ExecuteAsync($"mailboxes {inbox}"));
        var list = MailboxList.FromConfig(config);
        using var watcher = new MailboxWatcher(TimeSpan.FromDays(1), new ManualTimers());
        list.Attach(watcher);
        var counted = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        list.Updated += (_, path) =>
        {
            if (path == lists && list.Find(lists)!.Total == 2)
                counted.TrySetResult(path);
        };

        Assert.True(await config.ExecuteAsync($"mailboxes {lists}"));

        Assert.Equal([inbox, lists], list.Paths);
        Assert.Equal(lists, await counted.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, list.WithNewMail());
        Assert.Equal(1, list.Find(lists)!.Flagged);
        Assert.Contains(lists, watcher.Paths);
    }

    [Fact]
    public async Task UnmailboxesDropsAFolderAndReportsIt()
    {
        string inbox = Maildir("INBOX");
        string lists = Maildir("lists", "new/1.a.h");
        var config = new MuttSharp.Core.Config.MuttConfig();
        Assert.True(await config.ExecuteAsync($"mailboxes {inbox} {lists}"));
        var list = MailboxList.FromConfig(config);
        await list.RefreshAsync();
        var dropped = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        list.Updated += (_, path) => dropped.TrySetResult(path);

        Assert.True(await config.ExecuteAsync($"unmailboxes {lists}"));

        Assert.Equal([inbox], list.Paths);
        Assert.Null(list.Find(lists));
        Assert.Equal(0, list.WithNewMail());
        Assert.Equal(lists, await dropped.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(await config.ExecuteAsync("unmailboxes *"));
        Assert.Empty(list.All);
    }
}
