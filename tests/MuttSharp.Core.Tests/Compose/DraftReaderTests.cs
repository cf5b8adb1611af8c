using System.Text;
using MimeKit;
using MuttSharp.Core.Compose;

namespace MuttSharp.Core.Tests.Compose;

public sealed class DraftReaderTests
{
    [Fact]
    public void TheEditorFileListsTheHeadersThenABlankLineThenTheText()
    {
        var draft = Reply();

        string text = DraftReader.EditorText(draft, withHeaders: true);

        Assert.Equal("From: Me <me@example.org>\nTo: alice@example.com\nCc: \nBcc: \nSubject: Re: plan\nReply-To: \n"
            + "In-Reply-To: <p1@example.com>\nReferences: <p0@example.com> <p1@example.com>\n\n> quoted\n", text);
    }

    [Fact]
    public void ARecalledDraftTakesMuttsRecallHeadersAsTheAnsweredIdsAndTheFccNotAsHeaders()
    {
        byte[] raw = Encoding.ASCII.GetBytes("From: me@example.org\nTo: alice@example.org\nSubject: Re: x\n"
            + "In-Reply-To: <orig-1@example.org>\nX-Mutt-References: <orig-1@example.org>\nX-Mutt-Fcc: =sent\n\nText.\n");

        Assert.True(DraftReader.TryRead(raw, out var draft, out string error), error);

        Assert.Equal(["orig-1@example.org"], draft.Answers);
        Assert.Equal("=sent", draft.Fcc);
        Assert.Empty(draft.ExtraHeaders);
    }

    [Fact]
    public void AnEmptyXMuttFccMeansNoCopyAndItsAbsenceTheDefault()
    {
        Assert.True(DraftReader.TryRead(Encoding.ASCII.GetBytes("To: a@example.org\nX-Mutt-Fcc: \n\nx\n"), out var none, out _));
        Assert.True(DraftReader.TryRead(Encoding.ASCII.GetBytes("To: a@example.org\n\nx\n"), out var record, out _));

        Assert.Equal("", none.Fcc);
        Assert.Null(record.Fcc);
    }

    [Fact]
    public void HeadersChangedInTheEditorReplaceTheDraftsAndRemovedOnesAreGone()
    {
        var draft = Reply();
        draft.ExtraHeaders.Add(new("X-Old", "gone"));

        bool ok = DraftReader.TryApplyEditedFile(draft,
            "From: Me <me@example.org>\nTo: bob@example.com,\n  carol@example.com\nBcc: dan@example.com\nSubject: Re: plan (v2)\n"
            + "X-Mood: fine\nIn-Reply-To: <p1@example.com>\n\nNew text.\n", out string error);

        Assert.True(ok, error);
        Assert.Equal(["bob@example.com", "carol@example.com"], draft.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("dan@example.com", Assert.Single(draft.Bcc.Mailboxes).Address);
        Assert.Equal("Re: plan (v2)", draft.Subject);
        Assert.Equal(new KeyValuePair<string, string>("X-Mood", "fine"), Assert.Single(draft.ExtraHeaders));
        Assert.Empty(draft.References);
        Assert.Equal("New text.\n", draft.Body);
    }

    [Fact]
    public void AnAttachHeaderAttachesTheFileWithItsDescription()
    {
        var draft = Reply();

        Assert.True(DraftReader.TryApplyEditedFile(draft, "To: a@example.com\nAttach: /etc/hostname The host name\n\nx\n", out _));

        var attachment = Assert.Single(draft.Attachments);
        Assert.Equal("/etc/hostname", attachment.Path);
        Assert.Equal("The host name", attachment.Description);
    }

    [Theory]
    [InlineData("To: a@example.com\nthis is not a header\n\nbody\n", "line 2: expected a header (Name: value) or a blank line before the text")]
    [InlineData("To: a@example.com\nCc: <<<\n\nbody\n", "line 2: Cc: bad address syntax: <<<")]
    public void AMalformedHeaderLineIsReportedByLineAndTheDraftIsKept(string text, string expected)
    {
        var draft = Reply();

        Assert.False(DraftReader.TryApplyEditedFile(draft, text, out string error));
        Assert.Equal(expected, error);
        Assert.Equal("alice@example.com", Assert.Single(draft.To.Mailboxes).Address);
        Assert.Equal("> quoted\n", draft.Body);
    }

    [Fact]
    public async Task APostponedMessageIsReadBackWithItsBccThreadingAndAttachments()
    {
        var draft = Reply();
        draft.Bcc.Add(new MailboxAddress("", "secret@example.com"));
        draft.Attachments.Add(DraftAttachment.FromContent(Encoding.UTF8.GetBytes("a,b\n"), "text/csv", "data.csv"));
        var writer = new DraftWriter(new ComposeSettings { Hostname = "example.org" });
        writer.Finish(draft);
        using var buffer = new MemoryStream();
        await writer.WriteAsync(draft, DraftWriteMode.Postpone, buffer);

        Assert.True(DraftReader.TryRead(buffer.ToArray(), out var recalled, out string error), error);

        Assert.Equal("secret@example.com", Assert.Single(recalled.Bcc.Mailboxes).Address);
        Assert.Equal(["p0@example.com", "p1@example.com"], recalled.References);
        Assert.Equal(["p1@example.com"], recalled.InReplyTo);
        Assert.Equal(draft.MessageId, recalled.MessageId);
        Assert.Equal("> quoted\n", recalled.Body);
        var attachment = Assert.Single(recalled.Attachments);
        Assert.Equal("text/csv", attachment.ContentType);
        Assert.Equal("data.csv", attachment.FileName);
        Assert.Equal("a,b\n", Encoding.UTF8.GetString(attachment.Content!));
        Assert.Empty(recalled.ExtraHeaders);
    }

    private static Draft Reply()
    {
        var draft = new Draft { Kind = DraftKind.Reply, Subject = "Re: plan", Body = "> quoted\n" };
        draft.From.Add(new MailboxAddress("Me", "me@example.org"));
        draft.To.Add(new MailboxAddress("", "alice@example.com"));
        draft.InReplyTo.Add("p1@example.com");
        draft.References.AddRange(["p0@example.com", "p1@example.com"]);
        return draft;
    }
}
