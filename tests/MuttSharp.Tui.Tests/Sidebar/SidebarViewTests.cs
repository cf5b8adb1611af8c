using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Mailboxes.Watching;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Reading.Session.Browsing;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Sidebar;
using MuttSharp.Tui.Tests.Browser;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Sidebar;

public sealed class SidebarViewTests : IDisposable
{
    private readonly MailHome home = new();
    private readonly MailboxList mailboxes;
    private readonly string inbox;

    public SidebarViewTests()
    {
        inbox = home.Maildir("INBOX", "new/1.a.h", "cur/2.a.h:2,S");
        home.Maildir("lists", "cur/3.a.h:2,S");
        home.Maildir("work", "new/4.a.h");
        mailboxes = new MailboxList([inbox, Path.Combine(home.Mail, "lists"), Path.Combine(home.Mail, "work")]);
    }

    public void Dispose() => home.Dispose();

    private async Task<SidebarView> Sidebar(params string[] settings)
    {
        await home.Set([$"set folder={home.Mail}", "set sidebar_visible", "set sidebar_width=16", "set sidebar_format=\"%B%* %S\"", .. settings]);
        await mailboxes.RefreshAsync();
        return new SidebarView(new SidebarModel(home.Config, mailboxes), ColorPalette.Plain);
    }

    private static string[] Rows(string screen, int count, int width) => [.. screen.Split('\n').Take(count).Select(l => l[..width])];

    [Fact]
    public async Task DrawsEachMailboxWithItsCountsAndTheDivider()
    {
        var sidebar = await Sidebar();

        string screen = MailHome.Draw(sidebar, 40, 4);

        Assert.Equal(16, sidebar.Frame.Width);
        Assert.Equal(["INBOX         2|", "lists         1|", "work          1|", "               |"], Rows(screen, 4, 15 + 1));
    }

    [Fact]
    public async Task HiddenWhenSidebarVisibleIsUnset()
    {
        var sidebar = await Sidebar("unset sidebar_visible");

        Assert.False(sidebar.Visible);
        Assert.Equal("", MailHome.Draw(sidebar, 20, 2).Split('\n')[0].Trim());
    }

    [Fact]
    public async Task CountsFollowTheOpenSessionAndNewMail()
    {
        var sidebar = await Sidebar("set sidebar_format=\"%B%* %S/%N\"");
        sidebar.Session = await ReaderSession.OpenAsync(home.Config, "=INBOX");
        sidebar.Refresh();
        Assert.Equal("INBOX       2/1|", Rows(MailHome.Draw(sidebar, 40, 1), 1, 16)[0]);

        sidebar.Session.MarkRead(sidebar.Session.Current!);
        File.WriteAllText(Path.Combine(home.Mail, "lists", "new", "9.z.h"), "Subject: y\n\nbody\n");
        await mailboxes.RefreshAsync(Path.Combine(home.Mail, "lists"));
        sidebar.Refresh();

        string[] rows = Rows(MailHome.Draw(sidebar, 40, 2), 2, 16);
        Assert.Equal(["INBOX       2/0|", "lists       2/1|"], rows);
    }

    [Fact]
    public async Task SidebarFunctionsMoveTheHighlightAndOpenTheFolder()
    {
        var sidebar = await Sidebar();
        var table = new FunctionTable();
        string? opened = null;
        SidebarFunctions.Register(table, sidebar, path => Task.FromResult(opened = path));
        var shell = new RecordingShell();
        var help = new MuttSharp.Tui.Help.HelpView(KeyMenu.Index, [], ColorPalette.Plain);

        async Task Run(string function)
        {
            Assert.True(table.TryGet(KeyMenu.Index, function, help, out var handler), function);
            await handler(new FunctionCall(function, KeyMenu.Index, help, shell, TagPrefix: false));
        }

        await Run("sidebar-next");
        Assert.Equal(1, sidebar.Highlight);
        await Run("sidebar-next-new");
        Assert.Equal(2, sidebar.Highlight);
        await Run("sidebar-next");
        Assert.Equal(["You are on the last mailbox."], shell.Errors);
        await Run("sidebar-first");
        await Run("sidebar-open");
        Assert.Equal(inbox, opened);
    }

    [Fact]
    public async Task MailboxesGivenAtTheColonPromptJoinTheSidebarAndUnmailboxesLeavesIt()
    {
        using var reader = await ReaderHarness.StartAsync(3, """
            set folder=~
            set sidebar_visible
            set sidebar_width=20
            set sidebar_format="%B%* %N/%S"
            mailboxes ~/Maildir
            """, width: 80, height: 12, prepare: folder =>
        {
            string later = Path.Combine(Path.GetDirectoryName(folder)!, "later");
            Core.Maildir.MaildirWriter.EnsureMaildir(later);
            File.WriteAllText(Path.Combine(later, "new", "1.a.h"), "Subject: waiting\n\nbody\n");
        });
        reader.Reader.ShowFolder(reader.Session);
        try
        {
            reader.Type(":mailboxes ~/later<enter>");
            WaitFor(reader, () => reader.Lines[2][..20] == "later           1/1|", "the folder given live, counted");

            reader.Type(":unmailboxes ~/later<enter>");
            WaitFor(reader, () => !reader.Lines[2][..20].StartsWith("later", StringComparison.Ordinal), "the folder dropped live");
        }
        finally
        {
            reader.Shell.Quit();
        }
    }

    // Runs the UI loop's queued work until the screen shows what is expected; gives up at a deadline.
    private static void WaitFor(ReaderHarness reader, Func<bool> shown, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!shown())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"never shown: {what}\n{reader.Screen}");
            Thread.Sleep(10);
            reader.App.TimedEvents!.RunTimers();
        }
    }
}
