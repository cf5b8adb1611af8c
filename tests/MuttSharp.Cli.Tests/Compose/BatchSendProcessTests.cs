using MuttSharp.Cli.Tests.Engine;
using MuttSharp.Cli.Tests.Support;

namespace MuttSharp.Cli.Tests.Compose;

/// <summary>Batch mode through the real binary, as a script on the server would run it: no terminal, the body on standard input.</summary>
public sealed class BatchSendProcessTests
{
    [Fact]
    public async Task TheBinarySendsTheSeedsTestMessageThroughTheBundledEngine()
    {
        using var engine = new EngineConfig();
        using var home = new BatchHome();
        home.WriteMuttrc("""
            set mbox_type=Maildir
            set folder="~/Maildir"
            set record="+Sent"
            my_hdr From: microlinux@example.com (Microlinux)
            my_hdr Reply-To: microlinux@example.com (Microlinux)

            """);

        var result = await MuttSharpProcess.RunAsync(["-n", "-F", home.Muttrc, "-s", "Test Postfix", "alice@example.com"],
            new Dictionary<string, string> { ["HOME"] = home.Root, ["MAIL_CONFIG"] = engine.ConfigDirectory, ["USER"] = "microlinux" },
            input: "Ceci est un test.\n");

        Assert.True(result.ExitCode == 0, result.Error);
        string delivered = Assert.Single(engine.Delivered("alice"));
        Assert.Contains("\nFrom: Microlinux <microlinux@example.com>\n", delivered);
        Assert.Contains("\nReply-To: Microlinux <microlinux@example.com>\n", delivered);
        Assert.Contains("\nSubject: Test Postfix\n", delivered);
        Assert.Matches("\nMessage-ID: <[^@>]+@[^>]+>\n", delivered);
        Assert.EndsWith("\n\nCeci est un test.\n", delivered);
        Assert.Single(Directory.GetFiles(Path.Combine(home.Root, "Maildir", "Sent", "cur")));
    }

    [Fact]
    public async Task WithoutRecipientsTheBinaryExitsOneAndSaysSo()
    {
        using var home = new BatchHome();
        home.WriteMuttrc("set record=\"\"\n");

        var result = await MuttSharpProcess.RunAsync(["-n", "-F", home.Muttrc, "-s", "x"], new Dictionary<string, string> { ["HOME"] = home.Root }, input: "x\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("No recipients were specified.\n", result.Error);
    }
}
