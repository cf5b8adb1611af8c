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
}
