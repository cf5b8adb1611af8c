using MimeKit;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Model;
using MuttSharp.Core.Sending;

namespace MuttSharp.Core.Tests.Sending;

/// <summary>A recalled draft leaves <c>$postponed</c> only when it is sent or postponed again.</summary>
public sealed class PostponedStoreTests : IDisposable
{
    private static readonly ComposeSettings Compose = new() { Hostname = "example.org", UserName = "me", From = new MailboxAddress("Me", "me@example.org") };
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-postponed").FullName;

    private string Folder => Path.Combine(root, "postponed");

    private MessageSender Sender(IMessageSubmitter submitter) =>
        new(submitter, new DraftWriter(Compose), new SendSettings { Postponed = Folder, NewFolderFormat = MailboxFormat.Maildir, Hostname = "example.org" });

    [Fact]
    public async Task ARecalledDraftStaysPostponedUntilItIsSent()
    {
        var sender = Sender(new RecordingSubmitter());
        string file = await sender.Postponed.PostponeAsync(Draft("Later"));

        var (recalled, error) = await sender.Postponed.RecallAsync(file);
        Assert.Equal("", error);
        Assert.True(File.Exists(file));
        Assert.Equal(1, sender.Postponed.Count());

        var outcome = await sender.SendAsync(recalled!);

        Assert.True(outcome.Sent, outcome.Message);
        Assert.Empty(outcome.Warnings!);
        Assert.False(File.Exists(file));
        Assert.Equal(0, sender.Postponed.Count());
    }

    [Fact]
    public async Task PostponingARecalledDraftAgainReplacesItsFile()
    {
        var sender = Sender(new RecordingSubmitter());
        string file = await sender.Postponed.PostponeAsync(Draft("First version"));
        var (recalled, _) = await sender.Postponed.RecallAsync(file);
        recalled!.Body = "Second version.\n";

        string again = await sender.Postponed.PostponeAsync(recalled);

        Assert.False(File.Exists(file));
        Assert.Equal([again], Directory.GetFiles(Path.Combine(Folder, "cur")));
        Assert.Contains("Second version.", File.ReadAllText(again));
        Assert.Equal(again, recalled.PostponedPath);
    }

    [Fact]
    public async Task ARecalledDraftThatFailsToSendIsKeptOnceNotTwice()
    {
        var sender = Sender(new RecordingSubmitter("connection refused"));
        string file = await sender.Postponed.PostponeAsync(Draft("Retry"));
        var (recalled, _) = await sender.Postponed.RecallAsync(file);

        var outcome = await sender.SendAsync(recalled!);

        Assert.False(outcome.Sent);
        Assert.Equal([outcome.KeptAt!], Directory.GetFiles(Path.Combine(Folder, "cur")));
    }

    [Fact]
    public async Task ADraftRenamedByAnotherReaderIsStillFoundAndRemoved()
    {
        var sender = Sender(new RecordingSubmitter());
        string file = await sender.Postponed.PostponeAsync(Draft("Moved"));
        var (recalled, _) = await sender.Postponed.RecallAsync(file);
        File.Move(file, file.Replace(":2,DS", ":2,DFS", StringComparison.Ordinal));

        Assert.Null(await PostponedStore.ForgetAsync(recalled!));

        Assert.Equal(0, sender.Postponed.Count());
        Assert.Null(recalled!.PostponedPath);
    }

    [Fact]
    public async Task AnUnreadableDraftIsReportedAndLeftInPlace()
    {
        var sender = Sender(new RecordingSubmitter());
        string missing = Path.Combine(Folder, "cur", "nothing-here:2,DS");

        var (draft, error) = await sender.Postponed.RecallAsync(missing);

        Assert.Null(draft);
        Assert.StartsWith(missing, error);
    }

    [Fact]
    public async Task AnMboxPostponedFolderTakesDraftsAndLetsGoOfTheOneSentOnly()
    {
        var sender = MboxSender(new RecordingSubmitter());
        Assert.Equal(Folder, await sender.Postponed.PostponeAsync(Draft("First")));
        await sender.Postponed.PostponeAsync(Draft("Second"));
        Assert.StartsWith("From me@example.org ", File.ReadAllText(Folder));

        var (recalled, error) = await sender.Postponed.RecallAsync(MboxDrafts()[0]);
        Assert.Equal("", error);
        Assert.Equal("First", recalled!.Subject);
        // Someone else postpones meanwhile: appended under the lock, it survives the rewrite.
        await sender.Postponed.PostponeAsync(Draft("Third"));
        Assert.True((await sender.SendAsync(recalled)).Sent);

        Assert.Equal(["Second", "Third"], MboxDrafts().Select(m => m.Summary.Subject));
        Assert.Null(recalled.PostponedPath);
    }

    [Fact]
    public async Task AnMboxDraftPostponedAgainReplacesItsOldCopy()
    {
        var sender = MboxSender(new RecordingSubmitter());
        await sender.Postponed.PostponeAsync(Draft("Plan"));
        var (recalled, _) = await sender.Postponed.RecallAsync(MboxDrafts()[0]);
        recalled!.Body = "Second version.\n";

        await sender.Postponed.PostponeAsync(recalled);

        var left = Assert.Single(MboxDrafts());
        Assert.Contains("Second version.", File.ReadAllText(Folder));
        Assert.Equal("Plan", left.Summary.Subject);
    }

    [Fact]
    public async Task AnMboxDraftAlreadyGoneIsNoError()
    {
        var sender = MboxSender(new RecordingSubmitter());
        await sender.Postponed.PostponeAsync(Draft("Gone"));
        var (recalled, _) = await sender.Postponed.RecallAsync(MboxDrafts()[0]);
        File.WriteAllText(Folder, "");

        Assert.Null(await PostponedStore.ForgetAsync(recalled!));
    }

    // An mbox $postponed is one that exists as a file (empty here); a missing one is made a Maildir.
    private MessageSender MboxSender(IMessageSubmitter submitter)
    {
        if (!File.Exists(Folder))
            File.WriteAllText(Folder, "");
        return new(submitter, new DraftWriter(Compose), new SendSettings { Postponed = Folder, Hostname = "example.org" });
    }

    private List<Message> MboxDrafts() =>
        [.. MuttSharp.Core.Mbox.MboxReader.Read(Folder, new MuttSharp.Core.Summaries.SummaryReader(), new List<MailboxError>())
            .Select((m, i) => new Message(i, Folder, m.Summary, m.Flags) { Offset = m.Offset })];

    private static Draft Draft(string subject)
    {
        var draft = new Draft { Subject = subject, Body = "Text.\n" };
        draft.To.Add(new MailboxAddress("", "alice@example.com"));
        return draft;
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
