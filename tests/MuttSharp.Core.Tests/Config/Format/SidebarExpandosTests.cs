using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class SidebarExpandosTests
{
    private static string Render(string format, SidebarEntry entry, int width = 20) =>
        FormatString.Get(format).Render(SidebarExpandos.Create(), entry, new FormatOptions { Columns = width });

    [Fact]
    public void Mutts_default_sidebar_line()
    {
        Assert.Equal("INBOX              N", Render("%B%*  %n", new SidebarEntry("INBOX") { HasNewMail = true }));
        Assert.Equal("INBOX               ", Render("%B%*  %n", new SidebarEntry("INBOX")));
    }

    [Fact]
    public void The_manuals_suggested_line_with_counts()
    {
        var inbox = new SidebarEntry("INBOX") { Flagged = 2, Unread = 3, Messages = 10 };

        Assert.Equal("INBOX [2]       3/10", Render("%B%?F? [%F]?%* %?N?%N/?%S", inbox));
        Assert.Equal("Sent               7", Render("%B%?F? [%F]?%* %?N?%N/?%S", new SidebarEntry("Sent") { Messages = 7 }));
    }

    [Fact]
    public void A_long_name_gives_way_to_the_counts()
    {
        var entry = new SidebarEntry("a-very-long-mailbox-name") { Messages = 1234 };

        Assert.Equal("a-very-long-mai 1234", Render("%B%*  %S", entry));
    }

    [Theory]
    [InlineData(0, "[]")]
    [InlineData(1, "[!]")]
    [InlineData(2, "[!!]")]
    [InlineData(5, "[5!]")]
    public void Bang_counts_flagged_messages(int flagged, string expected)
    {
        Assert.Equal(expected, Render("[%!]", new SidebarEntry("x") { Flagged = flagged }));
    }

    [Fact]
    public void Deleted_limited_and_tagged_belong_to_the_open_mailbox_only()
    {
        var open = new SidebarEntry("INBOX") { IsOpen = true, Deleted = 1, Limited = 4, Tagged = 2 };

        Assert.Equal("1 4 2 del", Render("%d %L %t %?d?del?", open));
        Assert.Equal("  ", Render("%d %L %t%?d?del?", open with { IsOpen = false }));
    }
}
