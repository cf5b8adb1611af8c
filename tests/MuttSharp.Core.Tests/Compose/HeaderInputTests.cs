using MimeKit;
using MuttSharp.Core.Compose;

namespace MuttSharp.Core.Tests.Compose;

public sealed class HeaderInputTests
{
    [Theory]
    [InlineData("Hello\nBcc: victim@example.com", 6)]
    [InlineData("Hello\r", 6)]
    [InlineData("a\0b", 2)]
    public void ALineBreakInTypedHeaderTextIsRefusedWithItsPosition(string subject, int position)
    {
        Assert.False(HeaderInput.TryValidate("Subject", subject, out string error));
        Assert.Equal($"Subject: line break or NUL at position {position} is not allowed in a header", error);
    }

    [Fact]
    public void OrdinaryTextIsAccepted()
    {
        Assert.True(HeaderInput.TryValidate("Subject", "Re: caf\u00e9 \t ok", out string error));
        Assert.Equal("", error);
    }

    [Fact]
    public void ADraftWithAnInjectedExtraHeaderIsRefused()
    {
        var draft = new Draft { Subject = "fine" };
        draft.ExtraHeaders.Add(new("X-Note", "one\nBcc: x@example.com"));

        Assert.False(HeaderInput.TryValidate(draft, out string error));
        Assert.StartsWith("X-Note:", error);
    }

    [Fact]
    public void ADraftWithABadHeaderNameIsRefused()
    {
        var draft = new Draft { Subject = "fine" };
        draft.ExtraHeaders.Add(new("Bad Name", "x"));

        Assert.False(HeaderInput.TryValidate(draft, out string error));
        Assert.Equal("Bad Name: not a valid header name", error);
    }

    [Fact]
    public void ANameWithALineBreakInAnAddressIsRefused()
    {
        var draft = new Draft();
        draft.To.Add(new MailboxAddress("Eve\nBcc: x@example.com", "eve@example.com"));

        Assert.False(HeaderInput.TryValidate(draft, out _));
    }
}
