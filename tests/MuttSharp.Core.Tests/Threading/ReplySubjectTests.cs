using MuttSharp.Core.Model;
using MuttSharp.Core.Threading;

namespace MuttSharp.Core.Tests.Threading;

public sealed class ReplySubjectTests
{
    [Theory]
    [InlineData("Re: hello", "hello", true)]
    [InlineData("RE: hello", "hello", true)]
    [InlineData("re:hello", "hello", true)]
    [InlineData("Re[3]:  \thello", "hello", true)]
    [InlineData("Re: Re: hello", "Re: hello", true)]
    [InlineData("Fwd: hello", "Fwd: hello", false)]
    [InlineData(" Re: hello", " Re: hello", false)]
    [InlineData("Reply: hello", "Reply: hello", false)]
    [InlineData("hello", "hello", false)]
    public void Mutts_default_removes_one_reply_prefix_in_any_case(string subject, string real, bool hadPrefix)
    {
        string? stripped = ReplySubject.Default.Strip(subject, out bool prefix);

        Assert.Equal(real, stripped);
        Assert.Equal(hadPrefix, prefix);
    }

    [Fact]
    public void Stripping_a_folder_matches_each_shared_subject_once_and_shares_its_real_subject()
    {
        // A pooled folder holds one string per distinct subject; an equal one held apart is stripped on its own, to the same text.
        string reply = "Re: plan";
        string[] subjects = [reply, reply, new string(reply.ToCharArray()), "plan", new string("plan".ToCharArray()), "", "Re: "];
        var messages = subjects.Select((s, i) => new Message(i, $"/m/{i}", new MessageSummary { Subject = s }, MessageFlags.None)).ToArray();
        var real = new string?[messages.Length];
        var hadPrefix = new bool[messages.Length];

        ReplySubject.Default.StripAll(messages, real, hadPrefix);

        Assert.Equal(new string?[] { "plan", "plan", "plan", "plan", "plan", null, "" }, real);
        Assert.Equal([true, true, true, false, false, false, true], hadPrefix);
        Assert.Same(real[0], real[1]);
    }

    [Fact]
    public void An_empty_subject_has_no_real_subject_and_a_bare_prefix_an_empty_one()
    {
        Assert.Null(ReplySubject.Default.Strip("", out _));
        Assert.Equal("", ReplySubject.Default.Strip("Re: ", out bool prefix));
        Assert.True(prefix);
    }

    [Fact]
    public void A_pattern_with_capitals_matches_case_sensitively()
    {
        Assert.True(ReplySubject.TryCreate("^Re: ", out var subject, out _));

        Assert.Equal("x", subject.Strip("Re: x", out _));
        Assert.Equal("RE: x", subject.Strip("RE: x", out _));
        Assert.Equal("^Re: ", subject.Pattern);
    }

    [Fact]
    public void An_invalid_pattern_is_reported_not_thrown()
    {
        bool ok = ReplySubject.TryCreate("^(re", out _, out string error);

        Assert.False(ok);
        Assert.StartsWith("reply_regexp:", error);
    }
}
