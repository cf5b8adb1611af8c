using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Tests.Maildir;

public sealed class MaildirNamesTests
{
    [Theory]
    [InlineData("1497093622.V802I1480009M893901.host:2,S", MessageFlags.Seen, "")]
    [InlineData("1.2.host:2,FRS", MessageFlags.Flagged | MessageFlags.Replied | MessageFlags.Seen, "")]
    [InlineData("1.2.host:2,DPT", MessageFlags.Draft | MessageFlags.Passed | MessageFlags.Trashed, "")]
    [InlineData("1.2.host:2,Sab", MessageFlags.Seen, "ab")]
    [InlineData("1.2.host", MessageFlags.None, "")]
    [InlineData("1.2.host:1,S", MessageFlags.None, "")]
    public void ParsesTheInfoLetters(string name, MessageFlags expected, string extra)
    {
        Assert.Equal(expected, MaildirNames.ParseFlags(name, out string kept));
        Assert.Equal(extra, kept);
    }

    [Fact]
    public void WritesLettersSortedAndKeepsUnknownOnes()
    {
        Assert.Equal(":2,FRSa", MaildirNames.FormatInfo(MessageFlags.Seen | MessageFlags.Replied | MessageFlags.Flagged, "a"));
        Assert.Equal(":2,", MaildirNames.FormatInfo(MessageFlags.New));
    }

    [Fact]
    public void BuildsPostfixStyleUniqueNamesWithAnEscapedHost()
    {
        var when = DateTimeOffset.FromUnixTimeSeconds(1497093622).AddTicks(8939010);
        Assert.Equal("1497093622.V802I1480009M893901.sd-41893.dedibox.fr",
            MaildirNames.PostfixUniqueName(when, 0x802, 0x1480009, "sd-41893.dedibox.fr"));
        Assert.Equal("a\\057b\\072c", MaildirNames.EscapeHost("a/b:c"));
    }

    [Theory]
    [InlineData("999999999.a.host", "1000000000.a.host")]
    [InlineData("1700000001.V1I2.host", "1700000001.V1I3.host")]
    [InlineData("1700000001.x", "abc")]
    public void MailboxOrderIsDeliveryTimeThenName(string earlier, string later)
    {
        Assert.True(MaildirNames.CompareUnique(earlier, later) < 0);
        Assert.True(MaildirNames.CompareUnique(later, earlier) > 0);
    }
}
