using MuttSharp.Core.Config.Variables;
using MuttSharp.Core.Reading.Session;

namespace MuttSharp.Core.Tests.Reading.Session;

/// <summary>The operations that write: sync, save, pipe, quit, and new mail arriving.</summary>
public sealed partial class ReaderSessionTests
{
    [Fact]
    public async Task SyncRenamesFlagsAsMuttDoesAndRemovesDeletedMessages()
    {
        await folder.Set("unset resolve");
        var session = await folder.Open();
        session.MoveTo(2);
        session.MarkRead(session.Current!);
        session.MoveTo(1);
        await session.ToggleFlagAsync(MessageScope.Current);
        session.MoveTo(4);
        await session.DeleteAsync(MessageScope.Current);

        Assert.Equal(new SessionQuestion("delete", "Purge 1 deleted message?", QuadOption.AskYes), session.PurgeQuestion());
        var result = await session.SyncAsync(purge: true);

        Assert.Equal("4 kept, 1 deleted.", result.Message);
        Assert.Equal(
            ["cur/1709283600.M0P1.host.example:2,S", "cur/1709287200.M1P1.host.example:2,F",
             "cur/1709290800.M2P1.host.example:2,S", "cur/1709294400.M3P1.host.example:2,FS"],
            SessionFolder.Files(folder.Inbox));
        Assert.Equal(4, session.RowCount);
        Assert.False(session.Changed);
        Assert.Equal("Mailbox is unchanged.", (await session.SyncAsync()).Message);
    }

    [Fact]
    public async Task SyncWithoutPurgeKeepsDeletedMessagesMarked()
    {
        var session = await folder.Open();
        session.MoveTo(0);
        await session.DeleteAsync(MessageScope.Current);

        await session.SyncAsync(purge: false);

        Assert.Equal(5, SessionFolder.Files(folder.Inbox).Length);
        Assert.True(session.Mailbox.Messages[0].Deleted);
        Assert.Equal(1, session.DeletedCount);
    }

    [Fact]
    public async Task SyncMovesDeletedMessagesToTrashWhenSet()
    {
        string trash = Path.Combine(folder.Mail, "Trash");
        await folder.Set($"set trash={trash}");
        var session = await folder.Open();
        await session.DeleteAsync(MessageScope.Matching("~f bob"));

        await session.SyncAsync();

        Assert.Equal(4, SessionFolder.Files(folder.Inbox).Length);
        var trashed = Assert.Single(SessionFolder.Files(trash));
        Assert.StartsWith("cur/", trashed);
        Assert.EndsWith(":2,", trashed);
        Assert.Contains("Subject: Build failed", File.ReadAllText(Path.Combine(trash, trashed)));
    }

    [Fact]
    public async Task MaildirTrashKeepsDeletedMessagesWithTheTFlag()
    {
        await folder.Set("set maildir_trash");
        var session = await folder.Open();
        session.MoveTo(0);
        await session.DeleteAsync(MessageScope.Current);

        await session.SyncAsync();

        Assert.Contains("cur/1709283600.M0P1.host.example:2,ST", SessionFolder.Files(folder.Inbox));
        Assert.Equal(5, session.RowCount);
    }

    [Fact]
    public async Task ToggleWriteStopsWritingUntilToggledBack()
    {
        var session = await folder.Open();
        await session.DeleteAsync(MessageScope.Current);

        Assert.Equal("Changes to folder will not be written.", session.ToggleWrite().Message);
        Assert.True((await session.SyncAsync()).IsError);
        Assert.Equal(5, SessionFolder.Files(folder.Inbox).Length);
        Assert.True(session.Status().ReadOnly);
        Assert.Equal("Changes to folder will be written on folder exit.", session.ToggleWrite().Message);
        await session.SyncAsync();
        Assert.Equal(4, SessionFolder.Files(folder.Inbox).Length);
    }

    [Fact]
    public async Task SaveCopiesIntoAMaildirAndMarksTheOriginalDeleted()
    {
        var session = await folder.Open();
        session.MoveTo(0);
        Assert.Equal("=alice", session.DefaultSaveFolder());

        var target = session.PlanSave("=alice");
        Assert.Equal(new SessionQuestion("confirmcreate", "Create =alice?", QuadOption.AskYes), target.Question);
        Assert.False(target.Exists);
        var result = await session.SaveAsync(MessageScope.Current, target, SaveMode.Save);

        Assert.Equal("1 message written to =alice.", result.Message);
        string saved = Assert.Single(SessionFolder.Files(Path.Combine(folder.Mail, "alice")));
        Assert.EndsWith(":2,S", saved);
        Assert.True(session.Mailbox.Messages[0].Deleted);
        Assert.Equal(1, session.Cursor);

        var again = session.PlanSave("=alice");
        Assert.Equal("Append message to =alice?", again.Question!.Prompt);
    }

