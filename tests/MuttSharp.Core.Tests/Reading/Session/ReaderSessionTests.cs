using MuttSharp.Core.Model;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Sorting;

namespace MuttSharp.Core.Tests.Reading.Session;

public sealed partial class ReaderSessionTests : IDisposable
{
    private readonly SessionFolder folder = new();

    public ReaderSessionTests()
    {
        folder.Add("Alice <alice@example.org>", "Lunch", info: ":2,S", id: "lunch@example.org");
        folder.Add("Bob <bob@example.org>", "Build failed", info: ":2,");
        folder.Add("Carol <carol@example.org>", "Re: Lunch", inReplyTo: "lunch@example.org");
        folder.Add("Alice <alice@example.org>", "Budget", info: ":2,FS");
        folder.Add("Dave <dave@example.org>", "Release");
    }

    public void Dispose() => folder.Dispose();

    private static string Subject(ReaderSession session) => session.Current!.Summary.Subject;

    private static string[] Subjects(ReaderSession session) =>
        [.. Enumerable.Range(0, session.RowCount).Select(r => session.Mailbox.Messages[session.Order.MessageAt(r)].Summary.Subject)];

    [Fact]
    public async Task OpensTheSpoolFileWithTheCursorOnTheFirstNewMessage()
    {
        var session = await folder.Open();

        Assert.Equal(folder.Inbox, session.Path);
        Assert.Equal("=INBOX", session.DisplayName);
        Assert.Equal(5, session.RowCount);
        Assert.Equal(2, session.Cursor);
        Assert.Equal("Re: Lunch", Subject(session));
    }

    [Fact]
    public async Task FolderHooksRunBeforeTheFolderIsSorted()
    {
        await folder.Set("folder-hook INBOX 'set sort=threads'");

        var session = await ReaderSession.OpenAsync(folder.Config, folder.Inbox);

        Assert.True(session.Sort.Threaded);
        Assert.NotNull(session.Tree);
    }

    [Fact]
    public async Task WithNothingUnreadTheCursorStartsOnTheNewestMessage()
    {
        await folder.Set("set folder=" + folder.Mail);
        string other = Path.Combine(folder.Mail, "read");
        folder.Add("A <a@example.org>", "one", info: ":2,S", folder: other);
        folder.Add("B <b@example.org>", "two", info: ":2,S", folder: other);

        var session = await folder.Open(folder: "=read");

        Assert.Equal(1, session.Cursor);
        await session.SortAsync(SortMethod.Date, reverse: true);
        Assert.Equal("two", Subject(session));
    }

    [Fact]
    public async Task StatusCountsFollowEveryChangeWithoutRecounting()
    {
        var session = await folder.Open();

        var status = session.Status(top: 0, pageLength: 20);
        Assert.Equal((5, 2, 3, 1, 0, 0), (status.Messages, status.New, status.Unread, status.Flagged, status.Deleted, status.Tagged));
        Assert.False(status.Changed);

        await session.DeleteAsync(MessageScope.Current);
        await session.TagAsync(MessageScope.Matching("~f alice"));
        status = session.Status();
        Assert.Equal((1, 2), (status.Deleted, status.Tagged));
        Assert.True(status.Changed);
    }

    [Fact]
    public async Task TheStatusLineGoesThroughStatusFormat()
    {
        await folder.Set("set status_format=\"%r %f [%m/%n/%u/%F] %s%?V? (%V)?\"");
        var session = await folder.Open();
        await session.LimitAsync("~U");

        Assert.Equal("- =INBOX [5/2/3/1] date (~U)", session.StatusLine());
    }

    [Fact]
    public async Task IndexLinesFollowIndexFormatAndTheWidth()
    {
        await folder.Set("set index_format=\"%4C %-6.6n %s\"");
        var session = await folder.Open();

        Assert.Equal("   1 Alice  Lunch", session.Lines.Render(0));
        await folder.Set("set index_format=\"%s%* %C\"");
        session.RefreshLines();
        session.SetColumns(12);
        Assert.Equal("Lunch      1", session.Lines.Render(0));
    }

    [Fact]
    public async Task TheStatusLineCountsOtherMailboxesWithNewMail()
    {
        string lists = Path.Combine(folder.Mail, "lists");
        folder.Add("List <l@example.org>", "Digest", folder: lists);
        var session = await folder.Open();
        session.Mailboxes = new MuttSharp.Core.Mailboxes.Watching.MailboxList([folder.Inbox, lists]);
        await session.Mailboxes.RefreshAsync();

        Assert.Equal(1, session.Status().MailboxesWithNew);
    }

