using MuttSharp.Core.Config.Keys;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;
using MuttSharp.Core.Reading.Session;
using MuttSharp.Core.Sorting;

namespace MuttSharp.Core.Tests.Reading.Session;

/// <summary>
/// The index functions that change a message's headers (break-thread, link-threads, edit-label), written into
/// the files at sync, and mark-message and purge-message.
/// </summary>
public sealed class ReaderSessionHeadersTests : IDisposable
{
    private readonly SessionFolder folder = new();

    public void Dispose() => folder.Dispose();

    // root <- reply <- deep (deep's References name the root and the reply), and a lone message.
    private async Task<ReaderSession> OpenThreadAsync(bool readOnly = false)
    {
        folder.Add("a@example.org", "Root", info: ":2,S", id: "root@x");
        folder.Add("b@example.org", "Reply", info: ":2,RS", id: "reply@x", inReplyTo: "root@x");
        folder.Add("c@example.org", "Deep", info: ":2,FS", id: "deep@x", inReplyTo: "reply@x", references: "<root@x> <reply@x>");
        folder.Add("d@example.org", "Lone", id: "lone@x");
        await folder.Set("set strict_threads", "unset resolve");
        var session = await folder.Open(readOnly);
        await session.SortAsync(SortMethod.Threads);
        return session;
    }

    private static KeySequence Keys(string text)
    {
        Assert.True(KeyNames.TryParseNames(text, out var keys, out _));
        return keys;
    }

    private static int Parent(ReaderSession session, int message) => session.Tree!.ParentMessage(message);

    [Fact]
    public async Task BreakThreadMakesTheMessageAThreadOfItsOwnWithItsRepliesAtOnce()
    {
        var session = await OpenThreadAsync();
        session.MoveTo(session.Order.RowOf(1));

        var result = await session.BreakThreadAsync();

        Assert.Equal("Thread broken", result.Message);
        Assert.Equal(-1, Parent(session, 1));
        Assert.Equal(1, Parent(session, 2));
        Assert.Equal(1, session.Current!.Number);
        Assert.Null(session.Current.Summary.InReplyTo);
        Assert.Empty(session.Current.Summary.References);
        Assert.Equal(["reply@x"], session.Mailbox.Messages[2].Summary.References);
        Assert.True(session.Changed);
    }

