using System.Text;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Live;

/// <summary>The reader while it runs: the sidebar beside the index, and mail arriving in the folders it shows.</summary>
public sealed class ReaderLiveTests : IDisposable
{
    private const string SidebarRc = """
        set folder=~
        set sidebar_visible
        set sidebar_width=20
        set sidebar_format="%B%* %N/%S"
        mailboxes ~/Maildir ~/other
        bind index B sidebar-toggle-visible
        bind index,pager \Cn sidebar-next
        bind index,pager \Co sidebar-open
        """;

    private ReaderHarness? harness;

    public void Dispose()
    {
        // Leaving the reader stops its watching before the screen goes.
        harness?.Shell.Quit();
        harness?.Dispose();
    }

    private async Task<ReaderHarness> StartAsync(string muttrc, int messages = 10)
    {
        harness = await ReaderHarness.StartAsync(messages, muttrc, width: 80, height: 16, prepare: folder =>
        {
            string root = Path.GetDirectoryName(folder)!;
            MaildirWriter.EnsureMaildir(Path.Combine(root, "other"));
            File.WriteAllText(Path.Combine(root, "other", "new", "1.a.h"), "Subject: waiting\n\nbody\n");
            File.WriteAllText(Path.Combine(folder, "cur", "2.a.h:2,S"), Mail("Watched one", "Mon, 01 Jan 2024 10:00:00 +0000"));
            File.WriteAllText(Path.Combine(folder, "cur", "3.a.h:2,S"), Mail("Watched two", "Mon, 01 Jan 2024 11:00:00 +0000"));
        });
        harness.Reader.ShowFolder(harness.Session);
        return harness;
    }

    private static string Mail(string subject, string date) =>
        $"From: Someone <someone@example.org>\nSubject: {subject}\nDate: {date}\nMessage-ID: <{Guid.NewGuid():N}@example.org>\n\nbody\n";

    private static Task Deliver(string maildir, string subject) =>
        new MaildirWriter("test").WriteAsync(maildir, Encoding.UTF8.GetBytes(Mail(subject, "Tue, 02 Jan 2024 10:00:00 +0000")));

