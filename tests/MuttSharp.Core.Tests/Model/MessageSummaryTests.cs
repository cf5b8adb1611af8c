using MuttSharp.Core.Model;

namespace MuttSharp.Core.Tests.Model;

public sealed class MessageSummaryTests
{
    private static readonly MailAddress List = new("List", "list@example.org");

    [Fact]
    public void Dates_keep_their_instant_and_their_offset()
    {
        var date = new DateTimeOffset(2017, 6, 10, 13, 20, 22, TimeSpan.FromHours(2));
        var received = new DateTimeOffset(2017, 6, 10, 11, 20, 25, 123, TimeSpan.Zero).AddTicks(4567);
        var summary = new MessageSummary { Date = date, Received = received };

        Assert.Equal(date, summary.Date);
        Assert.Equal(TimeSpan.FromHours(2), summary.Date.Offset);
        Assert.Equal(received.Ticks, summary.Received.Ticks);
        Assert.Equal(-330, new MessageSummary { Date = date.ToOffset(TimeSpan.FromMinutes(-330)) }.Date.TotalOffsetMinutes);
        Assert.Equal(DateTimeOffset.MinValue, new MessageSummary().Date);
        Assert.Equal(DateTimeOffset.MaxValue, new MessageSummary { Date = DateTimeOffset.MaxValue }.Date);
    }

    [Fact]
    public void Headers_most_messages_lack_read_back_as_set_and_empty_when_not()
    {
        var summary = new MessageSummary { Sender = [List], ReplyTo = [List], Organization = "Example", XLabel = "work" };

        Assert.Equal([List], summary.Sender);
        Assert.Equal([List], summary.ReplyTo);
        Assert.Empty(summary.MailFollowupTo);
        Assert.Equal("Example", summary.Organization);
        Assert.Equal("work", summary.XLabel);
        Assert.Empty(new MessageSummary().Sender);
        Assert.Null(new MessageSummary().XLabel);
    }

    [Fact]
    public void A_copy_with_a_changed_header_leaves_the_original_as_it_was()
    {
        var original = new MessageSummary { Subject = "s", XLabel = "old", Organization = "Example" };
        var relabelled = original with { XLabel = "new" };
        var unlabelled = original with { XLabel = null };

        Assert.Equal("old", original.XLabel);
        Assert.Equal("new", relabelled.XLabel);
        Assert.Null(unlabelled.XLabel);
        Assert.Equal("Example", unlabelled.Organization);
        Assert.NotEqual(original, relabelled);
        Assert.Equal(original, original with { XLabel = "old" });
    }
}
