using MimeKit;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Tests.Compose;

/// <summary>What a reply quotes and an inline forward copies or attaches, through <see cref="MessageComposer"/>.</summary>
public sealed class BodyTextTests
{
    private const string Mixed = """
        From: Alice <alice@example.com>
        To: me@example.org
        Subject: parts
        Message-ID: <parts@example.com>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b"

        --b
        Content-Type: multipart/alternative; boundary="a"

        --a
        Content-Type: text/plain

        first part
        --a
        Content-Type: text/html

        <p>first part</p>
        --a--
        --b
        Content-Type: text/plain
        Content-Disposition: inline

        second part
        --b
        Content-Type: application/pdf
        Content-Disposition: attachment; filename="report.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK
        --b--

        """;

    private static readonly ComposeSettings Settings = new()
    {
        Hostname = "example.org",
        UserName = "me",
        Include = QuadOption.Yes,
        Attribution = "",
        Signature = "",
    };

    private static OriginalMessage Original() => OriginalMessage.Parse(System.Text.Encoding.UTF8.GetBytes(Mixed.ReplaceLineEndings("\n")));

    [Fact]
    public async Task AReplyQuotesEveryInlineTextPartWithThePlainOneOfAnAlternative()
    {
        var draft = await new MessageComposer(Settings).ReplyAsync([Original()], DraftKind.Reply);

        Assert.Equal("> first part\n> \n> second part\n", draft.Body);
    }

    [Fact]
    public async Task IncludeOnlyFirstQuotesTheFirstTextPartOnly()
    {
        var draft = await new MessageComposer(Settings with { IncludeOnlyFirst = true }).ReplyAsync([Original()], DraftKind.Reply);

        Assert.Equal("> first part\n", draft.Body);
    }

    [Fact]
    public async Task AnInlineForwardAttachesWhatItCannotShowWhenForwardAttachmentsSaysYes()
    {
        var draft = await new MessageComposer(Settings with { ForwardAttachments = QuadOption.Yes }).ForwardAsync([Original()]);

        var attachment = Assert.Single(draft.Attachments);
        Assert.Equal(("application/pdf", "report.pdf"), (attachment.ContentType, attachment.FileName));
        Assert.Equal("%PDF-1.4\n", System.Text.Encoding.ASCII.GetString(attachment.Content!));
        Assert.Contains("second part", draft.Body);
    }

    [Fact]
    public async Task ForwardAttachmentsAsksAndANoLeavesThemOut()
    {
        string? asked = null;
        var draft = await new MessageComposer(Settings).ForwardAsync([Original()], (question, _) =>
        {
            asked = question;
            return Task.FromResult(false);
        });

        Assert.Equal("Forward attachments?", asked);
        Assert.Empty(draft.Attachments);
    }
}