    // Runs the UI loop's queued work until the screen shows what is expected; gives up at a deadline.
    private static void WaitFor(ReaderHarness reader, Func<bool> shown, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            reader.App.TimedEvents!.RunTimers();
            if (shown())
                return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"never shown: {what}\n{reader.Screen}");
            Thread.Sleep(10);
        }
    }

    private static string SidebarRow(ReaderHarness reader, int row) => reader.Lines[row][..20];

    [Fact]
    public async Task AFolderIsShownBeforeItsCacheIsValidatedAndReplacedWhenTheCacheProvesStale()
    {
        var reader = harness = await ReaderHarness.StartAsync(10, "", width: 80, height: 16);
        string other = Path.Combine(reader.Root, "other");
        SampleMaildir.Generate(other, 3, seed: 1);
        var options = new ReaderSessionOptions { Columns = 80 };
        var cached = await ReaderSession.OpenAsync(reader.Session.Config, other, options);
        File.WriteAllText(Path.Combine(other, "new", "9.a.h"), "Subject: fourth\n\nbody\n");
        var actual = await ReaderSession.OpenAsync(reader.Session.Config, other, options);
        var validated = new TaskCompletionSource<ReaderSession>();

        var showing = reader.Reader.ShowOpeningAsync(other, (_, provisional) =>
        {
            provisional(cached);
            return validated.Task;
        });
        WaitFor(reader, () => reader.Screen.Contains("Msgs:3"), "the folder as cached, while it is validated");
        validated.SetResult(actual);

        // Pumped before it is awaited: the test thread now carries Terminal.Gui's synchronisation context, whose
        // queue runs only when the loop is pumped, so awaiting an unfinished task here would wait for itself.
        WaitFor(reader, () => showing.IsCompleted, "the end of the opening");
        Assert.True(await showing);
        WaitFor(reader, () => reader.Screen.Contains("Msgs:4"), "the folder as it is");
    }

    [Fact]
    public async Task AnOpeningOvertakenByAnotherLeavesTheScreenToIt()
    {
        var reader = harness = await ReaderHarness.StartAsync(10, "", width: 80, height: 16);
        string first = Path.Combine(reader.Root, "first"), second = Path.Combine(reader.Root, "second");
        SampleMaildir.Generate(first, 3, seed: 1);
        SampleMaildir.Generate(second, 5, seed: 2);
        var options = new ReaderSessionOptions { Columns = 80 };
        var cached = await ReaderSession.OpenAsync(reader.Session.Config, first, options);
        var validated = new TaskCompletionSource<ReaderSession>();
        var slow = reader.Reader.ShowOpeningAsync(first, (_, provisional) =>
        {
            provisional(cached);
            return validated.Task;
        });
        WaitFor(reader, () => reader.Screen.Contains("Msgs:3"), "the first folder, while it is validated");

        // The user changes folder before the first one's validation ends; then it ends.
        var fast = reader.Reader.OpenFolderAsync(second, readOnly: false);
        WaitFor(reader, () => fast.IsCompleted && reader.Screen.Contains("Msgs:5"), "the second folder");
        validated.SetResult(cached);
        WaitFor(reader, () => slow.IsCompleted, "the end of the first opening");
        Assert.True(await slow);
        reader.Settle();

        Assert.Contains("Msgs:5", reader.Screen);
        Assert.Equal(second, reader.Reader.Session!.Path);
    }

    [Fact]
    public async Task SidebarIsDrawnLeftOfTheIndexWithEachFolderCounts()
    {
        var reader = await StartAsync(SidebarRc);

        WaitFor(reader, () => SidebarRow(reader, 2) == "other           1/1|", "the other folder's counts");

        Assert.StartsWith("Maildir", SidebarRow(reader, 1));
        Assert.EndsWith("|", SidebarRow(reader, 1));
        // The index starts after the sidebar's columns.
        Assert.Equal(20, reader.Reader.Index.Frame.X);
        Assert.Equal(20, reader.Reader.Sidebar.Frame.Width);
    }

    [Fact]
    public async Task SetAndTheToggleFunctionShowAndHideTheSidebarLive()
    {
        var reader = await StartAsync(SidebarRc);
        Assert.Equal(20, reader.Reader.Index.Frame.X);

        reader.Type(":set nosidebar_visible<enter>");
        Assert.False(reader.Reader.Sidebar.Visible);
        Assert.Equal(0, reader.Reader.Index.Frame.X);
        Assert.DoesNotContain("|", reader.Lines[1][..20]);

        reader.Type("B");
        Assert.True(reader.Reader.Sidebar.Visible);
        Assert.Equal(20, reader.Reader.Index.Frame.X);
        Assert.StartsWith("Maildir", SidebarRow(reader, 1));

        reader.Type(":toggle sidebar_visible<enter>");
        Assert.Equal(0, reader.Reader.Index.Frame.X);
    }

    [Fact]
    public async Task SidebarCountsFollowMailDeliveredToAnotherFolder()
    {
        var reader = await StartAsync(SidebarRc);
        WaitFor(reader, () => SidebarRow(reader, 2) == "other           1/1|", "the other folder's first counts");

        await Deliver(Path.Combine(reader.Root, "other"), "second");

        WaitFor(reader, () => SidebarRow(reader, 2) == "other           2/2|", "the other folder's new counts");
    }

    [Fact]
    public async Task MailDeliveredToTheOpenFolderAppearsWithTheCursorAndTheLimitKept()
    {
        var reader = await StartAsync("set sort=date\n");
        reader.Type("l~s Watched<enter>");
        Assert.Equal(2, reader.Session.RowCount);
        reader.Type("j");
        Assert.Equal("Watched two", reader.Session.Current!.Summary.Subject);

        await Deliver(reader.Folder, "Watched three");
        await Deliver(reader.Folder, "Not in the limit");

        WaitFor(reader, () => reader.BottomLine == "New mail in this mailbox.", "the new mail message");
        WaitFor(reader, () => reader.Screen.Contains("Watched three"), "the arrival in the index");
        Assert.Equal(3, reader.Session.RowCount);
        Assert.Equal("~s Watched", reader.Session.LimitPattern);
        Assert.Equal("Watched two", reader.Session.Current!.Summary.Subject);
        Assert.DoesNotContain("Not in the limit", reader.Screen);
    }

    [Fact]
    public async Task TheSidebarStaysBesideThePager()
    {
        var reader = await StartAsync(SidebarRc);

        reader.Type("<enter>");

        Assert.Equal(Core.Config.Keys.KeyMenu.Pager, reader.Shell.Top!.Menu);
        Assert.Equal(20, reader.Shell.Top.View.Frame.X);
        Assert.StartsWith("Maildir", SidebarRow(reader, 1));
    }

    [Fact]
    public async Task SidebarOpenChangesToTheHighlightedFolder()
    {
        var reader = await StartAsync(SidebarRc);

        reader.Type("<enter>\\Cn\\Co");

        WaitFor(reader, () => reader.Reader.Session?.Path.EndsWith("other", StringComparison.Ordinal) == true, "the other folder opened");
        WaitFor(reader, () => reader.Screen.Contains("waiting"), "the other folder's index");
        Assert.Equal(Core.Config.Keys.KeyMenu.Index, reader.Shell.Top!.Menu);
    }
}
