using MuttSharp.Core.Compose;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Tests.Compose;

/// <summary>A recalled draft's link to the messages it answers (Mutt's X-Mutt-References).</summary>
public sealed class DraftTests
{
    private static Message InFolder(int number, string id) =>
        new(number, $"/mail/cur/{number}:2,S", new MessageSummary { MessageId = id }, MessageFlags.Seen);

    [Fact]
    public void ARecalledReplyFindsItsOriginalInTheOpenFolderAndBecomesAReplyAgain()
    {
        var draft = new Draft();
        draft.Answers.Add("orig-1@example.org");
        var folder = new[] { InFolder(0, "other@example.org"), InFolder(1, "orig-1@example.org") };

        Assert.True(draft.LinkAnswered(folder));

        Assert.Equal(DraftKind.Reply, draft.Kind);
        Assert.Same(folder[1], Assert.Single(draft.Originals));
        Assert.Empty(draft.Answers);
        Assert.Equal(["orig-1@example.org"], draft.AnsweredIds());
    }

    [Fact]
    public void AnOriginalNotInTheOpenFolderStaysRecordedForTheNextPostpone()
    {
        var draft = new Draft();
        draft.Answers.Add("orig-1@example.org");

        Assert.False(draft.LinkAnswered([InFolder(0, "other@example.org")]));

        Assert.Equal(DraftKind.New, draft.Kind);
        Assert.Empty(draft.Originals);
        Assert.Equal(["orig-1@example.org"], draft.AnsweredIds());
    }

    [Fact]
    public void AForwardAnswersNothing()
    {
        var draft = new Draft { Kind = DraftKind.Forward, Originals = [InFolder(0, "orig-1@example.org")] };

        Assert.Empty(draft.AnsweredIds());
    }
}
