using MuttSharp.Core.Sorting;

namespace MuttSharp.Core.Tests.Sorting;

public sealed class SortSpecTests
{
    [Theory]
    [InlineData("date", SortMethod.Date, false, false)]
    [InlineData("date-sent", SortMethod.Date, false, false)]
    [InlineData("date-received", SortMethod.DateReceived, false, false)]
    [InlineData("from", SortMethod.From, false, false)]
    [InlineData("label", SortMethod.Label, false, false)]
    [InlineData("mailbox-order", SortMethod.MailboxOrder, false, false)]
    [InlineData("score", SortMethod.Score, false, false)]
    [InlineData("size", SortMethod.Size, false, false)]
    [InlineData("spam", SortMethod.Spam, false, false)]
    [InlineData("subject", SortMethod.Subject, false, false)]
    [InlineData("threads", SortMethod.Threads, false, false)]
    [InlineData("to", SortMethod.To, false, false)]
    [InlineData("reverse-threads", SortMethod.Threads, true, false)]
    [InlineData("last-date", SortMethod.Date, false, true)]
    [InlineData("reverse-last-date-received", SortMethod.DateReceived, true, true)]
    [InlineData("Date-Received", SortMethod.DateReceived, false, false)]
    public void Parses_the_names_Mutt_accepts(string text, SortMethod method, bool reverse, bool last)
    {
        bool ok = SortSpec.TryParse(text, SortVariable.SortAux, out var spec, out string error);

        Assert.True(ok, error);
        Assert.Equal(new SortSpec(method, reverse, last), spec);
    }

    [Theory]
    [InlineData("last-reverse-date", "reverse-date")]
    [InlineData("Reverse-date", "Reverse-date")]
    [InlineData("reverse-", "")]
    [InlineData("datum", "datum")]
    public void Refuses_unknown_names_saying_which(string text, string named)
    {
        bool ok = SortSpec.TryParse(text, SortVariable.Sort, out _, out string error);

        Assert.False(ok);
        Assert.Equal($"{named}: unknown sorting method", error);
    }

    [Fact]
    public void Aux_belongs_to_sort_thread_groups_and_threads_does_not()
    {
        Assert.True(SortSpec.TryParse("aux", SortVariable.SortThreadGroups, out var groups, out _));
        Assert.Equal(SortMethod.Aux, groups.Method);
        Assert.False(SortSpec.TryParse("aux", SortVariable.Sort, out _, out _));
        Assert.False(SortSpec.TryParse("threads", SortVariable.SortThreadGroups, out _, out _));
    }

    [Theory]
    [InlineData("reverse-last-date-received")]
    [InlineData("date")]
    [InlineData("reverse-mailbox-order")]
    [InlineData("last-spam")]
    public void Prints_as_Mutt_writes_it(string text)
    {
        SortSpec.TryParse(text, SortVariable.SortAux, out var spec, out _);

        Assert.Equal(text, spec.ToString());
    }

    [Fact]
    public void Date_sent_prints_as_date()
    {
        SortSpec.TryParse("date-sent", SortVariable.Sort, out var spec, out _);

        Assert.Equal("date", spec.ToString());
    }

    [Fact]
    public void The_defaults_are_Mutts()
    {
        var options = SortOptions.Default;

        Assert.Equal("date", options.Sort.ToString());
        Assert.Equal("date", options.SortAux.ToString());
        Assert.Equal("aux", options.SortThreadGroups.ToString());
        Assert.False(options.Threaded);
    }
}
