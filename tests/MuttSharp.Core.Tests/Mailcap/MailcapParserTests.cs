using MuttSharp.Core.Mailcap;

namespace MuttSharp.Core.Tests.Mailcap;

public sealed class MailcapParserTests
{
    [Fact]
    public void ReadsTypesCommandsFlagsAndFields()
    {
        var errors = new List<string>();
        var entries = MailcapParser.Parse("""
            # comment
            text/html; w3m -dump -T text/html %s; copiousoutput; nametemplate=%s.html; test=test -n "$DISPLAY"
            image/*; feh %s; needsterminal; description="Images"

            application/pdf; zathura \
              %s; print=lpr %s
            """, "mailcap", errors);

        Assert.Empty(errors);
        Assert.Equal(3, entries.Count);
        Assert.Equal(("text/html", "w3m -dump -T text/html %s"), (entries[0].Type, entries[0].ViewCommand));
        Assert.True(entries[0].CopiousOutput);
        Assert.Equal("%s.html", entries[0].NameTemplate);
        Assert.Equal("test -n \"$DISPLAY\"", entries[0].Test);
        Assert.True(entries[1].NeedsTerminal);
        Assert.Equal("Images", entries[1].Description);
        Assert.Equal("zathura   %s", entries[2].ViewCommand);
        Assert.Equal("lpr %s", entries[2].Print);
        Assert.Equal("mailcap:5", entries[2].Source);
    }

    [Fact]
    public void AnEscapedSemicolonStaysInTheCommand()
    {
        var entries = MailcapParser.Parse(@"text/plain; cat %s \; echo done; copiousoutput", "m", []);

        Assert.Equal("cat %s ; echo done", entries[0].ViewCommand);
    }

    [Fact]
    public void AMalformedLineIsReportedWithFileAndLineAndSkipped()
    {
        var errors = new List<string>();

        var entries = MailcapParser.Parse("text/plain\ntext/x; cat\n", "/etc/mailcap", errors);

        Assert.Equal(["/etc/mailcap:1: expected a type, a ';' and a view command"], errors);
        Assert.Single(entries);
    }
}
