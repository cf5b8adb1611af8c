using System.Globalization;
using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class StrftimeTests
{
    // Saturday 10 June 2017, 13:19:05 at +02:00 (11:19:05 UTC).
    private static readonly DateTimeOffset Time = new(2017, 6, 10, 13, 19, 5, TimeSpan.FromHours(2));

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    [Theory]
    [InlineData("%a %A %b %h %B", "Sat Saturday Jun Jun June")]
    [InlineData("%d %e %j %m %y %Y %C", "10 10 161 06 17 2017 20")]
    [InlineData("%H %I %k %l %M %S %p %P", "13 01 13  1 19 05 PM pm")]
    [InlineData("%u %w %U %W %V %G %g", "6 6 23 23 23 2017 17")]
    [InlineData("%D|%F|%T|%R|%r", "06/10/17|2017-06-10|13:19:05|13:19|01:19:05 PM")]
    [InlineData("%c", "Sat Jun 10 13:19:05 2017")]
    [InlineData("%x %X", "06/10/17 13:19:05")]
    [InlineData("%s", "1497093545")]
    [InlineData("%z %Z", "+0200 +0200")]
    [InlineData("%n%t%%", "\n\t%")]
    [InlineData("%-d/%-m %_m %^a %#b %10B|%-10B|", "10/6  6 SAT JUN       June|June|")]
    [InlineData("%Ey %Od", "17 10")]
    [InlineData("%q %", "%q %")]
    [InlineData("%#p %#Z", "pm +0200")]
    public void Conversions_match_glibc_in_the_C_locale(string format, string expected)
    {
        Assert.Equal(expected, Strftime.Format(format, Time, C));
    }

    [Fact]
    public void Zone_names_are_given_by_the_caller()
    {
        Assert.Equal("11:19 UTC", Strftime.Format("%H:%M %Z", Time.ToUniversalTime(), C, "UTC"));
    }

    [Fact]
    public void Negative_offsets_and_early_dates_are_padded()
    {
        var t = new DateTimeOffset(2009, 1, 3, 0, 5, 0, TimeSpan.FromMinutes(-330));

        Assert.Equal("-0530 03 003 12 AM 01", Strftime.Format("%z %d %j %I %p %V", t, C));
    }

    [Fact]
    public void French_names_come_from_the_culture()
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");

        Assert.Equal("samedi sam. juin 10/06/2017", Strftime.Format("%A %a %B %x", Time, fr));
    }

    [Fact]
    public void German_names_come_from_the_culture()
    {
        var de = CultureInfo.GetCultureInfo("de-DE");

        Assert.Equal("Samstag, 10. Juni 2017", Strftime.Format("%A, %d. %B %Y", Time, de));
    }
}
