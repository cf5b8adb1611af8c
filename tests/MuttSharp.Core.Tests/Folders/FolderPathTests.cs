using MuttSharp.Core.Folders;

namespace MuttSharp.Core.Tests.Folders;

public sealed class FolderPathTests
{
    [Theory]
    [InlineData("+INBOX", "/home/u/Mail/INBOX")]
    [InlineData("=lists/dev", "/home/u/Mail/lists/dev")]
    [InlineData("+.Sent", "/home/u/Mail/.Sent")]
    [InlineData("+", "/home/u/Mail")]
    [InlineData("~", "/home/u")]
    [InlineData("~/Maildir", "/home/u/Maildir")]
    [InlineData("/var/mail/u", "/var/mail/u")]
    [InlineData("relative/box", "relative/box")]
    [InlineData("!", "/var/mail/u")]
    public void ExpandsMuttShortcuts(string spec, string expected)
    {
        Assert.Equal(expected, FolderPath.Resolve(spec, "/home/u/Mail/", "/home/u", "/var/mail/u"));
    }

    [Fact]
    public void AFolderVariableUnderHomeIsExpandedToo()
    {
        Assert.Equal("/home/u/Maildir/.Drafts", FolderPath.Resolve("=.Drafts", "~/Maildir", "/home/u"));
    }

    [Fact]
    public void ASpoolShortcutIsLiteralWhenNoSpoolFileIsKnown()
    {
        Assert.Equal("!", FolderPath.Resolve("!", "/m", "/h"));
    }
}
