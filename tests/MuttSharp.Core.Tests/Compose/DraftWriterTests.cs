using System.Text;
using MimeKit;
using MuttSharp.Core.Compose;

namespace MuttSharp.Core.Tests.Compose;

public sealed class DraftWriterTests
{
    private static readonly ComposeSettings Settings = new()
    {
        Hostname = "example.org",
        UserName = "me",
        From = new MailboxAddress("Me Myself", "me@example.org"),
    };

    [Fact]
    public async Task ABounceIsTheOriginalUnderResentHeadersAsMuttSendsIt()
    {
        using var fixture = await ComposeFixture.LoadAsync("bounce");
        var original = ComposeFixture.Original("list.eml");

        var bounce = new DraftWriter(fixture.Settings).Bounce(original, [new MailboxAddress("", "carol@example.com")]);

        string expected = File.ReadAllText(ComposeFixture.TestData("bounce.expected.eml"), Encoding.Latin1);
        Assert.Equal(ComposeFixture.Normalize(expected), ComposeFixture.Normalize(Encoding.Latin1.GetString(bounce.Content)));
        Assert.Equal(["carol@example.com"], bounce.Recipients);
        Assert.Equal("me@example.org", bounce.Sender);
    }

    [Fact]
    public async Task BccIsNeverInWhatRecipientsGetButIsKeptInTheSentCopy()
    {
        var draft = Draft("Hi", "body\n");
        draft.Bcc.Add(new MailboxAddress("Secret", "carol@example.com"));
        var writer = new DraftWriter(Settings);
        writer.Finish(draft);

        var outgoing = await writer.ToOutgoingAsync(draft);
        string sent = Encoding.UTF8.GetString(outgoing.Content);
        string record = await WriteAsync(draft, DraftWriteMode.Fcc);

        Assert.DoesNotContain("carol", sent);
        Assert.Contains("carol@example.com", outgoing.Recipients);
        Assert.Contains("\nBcc: Secret <carol@example.com>\n", record);
    }

    [Fact]
    public async Task PlainAsciiTextIsUsAsciiWithNoTransferEncodingHeader()
    {
        string sent = await WriteAsync(Draft("Hi", "plain text\n"));

        Assert.Contains("Content-Type: text/plain; charset=us-ascii\n", sent);
        Assert.DoesNotContain("Content-Transfer-Encoding", sent);
        Assert.EndsWith("\n\nplain text\n", sent);
    }

    [Fact]
    public async Task EightBitTextIsQuotedPrintableWithoutAllow8Bit()
    {
        var writer = new DraftWriter(Settings with { Allow8Bit = false, SendCharsets = ["utf-8"] });
        var draft = Draft("Hi", "caf\u00e9\n");
        writer.Finish(draft);
        using var buffer = new MemoryStream();
        await writer.WriteAsync(draft, DraftWriteMode.Send, buffer);
        string sent = Encoding.ASCII.GetString(buffer.ToArray());

        Assert.Contains("Content-Type: text/plain; charset=utf-8\n", sent);
        Assert.Contains("Content-Transfer-Encoding: quoted-printable\n", sent);
        Assert.EndsWith("\n\ncaf=C3=A9\n", sent);
    }

    [Fact]
    public void TheCharsetIsTheFirstOfSendCharsetThatHoldsTheText()
    {
        var writer = new DraftWriter(Settings);

        Assert.Equal("us-ascii", writer.ChooseCharset("abc").WebName);
        Assert.Equal("iso-8859-1", writer.ChooseCharset("caf\u00e9").WebName);
        Assert.Equal("utf-8", writer.ChooseCharset("\u2014").WebName);
    }

