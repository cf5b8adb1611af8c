using MuttSharp.Mta.Policy;

namespace MuttSharp.Mta.Tests.Policy;

public sealed class PolicyVerdictTests
{
    [Fact]
    public void Refuse_takes_the_status_class_from_the_code()
    {
        Assert.Equal("450 4.1.1 x", PolicyVerdict.Refuse(450, "1.1", "x").ToString());
        Assert.Equal("550 5.1.1 x", PolicyVerdict.Refuse(550, "1.1", "x").ToString());
    }

    [Fact]
    public void Accepted_and_temporary_follow_the_code()
    {
        Assert.True(PolicyVerdict.Accept.Accepted);
        Assert.True(PolicyVerdict.Refuse(454, "7.1", "x").Temporary);
        Assert.False(PolicyVerdict.Refuse(554, "7.1", "x").Temporary);
    }
}