    [Fact]
    public async Task CopyLeavesTheOriginalsAndKeepsNewMailNew()
    {
        var session = await folder.Open();
        await session.TagAsync(MessageScope.Matching("~N"));

        var result = await session.SaveAsync(MessageScope.Tagged, session.PlanSave("+copies"), SaveMode.Copy);

        Assert.Equal("2 messages written to =copies.", result.Message);
        Assert.All(SessionFolder.Files(Path.Combine(folder.Mail, "copies")), f => Assert.StartsWith("new/", f));
        Assert.Equal(0, session.DeletedCount);
    }

    [Fact]
    public async Task DecodeSaveWritesPlainText()
    {
        string mime = "MIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nCaf=E9 cr=E8me\n";
        string full = folder.Add("Eve <eve@example.org>", "Encoded", info: ":2,S", body: mime);
        // The body given starts with MIME headers: join them to the header block.
        File.WriteAllText(full, File.ReadAllText(full).Replace("\n\nMIME-Version", "\nMIME-Version", StringComparison.Ordinal));
        var session = await folder.Open();
        await session.SearchAsync("~f eve");

        await session.SaveAsync(MessageScope.Current, session.PlanSave("=decoded"), SaveMode.DecodeCopy);

        string saved = Path.Combine(folder.Mail, "decoded", Assert.Single(SessionFolder.Files(Path.Combine(folder.Mail, "decoded"))));
        string text = File.ReadAllText(saved);
        Assert.Contains("Subject: Encoded", text);
        Assert.Contains("charset=utf-8", text);
        Assert.Contains("Café crème", text);
        Assert.DoesNotContain("quoted-printable", text);
    }

    [Fact]
    public async Task SaveAndCopyAppendToAnMboxFolderWithTheirStatus()
    {
        string mbox = Path.Combine(folder.Mail, "archive");
        File.WriteAllText(mbox, "From x@example.org Mon Jan  1 00:00:00 2024\nSubject: earlier\n\nHello\n\n");
        var session = await folder.Open();
        session.MoveTo(0);

        var saved = await session.SaveAsync(MessageScope.Current, session.PlanSave("=archive"), SaveMode.Save);
        await session.TagAsync(MessageScope.Matching("~N"));
        var copied = await session.SaveAsync(MessageScope.Tagged, session.PlanSave("=archive"), SaveMode.Copy);

        Assert.Equal("1 message written to =archive.", saved.Message);
        Assert.Equal("2 messages written to =archive.", copied.Message);
        Assert.True(session.Mailbox.Messages[0].Deleted);
        var messages = MuttSharp.Core.Mbox.MboxReader.Read(mbox, new MuttSharp.Core.Summaries.SummaryReader(), new List<MuttSharp.Core.Model.MailboxError>());
        Assert.Equal(4, messages.Count);
        Assert.Equal(session.Mailbox.Messages[0].Summary.Subject, messages[1].Summary.Subject);
        Assert.Equal(MuttSharp.Core.Model.MessageFlags.Seen, messages[1].Flags);
        Assert.All(messages.Skip(2), m => Assert.Equal(MuttSharp.Core.Model.MessageFlags.New, m.Flags));
    }

    [Fact]
    public async Task SavingIntoTheOpenFolderOrAReadOnlyOneIsRefused()
    {
        var session = await folder.Open();
        Assert.True((await session.SaveAsync(MessageScope.Current, session.PlanSave("=INBOX"), SaveMode.Save)).IsError);

        var readOnly = await folder.Open(readOnly: true);
        Assert.Equal("Mailbox is read-only.", (await readOnly.SaveAsync(MessageScope.Current, readOnly.PlanSave("=x"), SaveMode.Save)).Message);
        Assert.False((await readOnly.SaveAsync(MessageScope.Current, readOnly.PlanSave("=x"), SaveMode.Copy)).IsError);
    }

