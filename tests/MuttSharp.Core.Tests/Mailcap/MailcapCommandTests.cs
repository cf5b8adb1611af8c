using MuttSharp.Core.Mailcap;

namespace MuttSharp.Core.Tests.Mailcap;

public sealed class MailcapCommandTests
{
    [Fact]
    public void MessageDataBecomesArgumentsNotShellText()
    {
        var command = MailcapCommand.Expand("view --charset=%{charset} -t %t %s", "/tmp/x/a.html", "text/html",
            name => name == "charset" ? "utf-8`touch${IFS}PWNED`" : null);

        Assert.Equal("view --charset=\"${1}\" -t \"${2}\" \"${3}\"", command.Script);
        Assert.Equal(["utf-8`touch${IFS}PWNED`", "text/html", "/tmp/x/a.html"], command.Arguments);
        Assert.Equal(["/bin/sh", "-c", command.Script, "mailcap", .. command.Arguments], command.Argv);
        Assert.True(command.UsesFile);
    }

    [Theory]
    [InlineData("less '%s'", "less ''\"${1}\"''")]
    [InlineData("sh -c \"cat %s\"", "sh -c \"cat ${1}\"")]
    [InlineData("echo 100\\% %%", "echo 100% %")]
    public void QuotingInTheMailcapIsRespected(string template, string script)
    {
        Assert.Equal(script, MailcapCommand.Expand(template, "f", "t/t", _ => null).Script);
    }

    [Fact]
    public void WithoutPercentSTheCommandReadsStandardInput()
    {
        Assert.False(MailcapCommand.Expand("cat", "f", "text/plain", _ => null).UsesFile);
    }
}
