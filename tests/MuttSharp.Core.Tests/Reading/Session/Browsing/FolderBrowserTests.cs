using MuttSharp.Core.Mailboxes.Watching;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Reading.Session.Browsing;

namespace MuttSharp.Core.Tests.Reading.Session.Browsing;

public sealed class FolderBrowserTests : IDisposable
{
    private readonly SessionFolder folder = new();

    public FolderBrowserTests()
    {
        folder.Add("A <a@example.org>", "hello");
        MaildirWriter.EnsureMaildir(Path.Combine(folder.Mail, "lists", "dev"));
        MaildirWriter.EnsureMaildir(Path.Combine(folder.Inbox, ".Sent"));
        Directory.CreateDirectory(Path.Combine(folder.Mail, ".hidden"));
        File.WriteAllText(Path.Combine(folder.Mail, "notes.txt"), "not mail");
        File.WriteAllText(Path.Combine(folder.Mail, "old-mbox"), "From a@example.org Mon Jan  1 00:00:00 2024\nSubject: x\n\nbody\n");
    }

    public void Dispose() => folder.Dispose();

    private static string[] Names(FolderBrowser browser) => [.. browser.Items.Select(i => i.Entry.Name)];

    [Fact]
    public async Task ListsFolderSortedWithParentFirstAndTheMaskApplied()
    {
        await folder.Set($"set folder={folder.Mail}");
        var browser = new FolderBrowser(folder.Config);

        var result = await browser.ListDirectoryAsync();

        Assert.False(result.IsError, result.Message);
        Assert.Equal(["..", "INBOX", "lists", "notes.txt", "old-mbox"], Names(browser));
        Assert.Equal([false, true, false, false, true], browser.Items.Select(i => i.IsMailbox));
        Assert.Equal("Directory [~/Mail], File mask: !^\\.[^.]", browser.Title);
    }

    [Fact]
    public async Task AMaildirShowsItsMaildirPlusPlusSubfolders()
    {
        await folder.Set($"set folder={folder.Mail}");
        var browser = new FolderBrowser(folder.Config);

        await browser.ListDirectoryAsync("=INBOX");

        Assert.Equal(["..", ".Sent"], Names(browser));
        Assert.True(browser.Items[1].IsMailbox);
    }

    [Fact]
    public async Task ChoosingADirectoryListsItAndChoosingAMailboxOpensIt()
    {
        await folder.Set($"set folder={folder.Mail}");
        var browser = new FolderBrowser(folder.Config);
        await browser.ListDirectoryAsync();

        var descend = await browser.SelectAsync(2);
        Assert.Null(descend.MailboxPath);
        Assert.Equal(Path.Combine(folder.Mail, "lists"), browser.Directory);
        Assert.Equal(["..", "dev"], Names(browser));

        var open = await browser.SelectAsync(1);
        Assert.Equal(Path.Combine(folder.Mail, "lists", "dev"), open.MailboxPath);

        await browser.SelectAsync(0);
        Assert.Equal(folder.Mail, browser.Directory);
        Assert.True((await browser.SelectAsync(3)).Result.IsError);
    }

    [Fact]
    public async Task SortBrowserReversesAndSortsBySize()
    {
        await folder.Set($"set folder={folder.Mail}", "set sort_browser=reverse-alpha");
        var browser = new FolderBrowser(folder.Config);

        await browser.ListDirectoryAsync();

        Assert.Equal(["..", "old-mbox", "notes.txt", "lists", "INBOX"], Names(browser));
    }

