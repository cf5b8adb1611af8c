using System.Text;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Tests.Maildir;

public sealed class MaildirStoreTests : IDisposable
{
    private const string Unique = "1700000000.V801I1M1.host";
    private readonly string maildir = Directory.CreateTempSubdirectory("muttsharp-store-").FullName;
    private readonly MaildirStore store;

    public MaildirStoreTests()
    {
        MaildirWriter.EnsureMaildir(maildir);
        store = new MaildirStore(maildir);
    }

    public void Dispose() => Directory.Delete(maildir, recursive: true);

    private Message Deliver(string sub = "new", string info = "")
    {
        string path = Path.Combine(maildir, sub, Unique + info);
        File.WriteAllText(path, "Subject: x\n\nbody\n");
        var flags = MaildirStore.FlagsOnDisk(path, out string extra);
        return new Message(0, path, new MessageSummary(), flags, extra);
    }

    private string[] FilesOfTheMessage()
        => Directory.GetFiles(maildir, Unique + "*", SearchOption.AllDirectories);

    [Fact]
    public void SeeingANewMessageMovesItToCurWithTheSFlag()
    {
        var message = Deliver();

        Assert.True(store.TrySetFlags(message, message.Flags | MessageFlags.Seen, out string error), error);

        Assert.Equal(Path.Combine(maildir, "cur", Unique + ":2,S"), message.Path);
        Assert.Equal(MessageFlags.Seen, message.Flags);
        Assert.Equal([message.Path], FilesOfTheMessage());
    }

    [Fact]
    public void FlagRoundTripsKeepUnknownLettersAndSortThem()
    {
        var message = Deliver("cur", ":2,Sa");

        Assert.True(store.TrySetFlags(message, MessageFlags.Seen | MessageFlags.Flagged | MessageFlags.Replied, out _));
        Assert.EndsWith(":2,FRSa", message.Path);
        Assert.True(store.TrySetFlags(message, MessageFlags.None, out _));
        Assert.EndsWith(":2,a", message.Path);
        Assert.Equal(MessageFlags.None, MaildirStore.FlagsOnDisk(message.Path, out string extra));
        Assert.Equal("a", extra);
        Assert.Single(FilesOfTheMessage());
    }

    [Fact]
    public void ANewMessageThatIsOnlyMarkedOldMovesToCurWithAnEmptyInfo()
    {
        var message = Deliver();

        Assert.True(store.TrySetFlags(message, MessageFlags.None, out _));

        Assert.Equal(Path.Combine(maildir, "cur", Unique + ":2,"), message.Path);
        Assert.True(message.IsOld);
    }

    [Fact]
    public void AFileRenamedByAnotherProgramIsFoundAgainByItsUniquePart()
    {
        var message = Deliver();
        // Another reader saw it meanwhile and moved it to cur/ with its own flags.
        File.Move(message.Path, Path.Combine(maildir, "cur", Unique + ":2,S"));

        Assert.True(store.TrySetFlags(message, MessageFlags.Seen | MessageFlags.Flagged, out string error), error);

        Assert.Equal([Path.Combine(maildir, "cur", Unique + ":2,FS")], FilesOfTheMessage());
        Assert.Equal("Subject: x\n\nbody\n", File.ReadAllText(message.Path));
    }

    [Fact]
    public async Task RenamesRacingAnotherProgramNeverLoseOrDuplicateTheMessage()
    {
        var message = Deliver("cur", ":2,S");
        using var stop = new CancellationTokenSource();
        // The other program toggles the flagged letter as fast as it can, chasing the file as we do.
        var other = Task.Run(() =>
        {
            var theirs = new MaildirStore(maildir);
            var view = new Message(0, message.Path, new MessageSummary(), MessageFlags.Seen);
            while (!stop.IsCancellationRequested)
                theirs.TrySetFlags(view, view.Flags ^ MessageFlags.Flagged, out _);
        });
        int succeeded = 0;
        for (int i = 0; i < 300; i++)
        {
            if (store.TrySetFlags(message, MessageFlags.Seen | (i % 2 == 0 ? MessageFlags.Replied : MessageFlags.None), out _))
                succeeded++;
        }
        await stop.CancelAsync();
        await other;

        // Only once both have stopped: a directory listing taken during renames may see a name twice.
        Assert.True(succeeded > 0);
        Assert.True(store.TrySetFlags(message, MessageFlags.Seen | MessageFlags.Passed, out string error), error);
        Assert.Equal([Path.Combine(maildir, "cur", Unique + ":2,PS")], FilesOfTheMessage());
        Assert.Equal("Subject: x\n\nbody\n", File.ReadAllText(message.Path));
    }

