using System.Text;
using MuttSharp.Core.Compose;

namespace MuttSharp.Core.Tests.Compose;

/// <summary>Replies and forwards compared with what Mutt 2.2.12 sent for the same message and muttrc (TestData/Compose).</summary>
public sealed class MessageComposerTests
{
    public static TheoryData<string, string> MuttCases() => new()
    {
        { "reply-seed", "seed.eml" },
        { "reply", "list.eml" },
        { "reply-ignore-reply-to", "list.eml" },
        { "reply-sig-on-top", "list.eml" },
        { "reply-flowed", "list.eml" },
        { "group-reply", "list.eml" },
        { "group-reply-no-mft", "list.eml" },
        { "group-reply-metoo", "list.eml" },
        { "list-reply", "list.eml" },
        { "forward", "list.eml" },
        { "forward-quote", "list.eml" },
        { "forward-mime", "list.eml" },
    };

    [Theory]
    [MemberData(nameof(MuttCases))]
    public async Task TheMessageSentIsWhatMuttSends(string caseName, string original)
    {
        using var fixture = await ComposeFixture.LoadAsync(caseName);
        var draft = await ComposeAsync(fixture, caseName, ComposeFixture.Original(original));

        string sent = await fixture.SendTextAsync(draft);

        string expected = File.ReadAllText(ComposeFixture.TestData(caseName + ".expected.eml"), Encoding.Latin1);
        Assert.Equal(ComposeFixture.Normalize(expected), ComposeFixture.Normalize(sent));
    }

    [Theory]
    [MemberData(nameof(MuttCases))]
    public async Task TheEnvelopeRecipientsAreMutts(string caseName, string original)
    {
        using var fixture = await ComposeFixture.LoadAsync(caseName);
        var draft = await ComposeAsync(fixture, caseName, ComposeFixture.Original(original));
        new DraftWriter(fixture.Settings).Finish(draft);

        var expected = File.ReadAllLines(ComposeFixture.TestData(caseName + ".args")).SkipWhile(a => a != "--").Skip(1);
        Assert.Equal(expected, draft.Recipients());
    }

    [Fact]
    public async Task ResendKeepsTheHeadersBodyAndAttachmentsMuttsEditorShowsLessTheTraceAndIdentity()
    {
        using var fixture = await ComposeFixture.LoadAsync(null);
        var composer = new MessageComposer(fixture.Settings, fixture.Config.Environment);

        Assert.True(composer.TryResend(ComposeFixture.Original("resend.eml"), out var draft, out string error), error);

        // Mutt 2.2.12's editor file for Esc e on this message (resend.mutt-editor.txt), but for Received: a trace
        // field the engine writes anew, and which would make the resent copy look like a delivery loop.
        string mutt = File.ReadAllText(ComposeFixture.TestData("resend.mutt-editor.txt"));
        string expected = mutt.Replace("Received: from x by y; Tue, 1 Jan 2026 10:00:00 +0000\n", "", StringComparison.Ordinal)
            .Replace("In-Reply-To: <parent@example.org>\n", "In-Reply-To: <parent@example.org>\nReferences: <root@example.org> <parent@example.org>\n", StringComparison.Ordinal);
        Assert.Equal(expected, DraftReader.EditorText(draft, withHeaders: true));
        Assert.Equal(DraftKind.New, draft.Kind);
        Assert.Null(draft.MessageId);
        Assert.Empty(draft.MailFollowupTo);
        var attachment = Assert.Single(draft.Attachments);
        Assert.Equal(("text/csv", "data.csv", "a,b\n1,2\n"), (attachment.ContentType, attachment.FileName, Encoding.ASCII.GetString(attachment.Content!)));
        Assert.False(attachment.Inline);
    }

    [Fact]
    public async Task ResendUnderWeedKeepsOnlyTheHeadersUnignored()
    {
        using var fixture = await ComposeFixture.LoadAsync(null, "ignore *\nunignore from: subject to cc date x-mailer\n");
        var composer = new MessageComposer(fixture.Settings, fixture.Config.Environment);

        Assert.True(composer.TryResend(ComposeFixture.Original("resend.eml"), out var draft, out _));

        Assert.Equal("alice@example.org", draft.From.Mailboxes.Single().Address);
        Assert.Equal(["bob@example.org", "carol@example.org"], draft.Recipients());
        Assert.Equal("Quarterly report", draft.Subject);
        Assert.Empty(draft.InReplyTo);
        Assert.Empty(draft.References);
        Assert.Equal(["X-Mailer"], draft.ExtraHeaders.Select(h => h.Key));
    }

    [Fact]
    public async Task ResendWithWeedUnsetKeepsEveryHeaderTheDraftCanCarry()
    {
        using var fixture = await ComposeFixture.LoadAsync(null, "ignore *\nunset weed\n");
        var composer = new MessageComposer(fixture.Settings, fixture.Config.Environment);

        Assert.True(composer.TryResend(ComposeFixture.Original("resend.eml"), out var draft, out _));

        Assert.Equal(["parent@example.org"], draft.InReplyTo);
        Assert.Equal(["X-Mailer", "X-Custom"], draft.ExtraHeaders.Select(h => h.Key));
    }

    private static async Task<Draft> ComposeAsync(ComposeFixture fixture, string caseName, OriginalMessage original)
    {
        var composer = new MessageComposer(fixture.Settings, fixture.Config.Environment);
        if (caseName.StartsWith("forward", StringComparison.Ordinal))
        {
            var draft = await composer.ForwardAsync([original]);
            draft.To.Add(new MimeKit.MailboxAddress("", "carol@example.com"));
            return draft;
        }
        var kind = caseName.StartsWith("group", StringComparison.Ordinal) ? DraftKind.GroupReply
            : caseName.StartsWith("list", StringComparison.Ordinal) ? DraftKind.ListReply
            : DraftKind.Reply;
        return await composer.ReplyAsync([original], kind);
    }
}
