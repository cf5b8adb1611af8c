using MuttSharp.Tui.Attachments;
using MuttSharp.Tui.Pager;
using MuttSharp.Tui.Tests.Support;

namespace MuttSharp.Tui.Tests.Index;

public sealed class MessageFunctionsTests
{
    [Fact]
    public async Task Enter_opens_the_current_message_in_the_pager_and_q_comes_back()
    {
        using var h = await ReaderHarness.StartAsync(messages: 10);
        h.Type("<enter>");
        var pager = Assert.IsType<PagerView>(h.Shell.Top);
        Assert.Contains(h.Lines, l => l.StartsWith("Subject: ", StringComparison.Ordinal));
        Assert.True(h.Session.Current!.IsRead);
        h.Type("q");
        Assert.Same(h.Reader.Index, h.Shell.Top);
        Assert.NotNull(pager);
    }

    [Fact]
    public async Task A_move_in_the_pager_shows_the_next_message()
    {
        using var h = await ReaderHarness.StartAsync(messages: 10);
        h.Type("gg<enter>");
        var first = Assert.IsType<PagerView>(h.Shell.Top);
        h.Type("J");
        var second = Assert.IsType<PagerView>(h.Shell.Top);
        Assert.NotSame(first, second);
        Assert.Equal(1, h.Reader.Index.CursorRow);
    }

    [Fact]
    public async Task V_opens_the_attachment_menu()
    {
        using var h = await ReaderHarness.StartAsync(messages: 3);
        h.Type("v");
        Assert.IsType<AttachmentMenuView>(h.Shell.Top);
    }

    [Fact]
    public async Task An_empty_message_file_still_opens_in_the_pager_and_the_attachment_menu()
    {
        using var h = await ReaderHarness.StartAsync(messages: 2, prepare: folder =>
        {
            foreach (string file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
                File.WriteAllBytes(file, []);
        });
        h.Type("<enter>");
        Assert.IsType<PagerView>(h.Shell.Top);
        h.Type("q");
        h.Type("v");
        Assert.IsType<AttachmentMenuView>(h.Shell.Top);
    }

    [Fact]
    public async Task Display_filter_output_is_what_the_pager_shows()
    {
        using var h = await ReaderHarness.StartAsync(messages: 3, muttrc: "set display_filter=\"tr a-z A-Z\"\n");
        h.Type("<enter>");
        Assert.IsType<PagerView>(h.Shell.Top);
        Assert.Contains(h.Lines, l => l.StartsWith("SUBJECT: ", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Lines, l => l.StartsWith("Subject: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_display_filter_shows_the_message_unfiltered_with_the_reason()
    {
        using var h = await ReaderHarness.StartAsync(messages: 3, muttrc: "set display_filter=no-such-filter-here\n");
        h.Type("<enter>");
        Assert.IsType<PagerView>(h.Shell.Top);
        Assert.Contains(h.Lines, l => l.StartsWith("Subject: ", StringComparison.Ordinal));
        Assert.StartsWith("display_filter no-such-filter-here: ", h.BottomLine);
        Assert.Contains("not found", h.BottomLine);
    }

    [Fact]
    public async Task H_in_the_index_shows_the_message_with_every_header()
    {
        using var h = await ReaderHarness.StartAsync(messages: 3, muttrc: "ignore *\nunignore subject\n");
        h.Type("h");
        var pager = Assert.IsType<PagerView>(h.Shell.Top);
        Assert.True(pager.AllHeaders);
        Assert.Contains(h.Lines, l => l.StartsWith("Message-ID: ", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task At_shows_the_senders_full_address_from_the_index_and_the_pager()
    {
        using var h = await ReaderHarness.StartAsync(messages: 3);
        string expected = h.Session.Current!.Summary.From[0].ToString();
        h.Type("@");
        Assert.Equal(expected, h.BottomLine);
        h.Type("<enter>@");
        Assert.Equal(expected, h.BottomLine);
    }

    [Fact]
    public async Task The_pager_has_help_commands_redraw_and_the_version_of_its_own()
    {
        using var h = await ReaderHarness.StartAsync(messages: 3);
        h.Type("<enter>?");
        var help = Assert.IsType<MuttSharp.Tui.Help.HelpView>(h.Shell.Top);
        Assert.Equal(Core.Config.Keys.KeyMenu.Pager, help.About);
        Assert.Contains(help.Lines, l => l.Contains("toggle-quoted", StringComparison.Ordinal));
        h.Type("q");
        Assert.IsType<PagerView>(h.Shell.Top);
        h.Type("V");
        Assert.Equal(Reader.Version, h.BottomLine);
        h.Type(":set markers=no<enter>");
        Assert.False(h.Reader.Config.GetBool("markers"));
        h.Type("\\Cl");
        Assert.DoesNotContain("not available", h.BottomLine);
    }
}
