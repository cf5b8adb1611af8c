using MuttSharp.Core.Mailboxes.Watching;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Reading.Session.Browsing;

namespace MuttSharp.Core.Tests.Reading.Session.Browsing;

public sealed class SidebarModelTests : IDisposable
{
    private readonly SessionFolder folder = new();
    private readonly string dev;
    private readonly string announce;

    public SidebarModelTests()
    {
        dev = Path.Combine(folder.Mail, "lists", "dev");
        announce = Path.Combine(folder.Mail, "lists", "announce");
        folder.Add("A <a@example.org>", "one");
        folder.Add("B <b@example.org>", "two", info: ":2,S");
        folder.Add("C <c@example.org>", "three", info: ":2,FS", folder: dev);
        folder.Add("D <d@example.org>", "four", info: ":2,S", folder: announce);
    }

    public void Dispose() => folder.Dispose();

    private async Task<SidebarModel> Sidebar(params string[] settings)
    {
        await folder.Set([$"set folder={folder.Mail}", .. settings]);
        var mailboxes = new MailboxList([folder.Inbox, dev, announce]);
        await mailboxes.RefreshAsync();
        return new SidebarModel(folder.Config, mailboxes);
    }

    [Fact]
    public async Task NamesFoldersRelativeToFolderWithTheirCounts()
    {
        var sidebar = await Sidebar("set sidebar_format=\"%B %S/%N%?F? %F!?\"");

        var items = sidebar.Items(open: null);

        Assert.Equal(["INBOX 2/1", "lists/dev 1/0 1!", "lists/announce 1/0"], items.Select(i => sidebar.Render(i, 40).TrimEnd()));
        Assert.False(sidebar.Visible);
        Assert.Equal(30, sidebar.Width);
    }

    [Fact]
    public async Task ShortPathsAreIndentedByDepth()
    {
        var sidebar = await Sidebar("set sidebar_short_path", "set sidebar_folder_indent", "set sidebar_indent_string=\"..\"");

        Assert.Equal(["INBOX", "..dev", "..announce"], sidebar.Items(null).Select(i => i.Entry.Name));
    }

    [Fact]
    public async Task TheOpenFolderCountsComeLiveFromItsSession()
    {
        var sidebar = await Sidebar();
        var session = await ReaderSession.OpenAsync(folder.Config, "=INBOX");

        await session.DeleteAsync(MessageScope.Current);
        var inbox = sidebar.Items(session)[0].Entry;

        Assert.True(inbox.IsOpen);
        Assert.Equal(1, inbox.Deleted);
    }

    [Fact]
    public async Task NewMailOnlyAndSortMethodAreHonoured()
    {
        var sidebar = await Sidebar("set sidebar_new_mail_only", "set sidebar_sort_method=reverse-alpha");

        Assert.Equal([dev, folder.Inbox], sidebar.Items(null).Select(i => i.Path));
    }

    [Fact]
    public async Task LinesFillTheSidebarLessItsDivider()
    {
        var sidebar = await Sidebar("set sidebar_width=20");

        string line = sidebar.Render(sidebar.Items(null)[0]);

        Assert.Equal("INBOX             N", line);
    }
}