    [Fact]
    public async Task TheMailboxesListShowsCountsThroughFolderFormat()
    {
        await folder.Set($"set folder={folder.Mail}", "set folder_format=\"%2C %N %f %m/%n\"");
        var mailboxes = new MailboxList([folder.Inbox, Path.Combine(folder.Mail, "lists", "dev")]);
        await mailboxes.RefreshAsync();
        var browser = new FolderBrowser(folder.Config, mailboxes);

        await browser.ListMailboxesAsync();

        Assert.Null(browser.Directory);
        Assert.Equal("Mailboxes [1]", browser.Title);
        Assert.Equal(" 1 N =INBOX/ 1/1", browser.Render(0, 80));
        Assert.Equal(" 2   =lists/dev/ 0/0", browser.Render(1, 80));
        Assert.True((await new FolderBrowser(folder.Config).ListMailboxesAsync()).IsError);
    }

    [Fact]
    public async Task WithNoFolderOpenTheBrowserCountsTheMuttrcMailboxesItself()
    {
        await folder.Set($"set folder={folder.Mail}", "set folder_format=\"%f %m/%n\"", "mailboxes =INBOX");
        var browser = new FolderBrowser(folder.Config);

        await browser.ListMailboxesAsync();
        Assert.Equal(["=INBOX/ 1/1"], Enumerable.Range(0, browser.Items.Count).Select(i => browser.Render(i, 80)));

        await folder.Set("mailboxes =lists/dev");
        await browser.RelistAsync();
        Assert.Equal(["=INBOX", "=lists/dev"], Names(browser));
    }

    private static string Ls(string format, string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", format, path]) { RedirectStandardOutput = true })!;
        string output = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return output;
    }

    [Fact]
    public async Task OwnerGroupAndLinksComeFromTheFileAsStatShowsThem()
    {
        await folder.Set($"set folder={folder.Mail}", "set folder_format=\"%u:%g:%l %f\"");
        var browser = new FolderBrowser(folder.Config);

        await browser.ListDirectoryAsync();

        int inbox = Array.IndexOf(Names(browser), "INBOX");
        int mbox = Array.IndexOf(Names(browser), "old-mbox");
        Assert.Equal(Ls("%U:%G:%h", Path.Combine(folder.Mail, "INBOX")) + " INBOX/", browser.Render(inbox, 80));
        Assert.Equal(Ls("%U:%G:%h", Path.Combine(folder.Mail, "old-mbox")) + " old-mbox", browser.Render(mbox, 80));
        // As Mutt's browser: a directory has no size, a file its own.
        Assert.Equal(0, browser.Items[inbox].Entry.Size);
        Assert.Equal(long.Parse(Ls("%s", Path.Combine(folder.Mail, "old-mbox"))), browser.Items[mbox].Entry.Size);
    }

    [Fact]
    public async Task PercentIShowsAMailboxLabelElseTheName()
    {
        await folder.Set($"set folder={folder.Mail}", "set folder_format=\"%i\"", "mailboxes -label Work =INBOX =lists/dev");
        var browser = new FolderBrowser(folder.Config);

        await browser.ListMailboxesAsync();
        Assert.Equal(["Work", "=lists/dev/"], Enumerable.Range(0, browser.Items.Count).Select(i => browser.Render(i, 80)));

        await folder.Set("mailboxes -nolabel =INBOX", "named-mailboxes Development =lists/dev Old =old-mbox");
        await browser.RelistAsync();
        Assert.Equal(["=INBOX/", "Development", "Old"], Enumerable.Range(0, browser.Items.Count).Select(i => browser.Render(i, 80)));
        Assert.False(await folder.Config.ExecuteAsync("named-mailboxes Lonely"));
    }

