using System.Globalization;
using MuttSharp.Core.Config.Format;

namespace MuttSharp.Core.Tests.Config.Format;

public sealed class FormatStringTests
{
    private sealed record Row(string S = "", long N = 0, string T = "", DateTimeOffset When = default, DateTimeOffset Arrived = default);

    private static readonly ExpandoTable<Row> Table = new ExpandoTable<Row>
    {
        SentDate = r => r.When,
        ReceivedDate = r => r.Arrived,
        Hook = (r, name) => name == "short" ? "[%n]" : name == "loop" ? "%@loop@" : null,
    }
        .Text('s', r => r.S)
        .Number('n', r => r.N)
        .Text('t', r => r.T);

    private static string Render(string format, Row row, int columns = 80) =>
        FormatString.Get(format).Render(Table, row, new FormatOptions { Columns = columns, LocalTimeZone = TimeZoneInfo.Utc });

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("100%%", "100%")]
    [InlineData(@"a\tb\nc\\d\qe", "a\tb\nc\\dqe")]
    [InlineData("%Q and %-5Q", "%Q and %-5Q")]
    public void Literals_escapes_and_unknown_expandos_are_kept_as_Mutt_keeps_them(string format, string expected)
    {
        Assert.Equal(expected, Render(format, new Row()));
    }

    [Theory]
    [InlineData("[%s]", "Hello", "[Hello]")]
    [InlineData("[%8s]", "Hello", "[   Hello]")]
    [InlineData("[%-8s]", "Hello", "[Hello   ]")]
    [InlineData("[%=10s]", "test", "[   test   ]")]
    [InlineData("[%=10s]", "abc", "[    abc   ]")]
    [InlineData("[%.3s]", "Hello", "[Hel]")]
    [InlineData("[%-15.15s]", "A very long subject line", "[A very long sub]")]
    [InlineData("[%-6.6s]", "日本語です", "[日本語]")]
    [InlineData("[%-5.5s]", "日本語", "[日本 ]")]
    [InlineData("[%5.5s]", "日本語", "[ 日本]")]
    [InlineData("[%.1s]", "日本", "[]")]
    [InlineData("[%-4.4s]", "😀😀😀", "[😀😀]")]
    [InlineData("[%-3.3s]", "😀😀", "[😀 ]")]
    [InlineData("[%.2s]", "e\u0301e\u0301e\u0301", "[e\u0301e\u0301]")]
    [InlineData("[%-4s]", "e\u0301", "[e\u0301   ]")]
    [InlineData("[%_s]", "HeLLo", "[hello]")]
    [InlineData("[%:s]", "a.b.c", "[a_b_c]")]
    [InlineData("[%-8_:s]", "A.B", "[a_b     ]")]
    public void Text_fields_are_cut_and_padded_in_terminal_cells(string format, string value, string expected)
    {
        Assert.Equal(expected, Render(format, new Row(S: value)));
    }

    [Theory]
    [InlineData("[%n]", 7, "[7]")]
    [InlineData("[%4n]", 7, "[   7]")]
    [InlineData("[%-4n]", 7, "[7   ]")]
    [InlineData("[%04n]", 7, "[0007]")]
    [InlineData("[%.3n]", 7, "[007]")]
    [InlineData("[%5.3n]", -7, "[ -007]")]
    [InlineData("[%03n]", -7, "[-07]")]
    [InlineData("[%2n]", 12345, "[12345]")]
    public void Numbers_follow_printf(string format, long value, string expected)
    {
        Assert.Equal(expected, Render(format, new Row(N: value)));
    }

    [Theory]
    [InlineData("%?n?yes&no?", 3, "yes")]
    [InlineData("%?n?yes&no?", 0, "no")]
    [InlineData("(%?n?%n new?)", 0, "()")]
    [InlineData("(%?n?%n new?)", 2, "(2 new)")]
    [InlineData("%?s?[%s]&none?", 0, "[subject]")]
    [InlineData("%?t?[%t]&none?", 0, "none")]
    [InlineData("%?Q?unknown letters take the then branch?", 0, "unknown letters take the then branch")]
    public void Flat_conditionals_pick_a_branch(string format, long n, string expected)
    {
        Assert.Equal(expected, Render(format, new Row(S: "subject", N: n)));
    }

    [Theory]
    [InlineData(0, "", "zero")]
    [InlineData(2, "", "n=2,noT")]
    [InlineData(2, "x", "n=2,T=x")]
    public void Nested_conditionals_nest(long n, string t, string expected)
    {
        Assert.Equal(expected, Render("%<n?n=%n%<t?,T=%t&,noT>&zero>", new Row(N: n, T: t)));
    }

    [Fact]
    public void Nested_conditionals_may_hold_flat_conditionals_and_escaped_terminators()
    {
        Assert.Equal("a&b>c yes", Render(@"%<n?a\&b\>c %?t?yes&no?&none>", new Row(N: 1, T: "x")));
    }

    [Fact]
    public void The_hard_fill_right_justifies_what_follows()
    {
        Assert.Equal("ab-------5", Render("%s%>-%n", new Row(S: "ab", N: 5), columns: 10));
    }

    [Fact]
    public void The_hard_fill_drops_the_right_side_when_the_line_is_full()
    {
        Assert.Equal("abcdefghij", Render("%s%> %t", new Row(S: "abcdefghij", T: "XYZ"), columns: 10));
        Assert.Equal("abcdefghXYZ", Render("%s%> %t", new Row(S: "abcdefgh", T: "XYZ"), columns: 10));
    }

    [Fact]
    public void The_soft_fill_eats_the_left_side_to_keep_the_right()
    {
        Assert.Equal("abcdefgXYZ", Render("%s%*.%t", new Row(S: "abcdefghij", T: "XYZ"), columns: 10));
        Assert.Equal("ab.....XYZ", Render("%s%*.%t", new Row(S: "ab", T: "XYZ"), columns: 10));
    }

    [Fact]
    public void The_soft_fill_never_splits_a_wide_character_and_pads_the_gap()
    {
        Assert.Equal("日本 XYZ", Render("%s%* %t", new Row(S: "日本語です", T: "XYZ"), columns: 8));
    }

    [Fact]
    public void The_line_fill_pads_to_the_end_and_ignores_the_rest()
    {
        Assert.Equal("ab--------", Render("%s%|-ignored", new Row(S: "ab"), columns: 10));
    }

    [Fact]
    public void A_wide_pad_character_is_repeated_by_cells_with_spaces_for_the_odd_cell()
    {
        Assert.Equal("a日日日", Render("%s%>日", new Row(S: "a"), columns: 7));
        Assert.Equal("ab 日日", Render("%s%>日", new Row(S: "ab"), columns: 7));
    }

    [Fact]
    public void Fills_inside_a_branch_use_the_current_column()
    {
        Assert.Equal("ab----|", Render("%s%?n?%>-|&x?", new Row(S: "ab", N: 1), columns: 7));
    }

    [Fact]
    public void Message_data_is_sanitised_before_it_is_placed()
    {
        string line = Render("[%-6s]", new Row(S: "\u001B[2Jboom\u202E!"));

        Assert.Equal("[boom! ]", line);
    }

    [Fact]
    public void Hooks_expand_their_format_in_place_and_stop_recursing()
    {
        Assert.Equal("<[7]>", Render("<%@short@>", new Row(N: 7)));
        Assert.Equal("<>", Render("<%@nohook@>", new Row()));
        Assert.Equal("<>", Render("<%@loop@>", new Row()));
        Assert.Equal("%@x", Render("%@x", new Row()));
    }

    [Fact]
    public void Dates_in_the_senders_zone_local_zone_and_received_time()
    {
        var row = new Row(
            When: new DateTimeOffset(2017, 6, 10, 13, 19, 55, TimeSpan.FromHours(2)),
            Arrived: new DateTimeOffset(2017, 6, 10, 11, 20, 22, TimeSpan.Zero));

        Assert.Equal("13:19 +0200", Render("%{%H:%M %Z}", row));
        Assert.Equal("11:19 UTC", Render("%[%H:%M %Z]", row));
        Assert.Equal("11:20:22", Render("%(%T)", row));
        Assert.Equal("[  Jun 10]", Render("[%8{%b %d}]", row));
    }

    [Fact]
    public void The_current_time_comes_from_the_clock()
    {
        var options = new FormatOptions { Clock = new FixedClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)), LocalTimeZone = TimeZoneInfo.Utc };

        Assert.Equal("2026-01-02 03:04", FormatString.Get("%<%Y-%m-%d %H:%M>").Render(Table, new Row(), options));
    }

    [Fact]
    public void Dates_follow_the_culture_unless_the_format_starts_with_a_bang()
    {
        var row = new Row(When: new DateTimeOffset(2017, 6, 10, 13, 19, 55, TimeSpan.FromHours(2)));
        var french = new FormatOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") };

        Assert.Equal("samedi 10 juin", FormatString.Get("%{%A %d %B}").Render(Table, row, french));
        Assert.Equal("Saturday 10 June", FormatString.Get("%{!%A %d %B}").Render(Table, row, french));
    }

    [Fact]
    public void A_missing_date_is_the_epoch()
    {
        Assert.Equal("1970-01-01", Render("%{%Y-%m-%d}", new Row(When: DateTimeOffset.MinValue)));
    }

    [Theory]
    [InlineData("%?n?yes", 0, "expected '?' to close the conditional '%?n?'")]
    [InlineData("ab%?n", 2, "expected '?' after '%?n'")]
    [InlineData("x%{%H:%M", 1, "expected '}' to end the date format")]
    [InlineData("abc%", 3, "expected an expando letter after '%'")]
    [InlineData("%-10", 0, "expected an expando letter after the width")]
    [InlineData("%<n?a&b", 0, "expected '>' to close the conditional '%<n?'")]
    public void Malformed_formats_name_the_position_and_what_was_expected(string text, int position, string message)
    {
        Assert.False(FormatString.TryParse(text, out _, out FormatError? error));

        Assert.Equal(new FormatError(position, message), error);
        Assert.Equal($"position {position}: {message}", error!.ToString());
    }

    [Fact]
    public void A_malformed_format_still_renders_what_precedes_the_error()
    {
        FormatString.TryParse("ok %s %{%H", out FormatString format, out _);

        Assert.Equal("ok subj ", format.Render(Table, new Row(S: "subj")));
    }

    [Fact]
    public void Compiled_formats_are_cached()
    {
        Assert.Same(FormatString.Get("%4n %s"), FormatString.Get("%4n %s"));
        Assert.True(FormatString.TryParse("%4n %s", out _, out FormatError? error));
        Assert.Null(error);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