    [Fact]
    public async Task ReSortingKeepsTheCursorOnTheSameMessage()
    {
        var session = await folder.Open();
        session.MoveTo(1);
        Assert.Equal("Build failed", Subject(session));

        await session.SortAsync(SortMethod.Subject);

        Assert.Equal("Build failed", Subject(session));
        Assert.Equal(["Budget", "Build failed", "Lunch", "Re: Lunch", "Release"], Subjects(session));
        Assert.Equal("subject", folder.Config.GetSort("sort").ToString());
    }

    [Fact]
    public async Task LimitShowsOnlyMatchingMessagesUntilAllIsAsked()
    {
        var session = await folder.Open();

        var result = await session.LimitAsync("~f alice");

        Assert.False(result.IsError);
        Assert.Equal(["Lunch", "Budget"], Subjects(session));
        Assert.Equal("~f alice", session.LimitPattern);
        Assert.Equal("Limit: ~f alice", session.ShowLimit().Message);
        Assert.Equal(2, session.Status().Shown);

        await session.LimitAsync("all");
        Assert.Equal(5, session.RowCount);
        Assert.Null(session.LimitPattern);
        Assert.Equal("No limit pattern is in effect.", session.ShowLimit().Message);
    }

    [Fact]
    public async Task ALimitKeepsTheCursorOnItsMessageWhenStillShown()
    {
        var session = await folder.Open();
        session.MoveTo(3);

        await session.LimitAsync("~F | ~N");

        Assert.Equal("Budget", Subject(session));
    }

    [Fact]
    public async Task AnInvalidOrEmptyLimitSaysWhy()
    {
        var session = await folder.Open();

        var bad = await session.LimitAsync("~Q(");
        var none = await session.LimitAsync("~s nothing-like-this");

        Assert.True(bad.IsError);
        Assert.Equal(5, session.Status().Messages);
        Assert.Equal("No messages matched criteria.", none.Message);
        Assert.Equal(0, session.RowCount);
        Assert.Null(session.Current);
    }

    [Fact]
    public async Task SearchMovesForwardAndBackwardAndWrapsRound()
    {
        var session = await folder.Open();
        session.MoveTo(0);

        Assert.False((await session.SearchAsync("~f alice")).HasMessage);
        Assert.Equal(3, session.Cursor);

        var wrapped = await session.SearchNextAsync();
        Assert.Equal("Search wrapped to top.", wrapped.Message);
        Assert.Equal(0, session.Cursor);

        var back = await session.SearchAsync("release", reverse: true);
        Assert.Equal("Search wrapped to bottom.", back.Message);
        Assert.Equal(4, session.Cursor);
        await session.SearchNextAsync(opposite: true);
        Assert.Equal(4, session.Cursor);
    }

    [Fact]
    public async Task WithoutWrapSearchASearchStopsAtTheEnd()
    {
        await folder.Set("unset wrap_search");
        var session = await folder.Open();
        session.MoveTo(4);

        var result = await session.SearchAsync("~f alice");

        Assert.Equal("Search hit bottom without finding match", result.Message);
        Assert.Equal(4, session.Cursor);
        Assert.Equal("No search pattern.", (await (await folder.Open()).SearchNextAsync()).Message);
    }

    [Fact]
    public async Task SearchSaysNotFound()
    {
        var session = await folder.Open();

        var result = await session.SearchAsync("~s zebra");

        Assert.True(result.IsError);
        Assert.Equal("Not found.", result.Message);
    }

    [Fact]
    public async Task TagToggledOnTheCurrentMessageAndByPattern()
    {
        var session = await folder.Open();
        session.MoveTo(0);

        await session.TagAsync(MessageScope.Current);
        Assert.True(session.Mailbox.Messages[0].Tagged);
        Assert.Equal(1, session.Cursor);

        await session.TagAsync(MessageScope.Matching("~N"));
        Assert.Equal(3, session.TaggedCount);
        await session.TagAsync(MessageScope.Matching("~f carol"), tag: false);
        Assert.Equal(2, session.TaggedCount);
        Assert.Equal(MessageScope.Tagged, session.ScopeFor(tagPrefix: true));
        Assert.Equal(MessageScope.Current, session.ScopeFor(tagPrefix: false));

        await folder.Set("set auto_tag");
        Assert.Equal(MessageScope.Tagged, session.ScopeFor(tagPrefix: false));
    }