    [Fact]
    public void AMessageThatVanishedIsAnErrorNotAnException()
    {
        var message = Deliver();
        File.Delete(message.Path);

        Assert.False(store.TrySetFlags(message, MessageFlags.Seen, out string error));
        Assert.Contains("disappeared", error);
    }

    [Fact]
    public void DeletingRemovesTheFileEvenAfterAConcurrentRename()
    {
        var message = Deliver();
        File.Move(message.Path, Path.Combine(maildir, "cur", Unique + ":2,S"));

        Assert.True(store.TryDelete(message, out string error), error);

        Assert.Empty(FilesOfTheMessage());
        Assert.Empty(Directory.GetFiles(Path.Combine(maildir, "tmp")));
    }

    [Fact]
    public void DeletingAMessageSomeoneElseExpungedSucceeds()
    {
        var message = Deliver();
        File.Delete(message.Path);

        Assert.True(store.TryDelete(message, out _));
    }

    [Fact]
    public void SyncUnlinksDeletedMessagesRenamesChangedOnesAndRenumbers()
    {
        var paths = new[] { "1.a.host:2,S", "2.a.host:2,", "3.a.host:2,S" }
            .Select(n => Path.Combine(maildir, "cur", n)).ToArray();
        foreach (string p in paths)
            File.WriteAllBytes(p, Encoding.ASCII.GetBytes("x"));
        var messages = paths.Select((p, i) => new Message(i, p, new MessageSummary(), MaildirStore.FlagsOnDisk(p, out _))).ToArray();
        messages[0].Deleted = true;
        messages[1].Flags |= MessageFlags.Seen | MessageFlags.Flagged;
        var mailbox = new Mailbox(maildir, MailboxFormat.Maildir, messages);

        var result = store.Sync(mailbox);

        Assert.Equal(1, result.Deleted);
        Assert.Equal(1, result.Renamed);
        Assert.Empty(result.Errors);
        Assert.Equal(["2.a.host:2,FS", "3.a.host:2,S"], Directory.GetFiles(Path.Combine(maildir, "cur")).Select(Path.GetFileName).Order());
        Assert.Equal([0, 1], result.Mailbox.Messages.Select(m => m.Number));
        Assert.EndsWith("2.a.host:2,FS", result.Mailbox.Messages[0].Path);
    }

    [Fact]
    public void SyncWithMaildirTrashSetsTheTFlagInsteadOfUnlinking()
    {
        var message = Deliver("cur", ":2,S");
        message.Deleted = true;

        var result = store.Sync(new Mailbox(maildir, MailboxFormat.Maildir, [message]), maildirTrash: true);

        Assert.Equal(0, result.Deleted);
        Assert.Equal([Path.Combine(maildir, "cur", Unique + ":2,ST")], FilesOfTheMessage());
        Assert.True(result.Mailbox.Messages[0].Deleted);
    }

    [Fact]
    public void UndeletingATrashedMessageClearsTheTFlagOnSync()
    {
        var message = Deliver("cur", ":2,ST");
        Assert.True(message.Deleted);
        message.Deleted = false;

        store.Sync(new Mailbox(maildir, MailboxFormat.Maildir, [message]));

        Assert.Equal([Path.Combine(maildir, "cur", Unique + ":2,S")], FilesOfTheMessage());
    }

    [Fact]
    public void AReadOnlyMailboxIsNotSynced()
    {
        var message = Deliver();
        message.Deleted = true;

        var result = store.Sync(new Mailbox(maildir, MailboxFormat.Maildir, [message], readOnly: true));

        Assert.Single(result.Errors);
        Assert.Single(FilesOfTheMessage());
    }
}