    [Fact]
    public async Task CreateMailboxMakesAPrivateMaildirBesideTheListing()
    {
        await folder.Set($"set folder={folder.Mail}");
        var browser = new FolderBrowser(folder.Config);
        await browser.ListDirectoryAsync("=lists");

        var created = await browser.CreateMailboxAsync("ops");
        var again = await browser.CreateMailboxAsync("=lists/ops");

        string ops = Path.Combine(folder.Mail, "lists", "ops");
        Assert.Equal("Mailbox created.", created.Message);
        Assert.True(MaildirScanner.IsMaildir(ops));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, new DirectoryInfo(ops).UnixFileMode);
        Assert.Equal(["..", "dev", "ops"], Names(browser));
        Assert.Equal("=lists/ops: mailbox already exists.", again.Message);
        Assert.True(again.IsError);
    }

    [Fact]
    public async Task RenameMailboxMovesItBesideItselfAndRefusesToReplaceAnother()
    {
        await folder.Set($"set folder={folder.Mail}");
        var browser = new FolderBrowser(folder.Config);
        await browser.ListDirectoryAsync("=lists");
        MaildirWriter.EnsureMaildir(Path.Combine(folder.Mail, "lists", "ops"));
        await browser.RelistAsync();

        Assert.Equal("=lists/dev", browser.RenameProposal(1));
        var clash = await browser.RenameMailboxAsync(1, "ops");
        var renamed = await browser.RenameMailboxAsync(1, "devel");

        Assert.True(clash.IsError);
        Assert.Equal("Mailbox renamed.", renamed.Message);
        Assert.Equal(["..", "devel", "ops"], Names(browser));
        Assert.True(MaildirScanner.IsMaildir(Path.Combine(folder.Mail, "lists", "devel")));
        Assert.False(Directory.Exists(Path.Combine(folder.Mail, "lists", "dev")));
    }

    [Fact]
    public async Task DeleteMailboxAsksAsMuttAndKeepsMaildirSubfolders()
    {
        await folder.Set($"set folder={folder.Mail}");
        var browser = new FolderBrowser(folder.Config);
        await browser.ListDirectoryAsync();
        int inbox = Array.IndexOf(Names(browser), "INBOX");
        int mbox = Array.IndexOf(Names(browser), "old-mbox");

        Assert.Equal("Really delete mailbox \"=INBOX\"?", browser.DeleteQuestion(inbox).Prompt);
        Assert.False(browser.DeleteQuestion(inbox).DefaultAnswer);
        var deleted = await browser.DeleteMailboxAsync(inbox);

        Assert.Equal("Mailbox deleted.", deleted.Message);
        Assert.Equal([".Sent"], Directory.GetFileSystemEntries(folder.Inbox).Select(Path.GetFileName));
        Assert.True(MaildirScanner.IsMaildir(Path.Combine(folder.Inbox, ".Sent")));
        mbox = Array.IndexOf(Names(browser), "old-mbox");
        Assert.Equal("Mailbox deleted.", (await browser.DeleteMailboxAsync(mbox)).Message);
        Assert.False(File.Exists(Path.Combine(folder.Mail, "old-mbox")));
        Assert.DoesNotContain("old-mbox", Names(browser));
    }

    [Fact]
    public async Task TheOpenFolderAndPlainDirectoriesAreNeitherDeletedNorRenamed()
    {
        await folder.Set($"set folder={folder.Mail}");
        var browser = new FolderBrowser(folder.Config) { OpenFolder = folder.Inbox + "/" };
        await browser.ListDirectoryAsync();
        int inbox = Array.IndexOf(Names(browser), "INBOX");
        int lists = Array.IndexOf(Names(browser), "lists");

        Assert.Equal("Cannot delete or rename the folder that is open.", browser.RefuseChange(inbox)!.Message);
        Assert.True((await browser.DeleteMailboxAsync(inbox)).IsError);
        Assert.True((await browser.RenameMailboxAsync(inbox, "x")).IsError);
        Assert.Equal("lists is not a mailbox.", browser.RefuseChange(lists)!.Message);
        Assert.True((await browser.DeleteMailboxAsync(lists)).IsError);
        Assert.Equal(".. is not a mailbox.", browser.RefuseChange(0)!.Message);
        Assert.True(MaildirScanner.IsMaildir(folder.Inbox));
        Assert.True(Directory.Exists(Path.Combine(folder.Mail, "lists", "dev")));
    }

    [Fact]
    public async Task ViewFileGivesAFileAndRefusesADirectory()
    {
        await folder.Set($"set folder={folder.Mail}");
        var browser = new FolderBrowser(folder.Config);
        await browser.ListDirectoryAsync();

        var file = browser.ViewFile(Array.IndexOf(Names(browser), "old-mbox"), out string? path);
        var directory = browser.ViewFile(Array.IndexOf(Names(browser), "INBOX"), out string? none);

        Assert.False(file.IsError);
        Assert.Equal(Path.Combine(folder.Mail, "old-mbox"), path);
        Assert.Equal("Can't view a directory", directory.Message);
        Assert.Null(none);
    }

    [Fact]
    public async Task AFolderBrowserRefusesTagsAsMuttDoes()
    {
        await folder.Set($"set folder={folder.Mail}");
        var browser = new FolderBrowser(folder.Config);
        await browser.ListDirectoryAsync();

        var result = browser.Tag(Array.IndexOf(Names(browser), "notes.txt"));

        Assert.Equal("Tagging is not supported.", result.Message);
        Assert.Equal(0, browser.TaggedCount);
        Assert.Equal("Tagging is not supported.", browser.RefuseTagPrefix());
    }

    [Fact]
    public async Task TheFileChooserTagsFilesButNotDirectoriesAndDrawsTheTagWithPercentT()
    {
        await folder.Set($"set folder={folder.Mail}", "set folder_format=\"%t %f\"");
        var browser = new FolderBrowser(folder.Config) { SelectsFiles = true };
        await browser.ListDirectoryAsync();
        int notes = Array.IndexOf(Names(browser), "notes.txt");
        int mbox = Array.IndexOf(Names(browser), "old-mbox");

        Assert.Equal("No tagged entries.", browser.RefuseTagPrefix());
        Assert.Equal("Can't attach a directory!", browser.Tag(Array.IndexOf(Names(browser), "lists")).Message);
        browser.Tag(notes);
        browser.Tag(mbox);
        browser.Tag(mbox);

        Assert.Equal(1, browser.TaggedCount);
        Assert.Null(browser.RefuseTagPrefix());
        Assert.Equal("* notes.txt", browser.Render(notes, 20).TrimEnd());
        Assert.Equal("  old-mbox", browser.Render(mbox, 20).TrimEnd());
    }

    [Fact]
    public async Task ChoosingInTheFileChooserGivesEveryTaggedFileOrElseTheOneChosen()
    {
        await folder.Set($"set folder={folder.Mail}");
        var browser = new FolderBrowser(folder.Config) { SelectsFiles = true };
        await browser.ListDirectoryAsync();
        int notes = Array.IndexOf(Names(browser), "notes.txt");
        int mbox = Array.IndexOf(Names(browser), "old-mbox");

        var single = await browser.SelectAsync(mbox);
        browser.Tag(notes);
        browser.Tag(mbox);
        var both = await browser.SelectAsync(notes);

        Assert.Null(single.MailboxPath);
        Assert.Equal([Path.Combine(folder.Mail, "old-mbox")], single.Files);
        Assert.Equal([Path.Combine(folder.Mail, "notes.txt"), Path.Combine(folder.Mail, "old-mbox")], both.Files);
    }

    [Fact]
    public async Task TheFileChooserEntersMaildirsAndANewDirectoryStartsUntagged()
    {
        await folder.Set($"set folder={folder.Mail}");
        var browser = new FolderBrowser(folder.Config) { SelectsFiles = true };
        await browser.ListDirectoryAsync();
        browser.Tag(Array.IndexOf(Names(browser), "notes.txt"));

        await folder.Set("set sort_browser=reverse-alpha");
        await browser.RelistAsync();
        Assert.Equal(1, browser.TaggedCount);

        var entered = await browser.SelectAsync(Array.IndexOf(Names(browser), "INBOX"));

        Assert.Empty(entered.Files);
        Assert.Null(entered.MailboxPath);
        Assert.Equal(folder.Inbox, browser.Directory);
        Assert.Equal(0, browser.TaggedCount);
    }
}
