using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Mailboxes.Watching;
using MuttSharp.Core.Reading.Session.Browsing;
using MuttSharp.Tui.Browser;
using MuttSharp.Tui.Drawing;
using MuttSharp.Tui.Functions;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Browser;

public sealed class BrowserViewTests : IDisposable
{
    private readonly MailHome home = new();

    public void Dispose() => home.Dispose();

    private async Task<BrowserView> View(bool mailboxes = false)
    {
        await home.Set($"set folder={home.Mail}", "set folder_format=\"%2C %N %f\"");
        var list = new MailboxList([home.Maildir("INBOX", "new/1.a.h"), home.Maildir("lists", "cur/2.a.h:2,S")]);
        await list.RefreshAsync();
        var browser = new FolderBrowser(home.Config, list);
        await (mailboxes ? browser.ListMailboxesAsync() : browser.ListDirectoryAsync());
        return new BrowserView(browser, ColorPalette.Plain);
    }

    private static async Task Run(FunctionTable table, BrowserView view, MuttSharp.Tui.Shell.IReaderShell shell, KeyMenu menu, string function)
    {
        Assert.True(table.TryGet(menu, function, view, out var handler), function);
        await handler(new FunctionCall(function, menu, view, shell, TagPrefix: false));
    }

    [Fact]
    public async Task DrawsOneFolderFormatLinePerEntryAndTheDirectoryInTheStatusLine()
    {
        var view = await View();

        string screen = MailHome.Draw(view, 40, 5);

        Assert.Equal([" 1   ../", " 2 N INBOX/", " 3   lists/", "", ""], screen.Split('\n').Select(l => l.TrimEnd()).Take(5));
        Assert.Equal("Directory [~/Mail], File mask: !^\\.[^.]", view.StatusLine(40));
    }

    [Fact]
    public async Task ChoosingAMailboxHandsItsPathOn()
    {
        var view = await View();
        var table = new FunctionTable();
        BrowserFunctions.Register(table);
        string? opened = null;
        view.Chosen = path =>
        {
            opened = path;
            return Task.CompletedTask;
        };
        view.MoveTo(1);

        await Run(table, view, new RecordingShell(), KeyMenu.Browser, "select-entry");

        Assert.Equal(Path.Combine(home.Mail, "INBOX"), opened);
    }

    [Fact]
    public async Task TabSwitchesToTheMailboxesAndSelectNewOpensTheOneWithNewMail()
    {
        var view = await View();
        var table = new FunctionTable();
        BrowserFunctions.Register(table);
        var shell = new RecordingShell();
        string? opened = null;
        view.Chosen = path => Task.FromResult(opened = path);

        await Run(table, view, shell, KeyMenu.Browser, "toggle-mailboxes");
        Assert.Equal("Mailboxes [1]", view.StatusLine(40));
        Assert.Equal(2, view.Rows);

        await Run(table, view, shell, KeyMenu.Browser, "buffy-list");
        Assert.Equal(["New mail in =INBOX"], shell.Messages);

        await Run(table, view, shell, KeyMenu.Browser, "select-new");
        Assert.Equal(Path.Combine(home.Mail, "INBOX"), opened);
    }

    [Fact]
    public async Task ChangeDirAndSortAskOnTheBottomLine()
    {
        home.Maildir(Path.Combine("archive", "2023"));
        var view = await View();
        var table = new FunctionTable();
        BrowserFunctions.Register(table);
        var shell = new RecordingShell();

        shell.Answers.Enqueue("=archive");
        await Run(table, view, shell, KeyMenu.Browser, "change-dir");
        Assert.Equal(Path.Combine(home.Mail, "archive"), view.Browser.Directory);
        Assert.Equal(2, view.Rows);

        shell.Answers.Enqueue("=");
        await Run(table, view, shell, KeyMenu.Browser, "change-dir");
        shell.Answers.Enqueue("a");
        await Run(table, view, shell, KeyMenu.Browser, "sort-reverse");
        Assert.Equal("reverse-alpha", home.Config.GetSort("sort_browser").ToString());
        Assert.Equal(["..", "lists", "archive", "INBOX"], view.Browser.Items.Select(i => i.Entry.Name));

        shell.Answers.Enqueue("q");
        await Run(table, view, shell, KeyMenu.Browser, "sort");
        Assert.Equal(["Invalid sort key."], shell.Errors);
    }

    [Fact]
    public async Task FolderCompletionForPromptsKeepsTheShorthand()
    {
        home.Maildir("lists");
        await home.Set($"set folder={home.Mail}");
        var complete = BrowserFunctions.CompleteFolder(home.Config);

        Assert.Equal("=lists", complete("=li"));
        Assert.Null(complete("=zz"));
    }

    [Fact]
    public async Task CreateRenameAndDeleteMailboxAskAsMuttDoes()
    {
        var view = await View();
        var table = new FunctionTable();
        BrowserFunctions.Register(table);
        var shell = new MuttSharp.Tui.Tests.Pager.ScriptedShell();

        shell.Answers.Enqueue("ops");
        await Run(table, view, shell, KeyMenu.Browser, "create-mailbox");
        Assert.Equal(["Mailbox created."], shell.Messages);
        Assert.Equal(["..", "INBOX", "lists", "ops"], view.Browser.Items.Select(i => i.Entry.Name));

        view.MoveTo(3);
        shell.Answers.Enqueue("=work");
        await Run(table, view, shell, KeyMenu.Browser, "rename-mailbox");
        Assert.Equal("Mailbox renamed.", shell.Messages[^1]);
        Assert.True(Directory.Exists(Path.Combine(home.Mail, "work", "cur")));

        view.MoveTo(3);
        shell.Answers.Enqueue("n");
        await Run(table, view, shell, KeyMenu.Browser, "delete-mailbox");
        Assert.Equal("Mailbox not deleted.", shell.Messages[^1]);
        shell.Answers.Enqueue("y");
        await Run(table, view, shell, KeyMenu.Browser, "delete-mailbox");
        Assert.Equal("Mailbox deleted.", shell.Messages[^1]);
        Assert.False(Directory.Exists(Path.Combine(home.Mail, "work")));

        Assert.Equal(["Create mailbox: ", "Rename mailbox =ops to: =ops"], shell.Prompts.Select(p => p.Prompt + p.Initial));
        view.MoveTo(0);
        await Run(table, view, shell, KeyMenu.Browser, "delete-mailbox");
        Assert.Equal([".. is not a mailbox."], shell.Errors);
    }

    [Fact]
    public async Task ViewFileShowsAFileInThePagerAndRefusesADirectory()
    {
        File.WriteAllText(Path.Combine(home.Mail, "notes"), "From me Mon Jan  1 00:00:00 2024\nSubject: kept\n\nthe body\n");
        var view = await View();
        var table = new FunctionTable();
        BrowserFunctions.Register(table);
        var shell = new MuttSharp.Tui.Tests.Pager.ScriptedShell();

        view.MoveTo(1);
        await Run(table, view, shell, KeyMenu.Browser, "view-file");
        view.MoveTo(view.Browser.Items.Select(i => i.Entry.Name).ToList().IndexOf("notes"));
        await Run(table, view, shell, KeyMenu.Browser, "view-file");

        Assert.Equal(["Can't view a directory"], shell.Errors);
        var pager = Assert.IsType<MuttSharp.Tui.Pager.PagerView>(Assert.Single(shell.Opened));
        Assert.Contains("Subject: kept", pager.Message.TextBody);
    }
}
