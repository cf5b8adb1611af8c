using System.Text;
using System.Text.RegularExpressions;
using MimeKit.Utils;
using MuttSharp.Cli.Tests.Engine;

namespace MuttSharp.Cli.Tests.Compose;

/// <summary>Mutt's batch mode: the message sent compared with what Mutt 2.2.12 handed its $sendmail (TestData/Compose), and through the bundled engine.</summary>
public sealed partial class BatchSendCommandTests
{
    [Fact]
    public async Task TheBatchMessageAndItsSendmailArgumentsAreMutts()
    {
        using var home = new BatchHome();
        home.WriteMuttrc(File.ReadAllText(BatchHome.TestData("muttrc")) + $"set sendmail=\"/bin/sh {BatchHome.TestData("capture.sh")} %DIR%/out\"\n");

        var (code, _, error) = await home.RunAsync("Bonjour à tous,\nLe café est prêt.\n",
            "-n", "-F", home.Muttrc, "-s", "Café prêt", "-c", "Bob Stone <bob@example.com>", "-b", "carol@example.com", "alice@example.com");

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllText(BatchHome.TestData("batch.args")), File.ReadAllText(Path.Combine(home.Root, "out.args")));
        Assert.Equal(Normalize(File.ReadAllText(BatchHome.TestData("batch.expected.eml"), Encoding.Latin1)),
            Normalize(File.ReadAllText(Path.Combine(home.Root, "out.eml"), Encoding.Latin1)));
    }

    [Fact]
    public async Task ADraftGivenWithHIsSentAsMuttSendsIt()
    {
        using var home = new BatchHome();
        home.WriteMuttrc(File.ReadAllText(BatchHome.TestData("muttrc")) + $"set sendmail=\"/bin/sh {BatchHome.TestData("capture.sh")} %DIR%/out\"\n");

        var (code, _, error) = await home.RunAsync("", "-n", "-F", home.Muttrc, "-H", BatchHome.TestData("draft"));

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllText(BatchHome.TestData("batch-draft.args")), File.ReadAllText(Path.Combine(home.Root, "out.args")));
        Assert.Equal(Normalize(File.ReadAllText(BatchHome.TestData("batch-draft.expected.eml"))), Normalize(File.ReadAllText(Path.Combine(home.Root, "out.eml"))));
    }

    [Fact]
    public async Task AMailtoUrlGivesOnlyTheFieldsMailtoAllowLetsThroughAsMuttDoes()
    {
        using var home = new BatchHome();
        home.WriteMuttrc(File.ReadAllText(BatchHome.TestData("muttrc")) + $"set sendmail=\"/bin/sh {BatchHome.TestData("capture.sh")} %DIR%/out\"\n");
        const string url = "mailto:alice@example.com,Bob%20Stone%20%3Cbob@example.com%3E?subject=Caf%C3%A9%20pr%C3%AAt&cc=carol@example.com"
            + "&bcc=eve@example.com&in-reply-to=1234@lists.example.org&body=Line%20one%0A&attach=/etc/passwd&x-mailer=evil";

        var (code, _, error) = await home.RunAsync("from stdin\n", "-n", "-F", home.Muttrc, url);

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllText(BatchHome.TestData("batch-mailto.args")), File.ReadAllText(Path.Combine(home.Root, "out.args")));
        Assert.Equal(Normalize(File.ReadAllText(BatchHome.TestData("batch-mailto.expected.eml"))), Normalize(File.ReadAllText(Path.Combine(home.Root, "out.eml"))));
    }

    [Fact]
    public async Task WithoutSendmailOrSmtpTheBundledEngineDeliversAndBccStaysHidden()
    {
        using var engine = new EngineConfig();
        using var home = new BatchHome { MailConfig = engine.ConfigDirectory };
        home.WriteMuttrc("set hostname=example.org\nset from=\"Me <me@example.org>\"\nset record=\"%DIR%/Sent\"\nset mbox_type=Maildir\n");

        var (code, _, error) = await home.RunAsync("Ceci est un test.\n",
            "-n", "-F", home.Muttrc, "-s", "Test Postfix", "-c", "bob@example.com", "-b", "carol@example.com", "alice@example.com");

        Assert.True(code == 0, error);
        string alice = Assert.Single(engine.Delivered("alice"));
        Assert.Contains("\nSubject: Test Postfix\n", alice);
        Assert.Contains("\nCc: bob@example.com\n", alice);
        Assert.EndsWith("\n\nCeci est un test.\n", alice);
        Assert.Single(engine.Delivered("bob"));
        string carol = Assert.Single(engine.Delivered("carol"));
        Assert.DoesNotContain("Bcc", carol);
        string sent = Assert.Single(Directory.GetFiles(Path.Combine(home.Root, "Sent", "cur")));
        Assert.EndsWith(":2,S", sent);
        Assert.Contains("\nBcc: carol@example.com\n", File.ReadAllText(sent));
    }

    [Fact]
    public async Task AFailedSendSaysWhyExitsOneAndKeepsTheMessagePostponed()
    {
        using var home = new BatchHome();
        File.WriteAllText(Path.Combine(home.Root, "busy.sh"), "echo 'queue full' >&2\nexit 75\n");
        home.WriteMuttrc("set record=\"\"\nset postponed=\"%DIR%/postponed\"\nset sendmail=\"/bin/sh %DIR%/busy.sh\"\n");

        var (code, _, error) = await home.RunAsync("keep me\n", "-n", "-F", home.Muttrc, "-s", "x", "alice@example.com");

        Assert.Equal(1, code);
        Assert.StartsWith("Sending through /bin/sh failed: /bin/sh exited 75: queue full; the message was postponed", error);
        string kept = Assert.Single(Directory.GetFiles(Path.Combine(home.Root, "postponed", "cur")));
        Assert.EndsWith("\n\nkeep me\n", File.ReadAllText(kept));
    }

    [Theory]
    [InlineData(new[] { "-s", "no one" }, "No recipients were specified.")]
    [InlineData(new[] { "-s", "a\nBcc: evil@example.com", "alice@example.com" }, "Subject: line break or NUL at position 2 is not allowed in a header")]
    [InlineData(new[] { "-s", "x", "-a", "/nonexistent/file", "alice@example.com" }, "/nonexistent/file: unable to attach file.")]
    [InlineData(new[] { "-s", "x", "mailto:alice@example.com?subject=%4" }, "mailto: bad %-escape at position 34")]
    public async Task AnUnsendableCommandLineIsRefusedWithMuttsWords(string[] args, string expected)
    {
        using var home = new BatchHome();
        home.WriteMuttrc("set record=\"\"\nset sendmail=\"/bin/true\"\n");

        var (code, _, error) = await home.RunAsync("body\n", ["-n", "-F", home.Muttrc, .. args]);

        Assert.Equal(1, code);
        Assert.Equal(expected + "\n", error);
    }

    /// <summary>Date and Message-ID differ run to run; User-Agent names the program; encoded words may be B or Q.</summary>
    private static string Normalize(string message)
    {
        string text = Regex.Replace(message, "^Date: .*$", "Date: DATE", RegexOptions.Multiline);
        text = Regex.Replace(text, "^Message-ID: <[^>]*>$", "Message-ID: <ID>", RegexOptions.Multiline);
        text = Regex.Replace(text, "^User-Agent: .*$", "User-Agent: AGENT", RegexOptions.Multiline);
        return EncodedWord().Replace(text, m => Rfc2047.DecodeText(Encoding.ASCII.GetBytes(m.Value)));
    }

    [GeneratedRegex(@"=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=")]
    private static partial Regex EncodedWord();
}
