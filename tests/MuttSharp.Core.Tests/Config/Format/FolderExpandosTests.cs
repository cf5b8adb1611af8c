using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class FolderExpandosTests
{
    private const string MuttDefault = "%2C %t %N %F %2l %-8.8u %-8.8g %8s %d %f";

    private static readonly FolderFormatSettings Settings = new()
    {
        Clock = new FixedClock(new DateTimeOffset(2017, 9, 1, 0, 0, 0, TimeSpan.Zero)),
    };

    private static readonly BrowserEntry Maildir = new(1, "Maildir")
    {
        Kind = BrowserEntryKind.Directory,
        Mode = (UnixFileMode)0b111_101_101,
        Modified = new DateTimeOffset(2017, 6, 10, 11, 20, 0, TimeSpan.Zero),
        Size = 4096,
        Links = 5,
        Owner = "microlinux",
        Group = "users",
    };

    private static string Render(string format, BrowserEntry entry) =>
        FormatString.Get(format).Render(FolderExpandos.Create(Settings), entry, new FormatOptions { LocalTimeZone = TimeZoneInfo.Utc });

    [Fact]
    public void Mutts_default_folder_line_for_a_recent_directory()
    {
        Assert.Equal(" 1     drwxr-xr-x  5 microlin users        4.0K Jun 10 11:20 Maildir/", Render(MuttDefault, Maildir));
    }

    [Fact]
    public void Old_files_show_the_year_as_ls_does()
    {
        BrowserEntry old = Maildir with { Kind = BrowserEntryKind.File, Mode = (UnixFileMode)0b110_100_100, Modified = new DateTimeOffset(2015, 6, 10, 11, 20, 0, TimeSpan.Zero), Name = "mbox" };

        Assert.Equal("-rw-r--r-- Jun 10  2015 mbox", Render("%F %d %f", old));
    }

    [Theory]
    [InlineData(BrowserEntryKind.Symlink, 0b111_111_111, "lrwxrwxrwx link@")]
    [InlineData(BrowserEntryKind.File, 0b111_101_101, "-rwxr-xr-x link*")]
    [InlineData(BrowserEntryKind.File, 0b100_111_101_101, "-rwsr-xr-x link*")]
    [InlineData(BrowserEntryKind.Directory, 0b001_111_111_111, "drwxrwxrwt link/")]
    [InlineData(BrowserEntryKind.File, 0b010_110_110_100, "-rw-rwSr-- link")]
    public void Permissions_and_name_marks(BrowserEntryKind kind, int mode, string expected)
    {
        string shown = Render("%F %f", Maildir with { Name = "link", Kind = kind, Mode = (UnixFileMode)mode });

        Assert.Equal(expected.Replace("S", "s"), shown);
    }

    [Fact]
    public void Mailbox_counts_show_only_for_monitored_mailboxes()
    {
        BrowserEntry monitored = Maildir with { IsMonitored = true, MessageCount = 12, UnreadCount = 3, HasNewMail = true, Tagged = true };

        Assert.Equal("12 3 N * (3 unread)", Render("%m %n %N %t %?n?(%n unread)&none?", monitored));
        Assert.Equal("[][]     none", Render("[%m][%n] %N %t %?n?(%n unread)&none?", Maildir));
    }

    [Fact]
    public void The_date_format_applies_to_D()
    {
        Assert.Equal("Sat, Jun 10, 2017 at 11:20:00AM UTC", Render("%D", Maildir));
    }

    [Fact]
    public void Remote_entries_show_only_their_name()
    {
        Assert.Equal("[][][][][][]INBOX", Render("[%F][%d][%s][%u][%g][%l]%f", Maildir with { Name = "INBOX", IsLocal = false }));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Percent_i_is_the_description_or_else_the_name_as_percent_f_shows_it()
    {
        Assert.Equal("Maildir/", Render("%i", Maildir));
        Assert.Equal("Work", Render("%i", Maildir with { Description = "Work" }));
    }
}
