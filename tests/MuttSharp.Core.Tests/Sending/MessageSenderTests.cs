using System.Text;
using MimeKit;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;
using MuttSharp.Core.Sending;

namespace MuttSharp.Core.Tests.Sending;

public sealed class MessageSenderTests : IDisposable
{
    private static readonly ComposeSettings Compose = new() { Hostname = "example.org", UserName = "me", From = new MailboxAddress("Me", "me@example.org") };
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-send").FullName;

    private SendSettings Settings => new()
    {
        Record = Path.Combine(root, "sent"),
        Postponed = Path.Combine(root, "postponed"),
        NewFolderFormat = MailboxFormat.Maildir,
        Hostname = "example.org",
    };

    [Fact]
    public async Task ASentReplyIsSubmittedWithoutBccCopiedToRecordAsReadAndItsOriginalMarkedReplied()
    {
        var original = await OriginalInMaildirAsync();
        var draft = await new MessageComposer(Compose).ReplyAsync([original], DraftKind.Reply);
        draft.Bcc.Add(new MailboxAddress("", "hidden@example.com"));
        var submitter = new RecordingSubmitter();

        var outcome = await new MessageSender(submitter, new DraftWriter(Compose), Settings).SendAsync(draft);

        Assert.True(outcome.Sent, outcome.Message);
        Assert.Equal("Mail sent.", outcome.Message);
        var sent = Assert.Single(submitter.Submitted);
        Assert.Equal(["alice@example.com", "hidden@example.com"], sent.Recipients);
        Assert.Equal("me@example.org", sent.Sender);
        Assert.DoesNotContain("hidden", Encoding.UTF8.GetString(sent.Content));
        string copy = Assert.Single(Directory.GetFiles(Path.Combine(root, "sent", "cur")));
        Assert.EndsWith(":2,S", copy);
        Assert.Contains("Bcc: hidden@example.com", File.ReadAllText(copy));
        Assert.Equal(MessageFlags.Replied | MessageFlags.Seen, original.Message.Flags);
        Assert.EndsWith(":2,RS", original.Message.Path);
        Assert.True(File.Exists(original.Message.Path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WriteBccDecidesWhetherTheSubmittedMessageHasBccWhileTheEnvelopeAndTheFccAlwaysDo(bool writeBcc)
    {
        var draft = new Draft { Subject = "Hidden", Body = "Text.\n" };
        draft.To.Add(new MailboxAddress("", "alice@example.com"));
        draft.Bcc.Add(new MailboxAddress("", "boss@example.com"));
        var submitter = new RecordingSubmitter();

        var outcome = await new MessageSender(submitter, new DraftWriter(Compose), Settings with { WriteBcc = writeBcc }).SendAsync(draft);

        Assert.True(outcome.Sent, outcome.Message);
        var sent = Assert.Single(submitter.Submitted);
        Assert.Equal(["alice@example.com", "boss@example.com"], sent.Recipients);
        Assert.Equal(writeBcc, Encoding.UTF8.GetString(sent.Content).Contains("\nBcc: boss@example.com\n"));
        Assert.Contains("\nBcc: boss@example.com\n", File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(root, "sent", "cur")))));
    }

    [Fact]
    public async Task AForwardMarksItsOriginalPassed()
    {
        var original = await OriginalInMaildirAsync();
        var draft = await new MessageComposer(Compose).ForwardAsync([original]);
        draft.To.Add(new MailboxAddress("", "carol@example.com"));

        var outcome = await new MessageSender(new RecordingSubmitter(), new DraftWriter(Compose), Settings).SendAsync(draft);

        Assert.True(outcome.Sent);
        Assert.Equal(MessageFlags.Passed | MessageFlags.Seen, original.Message.Flags);
    }

    [Fact]
    public async Task ARefusedMessageIsPostponedWithTheReasonAndCanBeRecalledWhole()
    {
        var draft = new Draft { Subject = "Important", Body = "Do not lose me.\n" };
        draft.To.Add(new MailboxAddress("", "alice@example.com"));
        draft.Bcc.Add(new MailboxAddress("", "boss@example.com"));
        var sender = new MessageSender(new RecordingSubmitter("connection refused"), new DraftWriter(Compose), Settings);

        var outcome = await sender.SendAsync(draft);

        Assert.False(outcome.Sent);
        Assert.Equal("Sending through the test queue failed: connection refused; the message was postponed", outcome.Message);
        Assert.NotNull(outcome.KeptAt);
        Assert.False(Directory.Exists(Path.Combine(root, "sent")));
        Assert.Equal(1, sender.Postponed.Count());
        var (recalled, error) = await sender.Postponed.RecallAsync(outcome.KeptAt!);
        Assert.Equal("", error);
        Assert.Equal("Important", recalled!.Subject);
        Assert.Equal("Do not lose me.\n", recalled.Body);
        Assert.Equal("boss@example.com", Assert.Single(recalled.Bcc.Mailboxes).Address);
        Assert.Equal(outcome.KeptAt, recalled.PostponedPath);
        Assert.Equal(1, sender.Postponed.Count());
    }