    [Fact]
    public async Task PipeSendsTheMessagesThroughTheShell()
    {
        string output = Path.Combine(folder.Home, "piped");
        await folder.Set("set pipe_sep=\"--sep--\\n\"");
        var session = await folder.Open();
        await session.TagAsync(MessageScope.Matching("~f alice"));

        var result = await session.PipeAsync(MessageScope.Tagged, $"cat >> '{output}'");

        Assert.False(result.IsError, result.Message);
        string text = File.ReadAllText(output);
        Assert.Equal(2, text.Split("--sep--\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Subject: Lunch", text);
        Assert.Contains("Subject: Budget", text);
    }

    [Fact]
    public async Task PipeSplitRunsTheCommandOncePerMessage()
    {
        string output = Path.Combine(folder.Home, "runs");
        await folder.Set("set pipe_split");
        var session = await folder.Open();
        await session.TagAsync(MessageScope.Matching("~f alice"));

        await session.PipeAsync(MessageScope.Tagged, $"echo run >> '{output}'; cat > /dev/null");

        Assert.Equal(["run", "run"], File.ReadAllLines(output));
        Assert.Equal("exit 3: exit status 3", (await session.PipeAsync(MessageScope.Current, "exit 3")).Message);
    }

    [Fact]
    public async Task PrintUsesPrintCommandAndAsksFirst()
    {
        string output = Path.Combine(folder.Home, "printed");
        await folder.Set($"set print_command=\"cat > '{output}'\"", "unset print_decode");
        var session = await folder.Open();

        Assert.Equal(new SessionQuestion("print", "Print message?", QuadOption.AskNo), session.PrintQuestion(MessageScope.Current));
        var result = await session.PrintAsync(MessageScope.Current);

        Assert.Equal("Message printed", result.Message);
        Assert.Contains("Subject: Re: Lunch", File.ReadAllText(output));
    }

    [Fact]
    public async Task QuitAsksAboutMovingReadMailFromTheSpoolAndPurging()
    {
        string mbox = Path.Combine(folder.Mail, "read");
        string trash = Path.Combine(folder.Mail, "trash");
        await folder.Set($"set mbox={mbox}", "set move=ask-yes", $"set trash={trash}");
        var session = await folder.Open();
        session.MoveTo(1);
        await session.DeleteAsync(MessageScope.Current);

        var plan = session.PlanQuit();

        Assert.Equal("Move read messages to =read?", plan.Move!.Prompt);
        Assert.Equal("Purge 1 deleted message?", plan.Purge!.Prompt);
        Assert.Equal(2, plan.QuestionsToAsk().Count());

        var result = await session.CloseAsync(moveRead: true, purge: true);

        Assert.Equal("2 kept, 2 moved, 1 deleted.", result.Message);
        Assert.Equal(2, SessionFolder.Files(mbox).Length);
        Assert.Single(SessionFolder.Files(trash));
        Assert.Equal(["cur/1709290800.M2P1.host.example:2,", "cur/1709298000.M4P1.host.example:2,"], SessionFolder.Files(folder.Inbox));
    }

    [Fact]
    public async Task QuittingWithMarkOldTurnsUnreadNewMailOld()
    {
        var session = await folder.Open();

        Assert.Null(session.PlanQuit().Move);
        await session.CloseAsync(moveRead: false, purge: false);

        Assert.DoesNotContain(SessionFolder.Files(folder.Inbox), f => f.StartsWith("new/", StringComparison.Ordinal));
        Assert.Contains("cur/1709290800.M2P1.host.example:2,", SessionFolder.Files(folder.Inbox));
    }

    [Fact]
    public async Task QuittingAReadOnlyFolderWritesNothing()
    {
        var session = await folder.Open(readOnly: true);
        var before = SessionFolder.Files(folder.Inbox);

        Assert.Empty(session.PlanQuit().QuestionsToAsk());
        await session.CloseAsync(moveRead: true, purge: true);

        Assert.Equal(before, SessionFolder.Files(folder.Inbox));
    }

    [Fact]
    public async Task NewMailAppearsWithoutMovingTheCursorOrDroppingTheLimit()
    {
        var session = await folder.Open();
        await session.LimitAsync("~f alice | ~f zoe");
        session.MoveTo(1);
        Assert.Equal("Budget", Subject(session));

        folder.Add("Zoe <zoe@example.org>", "Arrived");
        folder.Add("Yan <yan@example.org>", "Not shown");
        var result = await session.MergeNewMailAsync();

        Assert.Equal(2, result.Arrived);
        Assert.Equal("New mail in this mailbox.", result.Result.Message);
        Assert.Equal("Budget", Subject(session));
        Assert.Equal(["Lunch", "Budget", "Arrived"], Subjects(session));
        Assert.Equal(7, session.Status().Messages);
        Assert.Equal(4, session.Status().New);
        Assert.False((await session.MergeNewMailAsync()).Changed);
        Assert.False(session.ShouldBeep(result));
        await folder.Set("set beep_new");
        Assert.True(session.ShouldBeep(result));
    }

    [Fact]
    public async Task MessagesRemovedOrRenamedElsewhereAreFollowed()
    {
        var session = await folder.Open();
        session.MoveTo(3);
        File.Delete(Path.Combine(folder.Inbox, "cur", "1709283600.M0P1.host.example:2,S"));
        File.Move(Path.Combine(folder.Inbox, "cur", "1709287200.M1P1.host.example:2,"),
            Path.Combine(folder.Inbox, "cur", "1709287200.M1P1.host.example:2,RS"));

        var result = await session.MergeNewMailAsync();

        Assert.Equal((0, 1, 1), (result.Arrived, result.Vanished, result.FlagsChanged));
        Assert.Equal(4, session.RowCount);
        Assert.Equal("Budget", Subject(session));
        Assert.True(session.Mailbox.Messages[0].IsRead);
        Assert.Equal("Mailbox was externally modified.", result.Result.Message);
    }

    [Fact]
    public async Task NewMailWaitsForAnOperationInProgress()
    {
        string release = Path.Combine(folder.Home, "release");
        var session = await folder.Open();
        var pipe = session.PipeAsync(MessageScope.Current, $"cat > /dev/null; while [ ! -e '{release}' ]; do sleep 0.05; done");
        folder.Add("Zoe <zoe@example.org>", "Arrived");

        var merge = session.MergeNewMailAsync();
        await Task.WhenAny(merge, Task.Delay(300));
        bool mergedBeforeRelease = merge.IsCompleted;
        File.WriteAllText(release, "");
        await pipe;

        Assert.False(mergedBeforeRelease);
        Assert.Equal(1, (await merge).Arrived);
    }
}
