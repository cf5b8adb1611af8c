using MuttSharp.Mta.Policy;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Policy;

public sealed class AccessActionTests
{
    private static string? Evaluate(string action) =>
        AccessAction.Evaluate(action, "<u@x>: Recipient address rejected", TestHost.Settings("").ReplyCodes)?.ToString();

    [Theory]
    [InlineData("OK", "250 2.1.5 Ok")]
    [InlineData("permit", "250 2.1.5 Ok")]
    [InlineData("DUNNO", null)]
    [InlineData("REJECT", "554 5.7.1 <u@x>: Recipient address rejected: Access denied")]
    [InlineData("DEFER later please", "450 4.7.1 <u@x>: Recipient address rejected: later please")]
    [InlineData("421 4.3.2 closing", "421 4.3.2 <u@x>: Recipient address rejected: closing")]
    [InlineData("550 gone", "550 5.7.1 <u@x>: Recipient address rejected: gone")]
    [InlineData("FROBNICATE", "451 4.3.5 Server configuration error")]
    public void Actions_map_to_postfix_replies(string action, string? expected)
    {
        Assert.Equal(expected, Evaluate(action));
    }
}