    [Fact]
    public async Task DeletingTheCurrentMessageResolvesToTheNextUndeletedOne()
    {
        var session = await folder.Open();
        session.MoveTo(0);
        session.Mailbox.Messages[1].Deleted = true;

        await session.DeleteAsync(MessageScope.Current);

        Assert.True(session.Mailbox.Messages[0].Deleted);
        Assert.Equal(2, session.Cursor);
    }

    [Fact]
    public async Task WithoutResolveTheCursorStays()
    {
        await folder.Set("unset resolve");
        var session = await folder.Open();
        session.MoveTo(0);

        await session.DeleteAsync(MessageScope.Current);

        Assert.Equal(0, session.Cursor);
    }

    [Fact]
    public async Task DeletingTaggedMessagesUntagsThemAndTheLastDeletionCanBeUndone()
    {
        var session = await folder.Open();
        await session.TagAsync(MessageScope.Matching("~f alice"));

        await session.DeleteAsync(MessageScope.Tagged);
        Assert.Equal(2, session.DeletedCount);
        Assert.Equal(0, session.TaggedCount);

        await session.DeleteAsync(MessageScope.Matching("~f bob"));
        Assert.Equal(3, session.DeletedCount);

        Assert.Equal("1 message undeleted.", session.UndeleteLast().Message);
        Assert.False(session.Mailbox.Messages[1].Deleted);
        Assert.Equal(2, session.DeletedCount);
        Assert.True(session.UndeleteLast().IsError);
    }

    [Fact]
    public async Task ThreadOperationsNeedThreadsAndCoverTheWholeThread()
    {
        var session = await folder.Open();
        Assert.Equal("Threading is not enabled.", (await session.DeleteAsync(MessageScope.Thread)).Message);

        await session.SortAsync(SortMethod.Threads);
        session.MoveTo(session.Order.RowOf(2));
        await session.DeleteAsync(MessageScope.Thread);

        Assert.True(session.Mailbox.Messages[0].Deleted);
        Assert.True(session.Mailbox.Messages[2].Deleted);
        Assert.Equal(2, session.DeletedCount);

        await session.DeleteAsync(MessageScope.Matching("~A"), delete: false);
        session.MoveTo(session.Order.RowOf(0));
        await session.DeleteAsync(MessageScope.Subthread);
        Assert.Equal(2, session.DeletedCount);
    }

    [Fact]
    public async Task AReadOnlyFolderRefusesChangesButNotTags()
    {
        var session = await folder.Open(readOnly: true);

        Assert.Equal("Mailbox is read-only.", (await session.DeleteAsync(MessageScope.Current)).Message);
        Assert.Equal("Mailbox is read-only.", (await session.ToggleFlagAsync(MessageScope.Current)).Message);
        Assert.False((await session.TagAsync(MessageScope.Current)).IsError);
        Assert.Equal("Cannot toggle write on a readonly mailbox!", session.ToggleWrite().Message);
        Assert.True(session.Status().ReadOnly);
    }

    [Fact]
    public async Task SetFlagFollowsMuttsRules()
    {
        await folder.Set("unset resolve");
        var session = await folder.Open();
        var carol = session.Mailbox.Messages[2];
        session.MoveTo(session.Order.RowOf(2));

        await session.SetFlagAsync(MessageScope.Current, SessionFlag.Replied, set: true);
        Assert.Equal(MessageFlags.Replied | MessageFlags.Seen, carol.Flags);

        await session.SetFlagAsync(MessageScope.Current, SessionFlag.Old, set: true);
        Assert.True(carol.IsOld);

        await session.SetFlagAsync(MessageScope.Current, SessionFlag.New, set: true);
        Assert.True(carol.IsNew);

        await session.SetFlagAsync(MessageScope.Current, SessionFlag.New, set: false);
        Assert.True(carol.IsRead);

        await session.SetFlagAsync(MessageScope.Current, SessionFlag.Flagged, set: true);
        await session.SetFlagAsync(MessageScope.Current, SessionFlag.Deleted, set: true);
        Assert.True(carol.Deleted);
        Assert.Equal(2, session.Status().Flagged);
    }

    [Theory]
    [InlineData('d', SessionFlag.Deleted)]
    [InlineData('N', SessionFlag.New)]
    [InlineData('o', SessionFlag.Old)]
    [InlineData('r', SessionFlag.Replied)]
    [InlineData('*', SessionFlag.Tagged)]
    [InlineData('!', SessionFlag.Flagged)]
    public void SetFlagLettersAreMutts(char letter, SessionFlag expected)
    {
        Assert.True(SessionFlags.TryParse(letter, out var flag));
        Assert.Equal(expected, flag);
        Assert.False(SessionFlags.TryParse('x', out _));
    }