    [Fact]
    public async Task AMessageWithoutRecipientsIsNotSent()
    {
        var submitter = new RecordingSubmitter();

        var outcome = await new MessageSender(submitter, new DraftWriter(Compose), Settings).SendAsync(new Draft { Subject = "x" });

        Assert.False(outcome.Sent);
        Assert.Equal("No recipients were specified.", outcome.Message);
        Assert.Empty(submitter.Submitted);
    }

    [Fact]
    public async Task AnInjectedHeaderIsRefusedBeforeAnythingIsSubmitted()
    {
        var draft = new Draft { Subject = "hi\nBcc: evil@example.com" };
        draft.To.Add(new MailboxAddress("", "alice@example.com"));
        var submitter = new RecordingSubmitter();

        var outcome = await new MessageSender(submitter, new DraftWriter(Compose), Settings).SendAsync(draft);

        Assert.False(outcome.Sent);
        Assert.StartsWith("Subject: line break", outcome.Message);
        Assert.Empty(submitter.Submitted);
    }

    [Fact]
    public async Task TheRecordCopyGoesIntoAnMboxFileWhenRecordIsOne()
    {
        string mbox = Path.Combine(root, "sent-mbox");
        await File.WriteAllTextAsync(mbox, "");
        var draft = new Draft { Subject = "x", Body = "From the start\n" };
        draft.To.Add(new MailboxAddress("", "alice@example.com"));

        var outcome = await new MessageSender(new RecordingSubmitter(), new DraftWriter(Compose), Settings with { Record = mbox }).SendAsync(draft);

        Assert.True(outcome.Sent);
        string text = await File.ReadAllTextAsync(mbox);
        Assert.StartsWith("From me@example.org ", text);
        Assert.Contains("\n\n>From the start\n\n", text);
    }

    [Fact]
    public async Task ABounceIsSubmittedAndMarksTheOriginalPassed()
    {
        var original = await OriginalInMaildirAsync();
        var writer = new DraftWriter(Compose);
        var bounce = writer.Bounce(original, [new MailboxAddress("", "carol@example.com")]);
        var submitter = new RecordingSubmitter();

        var outcome = await new MessageSender(submitter, writer, Settings).BounceAsync(original, bounce);

        Assert.True(outcome.Sent);
        Assert.Equal("Message bounced.", outcome.Message);
        Assert.StartsWith("Resent-From: Me <me@example.org>\n", Encoding.UTF8.GetString(Assert.Single(submitter.Submitted).Content));
        Assert.Equal(MessageFlags.Passed | MessageFlags.Seen, original.Message.Flags);
    }

    [Fact]
    public async Task APostponedReplyRecalledAndSentMarksItsOriginalRepliedAsMuttDoes()
    {
        var original = await OriginalInMaildirAsync();
        var reply = await new MessageComposer(Compose).ReplyAsync([original], DraftKind.Reply);
        var sender = new MessageSender(new RecordingSubmitter(), new DraftWriter(Compose), Settings);
        string file = await sender.Postponed.PostponeAsync(reply);

        var (recalled, _) = await sender.Postponed.RecallAsync(file);
        Assert.Equal(DraftKind.New, recalled!.Kind);
        // The folder read again, as a later session would have it: the original found by its Message-ID.
        var folder = await new MuttSharp.Core.Mailboxes.MailboxLoader().OpenAsync(Path.Combine(root, "inbox"), null);
        Assert.True(recalled.LinkAnswered(folder.Messages));
        var outcome = await sender.SendAsync(recalled);

        Assert.True(outcome.Sent, outcome.Message);
        Assert.EndsWith(":2,RS", Assert.Single(Directory.GetFiles(Path.Combine(root, "inbox", "cur"))));
    }

    [Fact]
    public async Task TheFccOfAPostponedDraftIsKeptForWhenItIsSent()
    {
        var draft = new Draft { Subject = "Minutes", Body = "Text.\n", Fcc = Path.Combine(root, "minutes") };
        draft.To.Add(new MailboxAddress("", "bob@example.com"));
        var sender = new MessageSender(new RecordingSubmitter(), new DraftWriter(Compose), Settings);
        var (recalled, _) = await sender.Postponed.RecallAsync(await sender.Postponed.PostponeAsync(draft));

        Assert.True((await sender.SendAsync(recalled!)).Sent);

        Assert.Single(Directory.GetFiles(Path.Combine(root, "minutes", "cur")));
        Assert.False(Directory.Exists(Path.Combine(root, "sent")));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private async Task<OriginalMessage> OriginalInMaildirAsync()
    {
        string inbox = Path.Combine(root, "inbox");
        MaildirWriter.EnsureMaildir(inbox);
        string path = Path.Combine(inbox, "cur", "1000.M1P1.host:2,S");
        await File.WriteAllTextAsync(path, "From: Alice <alice@example.com>\nTo: me@example.org\nSubject: Plan\nMessage-ID: <p1@example.com>\n\nHello\n");
        var raw = await File.ReadAllBytesAsync(path);
        var summary = new MuttSharp.Core.Summaries.SummaryReader().Parse(raw, raw.Length, DateTimeOffset.UnixEpoch);
        return OriginalMessage.Parse(raw, new Message(0, path, summary, MessageFlags.Seen));
    }
}
