using MuttSharp.Tui.Pager;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Index;

public sealed class ThreadEditFunctionsTests
{
    private static async Task<ReaderHarness> StartOnAReplyAsync()
    {
        var h = await ReaderHarness.StartAsync(messages: 20, muttrc: "set sort=threads strict_threads\nunset resolve\nbind index,pager P purge-message\n");
        var reply = h.Session.Mailbox.Messages.First(m => m.Summary.InReplyTo is not null);
        h.Session.MoveTo(h.Session.Order.RowOf(reply.Number));
        return h;
    }

    [Fact]
    public async Task Hash_breaks_the_thread_and_dollar_writes_it()
    {
        using var h = await StartOnAReplyAsync();
        int number = h.Session.Current!.Number;

        h.Type("#");

        Assert.Equal("Thread broken", h.BottomLine);
        Assert.Equal(number, h.Session.Current!.Number);
        Assert.Equal(-1, h.Session.Tree!.ParentMessage(number));
        h.Type("$");
        string text = File.ReadAllText(h.Session.Mailbox.Messages[number].Path);
        Assert.DoesNotContain("In-Reply-To:", text);
        Assert.False(h.Session.Changed);
    }

    [Fact]
    public async Task Ampersand_links_the_tagged_message_under_the_current_one()
    {
        using var h = await StartOnAReplyAsync();
        int child = h.Session.Current!.Number;
        h.Type("t");
        var root = h.Session.Mailbox.Messages.First(m => m.Summary.InReplyTo is null && m.Number != child && m.Summary.MessageId is not null);
        h.Session.MoveTo(h.Session.Order.RowOf(root.Number));

        h.Type("&");

        Assert.Equal("Threads linked", h.BottomLine);
        Assert.Equal(root.Number, h.Session.Tree!.ParentMessage(child));
        Assert.Equal(0, h.Session.TaggedCount);
    }

    [Fact]
    public async Task Y_asks_for_the_label_with_the_current_one_and_tab_completes_the_folders_labels()
    {
        using var h = await StartOnAReplyAsync();
        h.Type("Y");
        Assert.Equal("Label:", h.BottomLine);
        h.Type("project-alpha<enter>");
        Assert.Equal("1 labels changed.", h.BottomLine);
        Assert.Equal("project-alpha", h.Session.Current!.Summary.XLabel);

        h.Type("Y");
        Assert.Equal("Label: project-alpha", h.BottomLine);
        h.Type("<esc>");
        h.Type("jY\\Cupro<tab>");
        Assert.Equal("Label: project-alpha", h.BottomLine);
    }

    [Fact]
    public async Task Tilde_binds_a_hotkey_that_finds_the_message_again_after_a_sort()
    {
        using var h = await StartOnAReplyAsync();
        int marked = h.Session.Current!.Number;

        h.Type("~");
        Assert.Equal("Enter macro stroke:", h.BottomLine);
        h.Type("a<enter>");
        Assert.Equal("Message bound to 'a.", h.BottomLine);
        h.Type("os");
        h.Session.MoveTo(marked == 0 ? 1 : 0);
        h.Type("'a");

        Assert.Equal(marked, h.Session.Current!.Number);
    }

    [Fact]
    public async Task Purge_message_deletes_and_the_pager_hands_break_thread_to_the_index()
    {
        using var h = await StartOnAReplyAsync();
        h.Type("<enter>");
        Assert.IsType<PagerView>(h.Shell.Top);
        h.Type("#");
        Assert.Equal("Thread broken", h.BottomLine);

        h.Type("P");

        Assert.Equal(1, h.Session.DeletedCount);
        Assert.True(h.Session.Current!.Deleted);
    }
}