    [Fact]
    public async Task ToggleNewAndFlagToggleEachMessage()
    {
        await folder.Set("unset resolve");
        var session = await folder.Open();
        session.MoveTo(0);

        await session.ToggleNewAsync(MessageScope.Current);
        Assert.True(session.Mailbox.Messages[0].IsNew);
        await session.ToggleNewAsync(MessageScope.Current);
        Assert.True(session.Mailbox.Messages[0].IsRead);

        await session.ToggleFlagAsync(MessageScope.Current);
        await session.ToggleFlagAsync(MessageScope.Matching("~F"));
        Assert.Equal(0, session.Status().Flagged);
    }

    [Fact]
    public async Task ReadThreadMarksTheThreadReadAndMovesOn()
    {
        await folder.Set("set sort=threads");
        var session = await ReaderSession_OpenThreaded();
        session.MoveTo(session.Order.RowOf(0));

        await session.ReadThreadAsync();

        Assert.True(session.Mailbox.Messages[2].IsRead);
        Assert.Equal(2, session.Status().Unread);
        Assert.NotEqual(0, session.Current!.Number);
    }

    private async Task<ReaderSession> ReaderSession_OpenThreaded()
    {
        var session = await folder.Open();
        await session.SortAsync(SortMethod.Threads);
        return session;
    }

    [Fact]
    public async Task CollapseFoldsTheCursorThread()
    {
        await folder.Set("set collapse_unread");
        var session = await ReaderSession_OpenThreaded();
        session.MoveTo(session.Order.RowOf(2));

        session.ToggleCollapse();

        Assert.Equal(4, session.RowCount);
        Assert.Equal(0, session.Current!.Number);
        session.ToggleCollapseAll();
        Assert.Equal(5, session.RowCount);
        Assert.Equal("Threading is not enabled.", (await folder.Open()).ToggleCollapse().Message);
    }

    [Fact]
    public async Task NavigationFollowsMutt()
    {
        var session = await folder.Open();
        session.MoveTo(0);

        Assert.False(session.Navigate(IndexMotion.NextNew).HasMessage);
        Assert.Equal(2, session.Cursor);
        Assert.False(session.Navigate(IndexMotion.NextNew).HasMessage);
        Assert.Equal(4, session.Cursor);
        Assert.Equal("Search wrapped to top.", session.Navigate(IndexMotion.NextUnread).Message);
        Assert.Equal(1, session.Cursor);
        Assert.Equal("You are on the first message.", Reset(session, 0).Navigate(IndexMotion.PreviousEntry).Message);
        Assert.Equal("You are on the last message.", Reset(session, 4).Navigate(IndexMotion.NextUndeleted).Message);
        Assert.Equal("Threading is not enabled.", session.Navigate(IndexMotion.NextThread).Message);
        Assert.False(session.JumpTo(2).IsError);
        Assert.Equal(1, session.Cursor);
    }

    private static ReaderSession Reset(ReaderSession session, int row)
    {
        session.MoveTo(row);
        return session;
    }

    [Fact]
    public async Task ThreadNavigationUsesTheTree()
    {
        var session = await ReaderSession_OpenThreaded();
        int reply = session.Order.RowOf(2);
        session.MoveTo(reply);

        Assert.False(session.Navigate(IndexMotion.ParentMessage).IsError);
        Assert.Equal(0, session.Current!.Number);
        Assert.False(session.Navigate(IndexMotion.NextSubthread).IsError);
        Assert.Equal(1, session.Current!.Number);
        Assert.False(session.Navigate(IndexMotion.PreviousSubthread).IsError);
        Assert.Equal(0, session.Current!.Number);
        Assert.Equal("Parent message is not available.", session.Navigate(IndexMotion.ParentMessage).Message);
    }

    [Fact]
    public async Task SortPromptLettersAreMutts()
    {
        Assert.True(SortPrompt.TryParse('r', out var method));
        Assert.Equal(SortMethod.DateReceived, method);
        Assert.False(SortPrompt.TryParse('q', out _));
        Assert.StartsWith("Rev-Sort (d)ate", SortPrompt.Text(reverse: true));
        var session = await folder.Open();
        await session.SortAsync(SortMethod.From, reverse: true);
        Assert.Equal("reverse-from", session.Status().Sort);
    }
}
