using MuttSharp.Core.Search;
using static MuttSharp.Core.Tests.Search.TestMessages;

namespace MuttSharp.Core.Tests.Search;

public sealed class DateRangeTests
{
    // Monday 23 November 2026, 15:30:00 local time (UTC).
    private static readonly DateTime Now = new(2026, 11, 23, 15, 30, 0);

    private static (DateTime Min, DateTime Max) Resolve(string arg)
    {
        Assert.True(DateRange.TryResolve(arg, Now, out var min, out var max, out _, out var error), $"{arg}: {error}");
        return (min, max);
    }

    private static DateTime D(int y, int m, int d, int h = 0, int min = 0, int s = 0) => new(y, m, d, h, min, s);

    public static TheoryData<string, DateTime, DateTime> Ranges => new()
    {
        // Absolute dates: a single date is that whole day.
        { "23/11/2026", D(2026, 11, 23), D(2026, 11, 23, 23, 59, 59) },
        { "20261123", D(2026, 11, 23), D(2026, 11, 23, 23, 59, 59) },
        { "5", D(2026, 11, 5), D(2026, 11, 5, 23, 59, 59) },                // month and year default to now's
        { "5/3", D(2026, 3, 5), D(2026, 3, 5, 23, 59, 59) },
        { "1/1/95", D(1995, 1, 1), D(1995, 1, 1, 23, 59, 59) },             // YY >= 70: 19YY
        { "1/1/69", D(2069, 1, 1), D(2069, 1, 1, 23, 59, 59) },             // YY < 70: 20YY
        { "1/1/70", D(1970, 1, 1), D(1970, 1, 1, 23, 59, 59) },
        // Ranges.
        { "20/1/95-31/10", D(1995, 1, 20), D(2026, 10, 31, 23, 59, 59) },   // the manual's example
        { "19950120-19951031", D(1995, 1, 20), D(1995, 10, 31, 23, 59, 59) },
        { "1/11/2026 - 10/11/2026", D(2026, 11, 1), D(2026, 11, 10, 23, 59, 59) },
        { "10/11/2026-1/11/2026", D(2026, 11, 1), D(2026, 11, 10, 23, 59, 59) }, // reversed: swapped
        { "-10/11/2026", D(1970, 1, 2), D(2026, 11, 10, 23, 59, 59) },
        { "10/11/2026-", D(2026, 11, 10), D(9999, 12, 31, 23, 59, 59) },
        // Error margins.
        { "15/1/2001*2w", D(2001, 1, 1), D(2001, 1, 29, 23, 59, 59) },     // the manual's example
        { "15/1/2001+1w", D(2001, 1, 15), D(2001, 1, 22, 23, 59, 59) },
        { "15/1/2001-1w", D(2001, 1, 8), D(2001, 1, 15, 23, 59, 59) },
        { "15/1/2001*1d", D(2001, 1, 14), D(2001, 1, 16, 23, 59, 59) },
        { "15/1/2001*1m", D(2000, 12, 15), D(2001, 2, 15, 23, 59, 59) },
        { "15/1/2001*1y", D(2000, 1, 15), D(2002, 1, 15, 23, 59, 59) },
        { "15/1/2001-1d+2d", D(2001, 1, 14), D(2001, 1, 17, 23, 59, 59) },
        { "31/3/2026-1m", D(2026, 3, 3), D(2026, 3, 31, 23, 59, 59) },     // 31 Feb rolls over as mktime does
        // Relative to now.
        { "<1d", D(2026, 11, 22, 23, 59, 59), D(9999, 12, 31, 23, 59, 59) },
        { "<1w", D(2026, 11, 16, 23, 59, 59), D(9999, 12, 31, 23, 59, 59) },
        { ">2w", D(1970, 1, 2), D(2026, 11, 9, 23, 59, 59) },
        { ">1y", D(1970, 1, 2), D(2025, 11, 23, 23, 59, 59) },
        { "=1m", D(2026, 10, 23), D(2026, 10, 23, 23, 59, 59) },
        { "=3d", D(2026, 11, 20), D(2026, 11, 20, 23, 59, 59) },
        { "<2H", D(2026, 11, 23, 13, 30, 0), D(9999, 12, 31, 23, 59, 59) }, // H M S keep the time of day
        { "<30M", D(2026, 11, 23, 15, 0, 0), D(9999, 12, 31, 23, 59, 59) },
        { ">90S", D(1970, 1, 2), D(2026, 11, 23, 15, 28, 30) },
        // Offsets without an absolute date count from today.
        { "-3d", D(2026, 11, 20), D(2026, 11, 20, 23, 59, 59) },
        { "-3d+1d", D(2026, 11, 20), D(2026, 11, 21, 23, 59, 59) },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Resolves_Mutt_date_syntax(string arg, DateTime min, DateTime max)
    {
        var (actualMin, actualMax) = Resolve(arg);
        Assert.Equal(min, actualMin);
        Assert.Equal(max, actualMax);
    }

    [Theory]
    [InlineData("32/1/2020", 0, "invalid date: day of month 32 is not 1-31")]
    [InlineData("0/1/2020", 0, "invalid date: day of month 0 is not 1-31")]
    [InlineData("1/0/2020", 2, "invalid date: month 0 is not 1-12")]
    [InlineData("1//2020", 2, "invalid date: expected a month after '/'")]
    [InlineData("1/1/", 4, "invalid date: expected a year after '/'")]
    [InlineData("20201232", 6, "invalid date: day of month 32 is not 1-31")]
    [InlineData("<", 1, "invalid relative date: expected a number and a unit")]
    [InlineData("<3", 2, "invalid relative date: expected a unit (y m w d H M S)")]
    [InlineData("<3dx", 3, "invalid relative date: expected nothing after the unit")]
    [InlineData("1/1/2020+3H", 10, "invalid relative date: expected a unit (y m w d)")]
    [InlineData("1/1/2020 x", 9, "invalid date range: expected '-', '+' or '*'")]
    [InlineData("1/1/2020-2/2/2020x", 17, "invalid date range: unexpected text after the date")]
    [InlineData("x", 0, "invalid date: expected DD/MM/YY")]
    public void Rejects_malformed_dates_with_the_offending_position(string arg, int offset, string message)
    {
        Assert.False(DateRange.TryResolve(arg, Now, out _, out _, out int at, out var error));
        Assert.Equal(offset, at);
        Assert.StartsWith(message, error);
    }

    [Fact]
    public void Date_patterns_use_the_context_clock_and_its_time_zone()
    {
        var utc = new PatternContext { Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.Zero)) };
        var late = Make(0, date: "2026-11-22T23:30:00+00:00");     // 22 Nov in UTC, 23 Nov in UTC+2
        var today = Make(1, date: "2026-11-23T08:00:00-05:00");
        var undated = Make(2);
        Assert.Equal([1], Matching("~d 23/11/2026", [late, today, undated], utc));
        Assert.Equal([1], Matching("~d <1d", [late, today, undated], utc));
        Assert.Equal([0], Matching("~d >1d", [late, today, undated], utc)); // undated never matches

        var plusTwo = TimeZoneInfo.CreateCustomTimeZone("UTC+2", TimeSpan.FromHours(2), "UTC+2", "UTC+2");
        var east = new PatternContext { Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.Zero), plusTwo) };
        Assert.Equal([0, 1], Matching("~d 23/11/2026", [late, today, undated], east));
    }

    [Fact]
    public void Received_dates_use_the_received_time()
    {
        var context = new PatternContext { Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.Zero)) };
        var m = Make(0, date: "2020-01-01T00:00:00Z", received: "2026-11-23T10:00:00Z");
        Assert.True(Matches("~r <1d", m, context));
        Assert.False(Matches("~d <1d", m, context));
        Assert.True(Matches("~d 1/1/2020 ~r 23/11/2026", m, context));
        Assert.True(Matches("~d =1d | ~r =0d", m, context));
        Assert.True(Matches("~r \"=0d\"", m, context));
    }
}