    [Fact]
    public async Task ABrokenThreadIsWrittenAtSyncIntoNewFilesWithTheirFlags()
    {
        var session = await OpenThreadAsync();
        session.MoveTo(session.Order.RowOf(1));
        await session.BreakThreadAsync();
        string before = File.ReadAllText(session.Mailbox.Messages[1].Path);

        var result = await session.SyncAsync();

        Assert.False(result.IsError, result.Message);
        Assert.False(session.Changed);
        var reply = session.Mailbox.Messages[1];
        string text = File.ReadAllText(reply.Path);
        Assert.DoesNotContain("In-Reply-To", text);
        Assert.DoesNotContain("References", text);
        Assert.Equal(before.Replace("In-Reply-To: <root@x>\nReferences: <root@x>\n", ""), text);
        Assert.EndsWith(":2,RS", reply.Path);
        var deep = session.Mailbox.Messages[2];
        Assert.EndsWith(":2,FS", deep.Path);
        Assert.Contains("In-Reply-To: <deep@x>".Replace("deep", "reply"), File.ReadAllText(deep.Path));
        Assert.Contains("References: <reply@x>\n", File.ReadAllText(deep.Path));
        Assert.Equal(4, SessionFolder.Files(folder.Inbox).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Inbox, "tmp")));

        var reopened = await folder.Open();
        await reopened.SortAsync(SortMethod.Threads);
        Assert.Equal(-1, Parent(reopened, 1));
        Assert.Equal(1, Parent(reopened, 2));
    }

    [Fact]
    public async Task TheHeaderCacheHoldsTheRewrittenMessagesUnderTheirNewNames()
    {
        await folder.Set($"set header_cache={Path.Combine(folder.Home, "hcache")}/", "unset maildir_header_cache_verify");
        Directory.CreateDirectory(Path.Combine(folder.Home, "hcache"));
        var session = await OpenThreadAsync();
        session.MoveTo(session.Order.RowOf(1));
        await session.BreakThreadAsync();
        Assert.False((await session.SyncAsync()).IsError);
        string written = session.Mailbox.Messages[1].Path;
        // What the cache says is what the next open believes without reading the file.
        File.WriteAllText(written, File.ReadAllText(written).Replace("Subject: Reply", "Subject: Changed behind the cache"));

        var reopened = await folder.Open();

        var reply = reopened.Mailbox.Messages.Single(m => m.Path == written);
        Assert.Equal("Reply", reply.Summary.Subject);
        Assert.Null(reply.Summary.InReplyTo);
        Assert.Equal(4, reopened.Mailbox.Messages.Count);
    }

    [Fact]
    public async Task BreakThreadIsRefusedWhereMuttRefusesIt()
    {
        var session = await OpenThreadAsync();
        session.MoveTo(session.Order.RowOf(0));
        Assert.Equal("Thread cannot be broken, message is not part of a thread", (await session.BreakThreadAsync()).Message);

        await session.SortAsync(SortMethod.Date);
        session.MoveTo(session.Order.RowOf(1));
        Assert.Equal("Threading is not enabled.", (await session.BreakThreadAsync()).Message);
        Assert.False(session.Changed);

        var readOnly = await folder.Open(readOnly: true);
        await readOnly.SortAsync(SortMethod.Threads);
        readOnly.MoveTo(readOnly.Order.RowOf(1));
        Assert.Equal("Mailbox is read-only.", (await readOnly.BreakThreadAsync()).Message);
    }

    [Fact]
    public async Task LinkThreadsMakesTheLastTaggedMessageAReplyAndUntagsIt()
    {
        var session = await OpenThreadAsync();
        session.MoveTo(session.Order.RowOf(3));
        await session.TagAsync(MessageScope.Current);
        session.MoveTo(session.Order.RowOf(2));

        var result = await session.LinkThreadsAsync();

        Assert.Equal("Threads linked", result.Message);
        Assert.Equal(2, Parent(session, 3));
        Assert.Equal("deep@x", session.Mailbox.Messages[3].Summary.InReplyTo);
        Assert.False(session.Mailbox.Messages[3].Tagged);
        Assert.Equal(2, session.Current!.Number);
        Assert.False((await session.SyncAsync()).IsError);
        var lone = session.Mailbox.Messages[3];
        Assert.Contains("In-Reply-To: <deep@x>\n", File.ReadAllText(lone.Path));
        Assert.StartsWith(Path.Combine(folder.Inbox, "new"), lone.Path);
    }

    [Fact]
    public async Task LinkThreadsAfterTagPrefixLinksEveryTaggedMessage()
    {
        var session = await OpenThreadAsync();
        await session.TagAsync(MessageScope.Matching("~i reply@x | ~i lone@x"), tag: true);
        session.MoveTo(session.Order.RowOf(2));

        Assert.Equal("Threads linked", (await session.LinkThreadsAsync(tagPrefix: true)).Message);

        Assert.Equal(2, Parent(session, 3));
        // The reply, linked under its own child, becomes part of a loop Mutt's threading breaks.
        Assert.Equal("deep@x", session.Mailbox.Messages[1].Summary.InReplyTo);
        Assert.Equal(0, session.TaggedCount);
    }

    [Fact]
    public async Task LinkThreadsNeedsATaggedMessageAndAMessageId()
    {
        var session = await OpenThreadAsync();
        Assert.Equal("First, please tag a message to be linked here", (await session.LinkThreadsAsync()).Message);

        folder.Add("e@example.org", "No id");
        File.WriteAllText(folder.Add("f@example.org", "Nameless"), "Subject: Nameless\n\nNo Message-ID.\n");
        var other = await folder.Open();
        await other.SortAsync(SortMethod.Threads);
        await other.TagAsync(MessageScope.Matching("~s Lone"), tag: true);
        other.MoveTo(other.Order.RowOf(other.Mailbox.Messages.Single(m => m.Summary.Subject == "Nameless").Number));
        Assert.Equal("No Message-ID: header available to link thread", (await other.LinkThreadsAsync()).Message);
    }

    [Fact]
    public async Task EditLabelSetsTheLabelThatIndexFormatAndPatternsSeeAndSyncWrites()
    {
        var session = await OpenThreadAsync();
        session.MoveTo(session.Order.RowOf(3));
        await folder.Set("set index_format='%y|%s'");
        session.RefreshLines();

        var result = await session.LabelAsync(MessageScope.Current, "  todo  soon ");

        Assert.Equal("1 labels changed.", result.Message);
        Assert.Equal("todo soon", session.Current!.Summary.XLabel);
        Assert.Equal("todo soon|Lone", session.Lines.Render(session.Order.RowOf(3)).TrimEnd());
        Assert.Equal("todo soon", session.LabelPromptText(MessageScope.Current));
        await session.LimitAsync("~y todo");
        Assert.Equal(1, session.RowCount);
        Assert.False((await session.SyncAsync()).IsError);
        Assert.Contains("X-Label: todo soon\n", File.ReadAllText(session.Current!.Path));
        Assert.Equal("No labels changed.", (await session.LabelAsync(MessageScope.Current, "todo soon")).Message);
    }

    [Fact]
    public async Task EditLabelOnTaggedMessagesUntagsThoseItChangesAndKeepsAnyScript()
    {
        var session = await OpenThreadAsync();
        await session.TagAsync(MessageScope.Matching("~s Root | ~s Reply"), tag: true);

        var result = await session.LabelAsync(MessageScope.Tagged, "Größe 日本");

        Assert.Equal("2 labels changed.", result.Message);
        Assert.Equal(0, session.TaggedCount);
        Assert.Equal("", session.LabelPromptText(MessageScope.Tagged));
        Assert.False((await session.SyncAsync()).IsError);
        var reopened = await folder.Open();
        Assert.Equal(["Größe 日本"], reopened.Labels());
        Assert.DoesNotContain("Größe", File.ReadAllText(reopened.Mailbox.Messages[0].Path));
    }

    [Fact]
    public async Task ABlankLabelRemovesItAndTabCompletesTheFoldersLabels()
    {
        var session = await OpenThreadAsync();
        await session.TagAsync(MessageScope.Matching("~s Root"), tag: true);
        await session.LabelAsync(MessageScope.Tagged, "project-alpha");
        await session.TagAsync(MessageScope.Matching("~s Reply"), tag: true);
        await session.LabelAsync(MessageScope.Tagged, "project-beta");

        Assert.Equal("project-", session.CompleteLabel("p"));
        Assert.Equal("project-alpha", session.CompleteLabel("project-a"));
        Assert.Null(session.CompleteLabel("project-"));
        Assert.Null(session.CompleteLabel("zzz"));

        session.MoveTo(session.Order.RowOf(0));
        await session.LabelAsync(MessageScope.Current, " ");
        Assert.Null(session.Current!.Summary.XLabel);
        Assert.Equal(["project-beta"], session.Labels());
    }

    [Fact]
    public async Task ALabelCannotSmuggleAHeaderIntoTheFile()
    {
        var session = await OpenThreadAsync();
        session.MoveTo(session.Order.RowOf(3));

        await session.LabelAsync(MessageScope.Current, "x\r\nBcc: victim@example.org");
        Assert.False((await session.SyncAsync()).IsError);

        string text = File.ReadAllText(session.Current!.Path);
        Assert.Contains("X-Label: x Bcc: victim@example.org\n", text);
        Assert.DoesNotContain("\nBcc:", text);
    }

    [Fact]
    public async Task MarkMessageBindsAHotkeyThatSearchesForTheMessageById()
    {
        var session = await OpenThreadAsync();
        session.MoveTo(session.Order.RowOf(2));
        await folder.Set("set mark_macro_prefix=\"'\"");

        var result = session.MarkMessage("a");

        Assert.Equal("Message bound to 'a.", result.Message);
        var binding = folder.Config.GetExtension<KeyConfiguration>().Build()[KeyMenu.Index].Find(Keys("'a"));
        Assert.NotNull(binding);
        Assert.Equal("<search>~i \"^.deep@x.$\"\n", binding.Macro);
        Assert.Equal("message hotkey", binding.Description);
        await session.SortAsync(SortMethod.Subject, reverse: true);
        session.MoveTo(0);
        await session.SearchAsync("~i \"^.deep@x.$\"");
        Assert.Equal(2, session.Current!.Number);
    }

    [Fact]
    public async Task MarkMessageQuotesAnIdThatHoldsWhatAMacroOrARegexWouldRead()
    {
        folder.Add("h@example.org", "Hostile", id: "a+b.\"<enter>\\$c@x");
        var session = await folder.Open();
        session.MoveTo(session.Order.RowOf(0));

        await folder.Set("set mark_macro_prefix=\"'\"");
        session.MarkMessage("h");

        var binding = folder.Config.GetExtension<KeyConfiguration>().Build()[KeyMenu.Index].Find(Keys("'h"))!;
        Assert.Equal("<search>~i \"^.a.b...enter...c@x.$\"\n", binding.Macro);
        session.MoveTo(session.Order.RowOf(0));
        Assert.False((await session.SearchAsync("~i \"^.a.b...enter...c@x.$\"")).IsError);
        Assert.Equal("Hostile", session.Current!.Summary.Subject);
    }

    [Fact]
    public async Task PurgeMessageSkipsTheTrashAndUndeleteTakesItBack()
    {
        string trash = Path.Combine(folder.Mail, "Trash");
        await folder.Set($"set trash={trash}");
        var session = await OpenThreadAsync();
        session.MoveTo(session.Order.RowOf(0));
        await session.PurgeAsync(MessageScope.Current);
        session.MoveTo(session.Order.RowOf(1));
        await session.PurgeAsync(MessageScope.Current);
        await session.DeleteAsync(MessageScope.Current, delete: false);
        await session.DeleteAsync(MessageScope.Current);
        Assert.Equal(2, session.DeletedCount);

        Assert.False((await session.SyncAsync()).IsError);

        Assert.Equal(2, session.Mailbox.Messages.Count);
        Assert.Contains("Subject: Reply", File.ReadAllText(Path.Combine(trash, Assert.Single(SessionFolder.Files(trash)))));
    }

    [Fact]
    public async Task AMessageSavedBeforeTheSyncTakesItsNewLabelAndThreadingAlong()
    {
        var session = await OpenThreadAsync();
        session.MoveTo(session.Order.RowOf(1));
        await session.BreakThreadAsync();
        await session.LabelAsync(MessageScope.Current, "keep");
        string archive = Path.Combine(folder.Mail, "archive");

        var result = await session.SaveAsync(MessageScope.Current, session.PlanSave("=archive"), SaveMode.Copy);

        Assert.False(result.IsError, result.Message);
        string copy = File.ReadAllText(Path.Combine(archive, Assert.Single(SessionFolder.Files(archive))));
        Assert.Contains("X-Label: keep\n", copy);
        Assert.DoesNotContain("In-Reply-To:", copy);
        Assert.Contains("In-Reply-To: <root@x>", File.ReadAllText(session.Current!.Path));
    }
}