    [Fact]
    public async Task AnAttachmentFollowsTheTextWithItsTypeDescriptionAndName()
    {
        string file = Path.Combine(Path.GetTempPath(), $"muttsharp-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF]);
        try
        {
            var draft = Draft("Report", "See attached.\n");
            var attachment = DraftAttachment.FromFile(file);
            attachment.Description = "The report";
            draft.Attachments.Add(attachment);

            string sent = await WriteAsync(draft);
            var parsed = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(sent)));

            var parts = parsed.BodyParts.OfType<MimePart>().ToArray();
            Assert.Equal(2, parts.Length);
            Assert.Equal("application/pdf", parts[1].ContentType.MimeType);
            Assert.Equal("The report", parts[1].ContentDescription);
            Assert.Equal(Path.GetFileName(file), parts[1].FileName);
            Assert.True(parts[1].IsAttachment);
            Assert.Equal(ContentEncoding.Base64, parts[1].ContentTransferEncoding);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void TheDefaultFromIsRealnameAtUserAtHostnameWhenFromIsUnset()
    {
        var writer = new DraftWriter(new ComposeSettings { Hostname = "host.example", UserName = "ann", RealName = "Ann Smith" });
        var draft = Draft("Hi", "x\n");
        draft.To.Add(new MailboxAddress("", "bob"));
        writer.Finish(draft);

        Assert.Equal("\"Ann Smith\" <ann@host.example>", draft.From.ToString());
        Assert.Equal("bob@host.example", draft.To.Mailboxes.Last().Address);
        Assert.EndsWith("@host.example", draft.MessageId);
    }

    [Fact]
    public async Task OnlyTheLastTenReferencesAreWritten()
    {
        var draft = Draft("Re: long thread", "x\n");
        draft.References.AddRange(Enumerable.Range(1, 12).Select(i => $"m{i}@example.org"));

        string sent = await WriteAsync(draft);

        Assert.DoesNotContain("<m2@example.org>", sent);
        Assert.Contains("References: <m3@example.org>\n <m4@example.org>\n", sent);
    }

    [Fact]
    public async Task APostponedReplyRecordsTheMessageItAnswersAndItsFccAsMuttDoes()
    {
        var original = new MuttSharp.Core.Model.Message(0, "", new MuttSharp.Core.Model.MessageSummary { MessageId = "orig-1@example.org" }, MuttSharp.Core.Model.MessageFlags.Seen);
        var draft = new Draft { Kind = DraftKind.Reply, Originals = [original], Subject = "Re: Quarterly report", Body = "Fine.\n", Fcc = "=sent" };
        draft.To.Add(new MailboxAddress("Alice", "alice@example.org"));
        draft.Answers.Add("elsewhere@example.org");

        string postponed = await WriteAsync(draft, DraftWriteMode.Postpone);
        string sent = await WriteAsync(draft, DraftWriteMode.Send);

        // The two lines Mutt 2.2.12 wrote at the end of the headers when it postponed a reply to <orig-1@example.org>.
        Assert.Contains("\nX-Mutt-References: <orig-1@example.org> <elsewhere@example.org>\nX-Mutt-Fcc: =sent\n\n", postponed);
        Assert.DoesNotContain("X-Mutt-", sent);
    }

    [Fact]
    public async Task APostponedForwardOrNewMessageRecordsNoAnsweredMessage()
    {
        var original = new MuttSharp.Core.Model.Message(0, "", new MuttSharp.Core.Model.MessageSummary { MessageId = "orig-1@example.org" }, MuttSharp.Core.Model.MessageFlags.Seen);
        var draft = new Draft { Kind = DraftKind.Forward, Originals = [original], Subject = "Fwd: x", Body = "x\n" };

        string postponed = await WriteAsync(draft, DraftWriteMode.Postpone);

        Assert.DoesNotContain("X-Mutt-References", postponed);
        Assert.DoesNotContain("X-Mutt-Fcc", postponed);
    }

    private static Draft Draft(string subject, string body)
    {
        var draft = new Draft { Subject = subject, Body = body };
        draft.To.Add(new MailboxAddress("Alice", "alice@example.com"));
        return draft;
    }

    private static async Task<string> WriteAsync(Draft draft, DraftWriteMode mode = DraftWriteMode.Send)
    {
        var writer = new DraftWriter(Settings);
        writer.Finish(draft);
        using var buffer = new MemoryStream();
        await writer.WriteAsync(draft, mode, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
