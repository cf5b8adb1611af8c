using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Tests.Config;

public sealed class ParameterValueTests
{
    [Theory]
    [InlineData("300s", 's', 300)]
    [InlineData("300", 's', 300)]
    [InlineData("5m", 's', 300)]
    [InlineData("2h", 's', 7200)]
    [InlineData("5d", 'd', 432000)]
    [InlineData("5", 'd', 432000)]
    [InlineData("1w", 's', 604800)]
    [InlineData(" 10S ", 's', 10)]
    public void Times_take_an_optional_unit(string text, char unit, int seconds)
    {
        Assert.True(ParameterValue.TryParseTime(text, unit, out var value, out _));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("10x")]
    [InlineData("10ss")]
    [InlineData("-5s")]
    [InlineData("99999999999999999999d")]
    public void Bad_times_are_refused_with_a_reason(string text)
    {
        Assert.False(ParameterValue.TryParseTime(text, 's', out _, out string error));
        Assert.Contains(text.Trim(), error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("NO", false)]
    [InlineData("true", true)]
    public void Booleans_are_yes_or_no(string text, bool expected)
    {
        Assert.True(ParameterValue.TryParseBoolean(text, out bool value, out _));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Numbers_refuse_units_and_signs()
    {
        Assert.True(ParameterValue.TryParseNumber("10240000", out long value, out _));
        Assert.Equal(10240000, value);
        Assert.False(ParameterValue.TryParseNumber("10MB", out _, out string error));
        Assert.Equal("invalid numerical value \"10MB\": expected a whole number", error);
        Assert.False(ParameterValue.TryParseNumber("-1", out _, out _));
    }

    [Fact]
    public void Lists_split_on_commas_and_white_space_but_keep_brace_groups_whole()
    {
        Assert.Equal(
            ["hash:/etc/aliases", "inline:{ a=b, c=d }", "static:x"],
            ParameterValue.SplitList(" hash:/etc/aliases,\tinline:{ a=b, c=d } ,, static:x "));
    }
}
