using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Index;

public sealed class SessionFunctionsTests
{
    [Fact]
    public async Task Tag_pattern_then_tag_prefix_deletes_every_tagged_message()
    {
        using var h = await ReaderHarness.StartAsync(messages: 12);
        h.Type("T~A<enter>");
        Assert.Contains("Tag:12", h.Lines[^2]);
        h.Type(";dd");
        Assert.Equal(12, h.Session.DeletedCount);
        Assert.Contains("Del:12", h.Lines[^2]);
    }

    [Fact]
    public async Task Tag_prefix_without_tagged_messages_is_refused()
    {
        using var h = await ReaderHarness.StartAsync(messages: 5);
        h.Type(";");
        Assert.Equal("No tagged messages.", h.BottomLine);
    }

    [Fact]
    public async Task Limit_shows_only_the_matching_messages_and_all_brings_them_back()
    {
        using var h = await ReaderHarness.StartAsync(messages: 20);
        h.Type("l~F<enter>");
        int flagged = h.Session.Mailbox.Messages.Count(m => (m.Flags & Core.Model.MessageFlags.Flagged) != 0);
        Assert.Equal(flagged, h.Reader.Index.Rows);
        Assert.Contains($"[Msgs:{flagged}/20", h.Lines[^2]);
        h.Type("l~s zzznomatch<enter>");
        Assert.Equal("No messages matched criteria.", h.BottomLine);
        h.Type("lall<enter>");
        Assert.Equal(20, h.Reader.Index.Rows);
    }

    [Fact]
    public async Task Set_flag_reads_one_key()
    {
        using var h = await ReaderHarness.StartAsync(messages: 5);
        h.Type("w");
        Assert.StartsWith("Set flag", h.BottomLine);
        h.Type("!");
        Assert.True((h.Session.Current!.Flags & Core.Model.MessageFlags.Flagged) != 0);
    }

    [Fact]
    public async Task Y_lists_the_mailboxes_in_the_browser()
    {
        using var h = await ReaderHarness.StartAsync(messages: 3, muttrc: "mailboxes ~/Maildir\n");
        h.Type("y");
        Assert.IsType<MuttSharp.Tui.Browser.BrowserView>(h.Shell.Top);
        h.Type("q");
        Assert.Same(h.Reader.Index, h.Shell.Top);
    }

    [Fact]
    public async Task Ctrl_underscore_undoes_the_last_deletion_and_says_how_many_came_back()
    {
        using var h = await ReaderHarness.StartAsync(messages: 12);
        h.Type("T~A<enter>;dd");
        Assert.Equal(12, h.Session.DeletedCount);
        h.Type("\\C_");
        Assert.Equal(0, h.Session.DeletedCount);
        Assert.Equal("12 messages undeleted.", h.BottomLine);
        h.Type("\\C_");
        Assert.Equal("Nothing to undelete.", h.BottomLine);
    }

    [Fact]
    public async Task Undelete_last_in_the_pager_restores_the_message_deleted_from_it()
    {
        using var h = await ReaderHarness.StartAsync(messages: 5, muttrc: "set resolve=no\n");
        h.Type("<enter>dd");
        Assert.Equal(1, h.Session.DeletedCount);
        Assert.IsType<MuttSharp.Tui.Pager.PagerView>(h.Shell.Top);
        h.Type("\\C_");
        Assert.Equal(0, h.Session.DeletedCount);
        Assert.Equal("1 message undeleted.", h.BottomLine);
    }

    [Fact]
    public async Task Dot_lists_the_mailboxes_with_new_mail()
    {
        using var h = await ReaderHarness.StartAsync(messages: 3, muttrc: "mailboxes ~/quiet ~/lively\n", prepare: folder =>
        {
            string root = Path.GetDirectoryName(folder)!;
            foreach (string box in new[] { "quiet", "lively" })
                foreach (string sub in new[] { "cur", "new", "tmp" })
                    Directory.CreateDirectory(Path.Combine(root, box, sub));
            File.WriteAllText(Path.Combine(root, "lively", "new", "1.2.host"), "Subject: hi\n\nnew\n");
        });
        h.Session.Mailboxes = h.Reader.Mailboxes; // as Reader.ShowFolder does
        // The reader counts the mailboxes in the background as it starts.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!h.Reader.Mailboxes.All.Any(m => m.New > 0) && DateTime.UtcNow < deadline)
        {
            h.Settle();
            Thread.Sleep(5);
        }
        h.Type(".");
        Assert.Equal("New mail in ~/lively", h.BottomLine);
    }
}
