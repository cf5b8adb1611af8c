using MuttSharp.Core.Model;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    private int[] lastDeletion = [];

    // Mutt's last_tag: the message tag-entry tagged last, which link-threads links without ';'.
    private string? lastTagged;

    // Messages purge-message deleted, by unique name: a sync removes them without copying them to $trash.
    private readonly HashSet<string> purged = new(StringComparer.Ordinal);

    /// <summary>
    /// The scope an index function applies to: the tagged messages after <c>tag-prefix</c>
    /// (<paramref name="tagPrefix"/>) or, with <c>$auto_tag</c>, whenever some are tagged; else the
    /// current message.
    /// </summary>
    public MessageScope ScopeFor(bool tagPrefix) =>
        tagPrefix || (Config.GetBool("auto_tag") && counts.Tagged > 0) ? MessageScope.Tagged : MessageScope.Current;

    /// <summary>
    /// Tags or untags the messages of <paramref name="scope"/>: <c>tag-entry</c> (<c>t</c>, toggles),
    /// <c>tag-thread</c>, <c>tag-pattern</c> (<c>T</c>) and <c>untag-pattern</c> (<c>^T</c>). With
    /// <paramref name="tag"/> null the current message's tag is toggled and the thread follows it.
    /// </summary>
    public Task<SessionResult> TagAsync(MessageScope scope, bool? tag = null, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => TagCoreAsync(scope, tag, cancellationToken), cancellationToken);

    private async Task<SessionResult> TagCoreAsync(MessageScope scope, bool? tag, CancellationToken cancellationToken)
    {
        var (messages, error) = await SelectAsync(scope, cancellationToken).ConfigureAwait(false);
        if (messages is null)
            return error;
        bool value = tag ?? (scope.Kind == MessageScopeKind.Pattern || !(Current?.Tagged ?? false));
        foreach (var m in messages)
            Change(m, x => x.Tagged = value, flags: false);
        if (scope.Kind == MessageScopeKind.Current && messages.Count == 1)
        {
            string unique = UniqueOf(messages[0]);
            lastTagged = value ? unique : lastTagged == unique ? null : lastTagged;
        }
        ResolveAfter(scope, thread: scope.Kind is MessageScopeKind.Thread or MessageScopeKind.Subthread);
        return SessionResult.None;
    }

    /// <summary>
    /// Marks the messages of <paramref name="scope"/> for deletion (<c>d</c>, <c>D</c>, <c>^D</c>,
    /// <c>Esc d</c>) or, with <paramref name="delete"/> false, undeletes them (<c>u</c>, <c>U</c>,
    /// <c>^U</c>, <c>Esc u</c>). Deleting untags when <c>$delete_untag</c> is set; <c>$resolve</c>
    /// moves the cursor to the next undeleted message after acting on the current message or its thread.
    /// </summary>
    public Task<SessionResult> DeleteAsync(MessageScope scope, bool delete = true, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => DeleteCoreAsync(scope, delete, purge: false, cancellationToken), cancellationToken);

    /// <summary>
    /// Mutt's <c>purge-message</c>: deletes as <c>delete-message</c> does, but the next sync removes the
    /// messages for good without copying them to <c>$trash</c>. Undeleting, or deleting again with <c>d</c>, takes that back.
    /// </summary>
    public Task<SessionResult> PurgeAsync(MessageScope scope, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => DeleteCoreAsync(scope, delete: true, purge: true, cancellationToken), cancellationToken);

    private async Task<SessionResult> DeleteCoreAsync(MessageScope scope, bool delete, bool purge, CancellationToken cancellationToken)
    {
        if (mailbox.ReadOnly)
            return SessionResult.Error("Mailbox is read-only.");
        var (messages, error) = await SelectAsync(scope, cancellationToken).ConfigureAwait(false);
        if (messages is null)
            return error;
        bool untag = delete && Config.GetBool("delete_untag");
        var done = new List<int>(messages.Count);
        foreach (var m in messages)
        {
            if (m.Deleted != delete)
                done.Add(m.Number);
            if (purge)
                purged.Add(UniqueOf(m));
            else
                purged.Remove(UniqueOf(m));
            Change(m, x =>
            {
                x.Deleted = delete;
                if (untag)
                    x.Tagged = false;
            });
        }
        if (delete && done.Count > 0)
            lastDeletion = [.. done];
        if (scope.Kind is MessageScopeKind.Current or MessageScopeKind.Thread or MessageScopeKind.Subthread && Config.GetBool("resolve"))
        {
            int next = delete || scope.Kind != MessageScopeKind.Current ? NextUndeletedRow(Cursor, 1) : Cursor + 1;
            if (next >= 0 && next < RowCount)
                MoveTo(next);
        }
        return SessionResult.None;
    }

    /// <summary>Undeletes the messages the most recent deletion marked (one step of undo); the cursor goes to the first of them.</summary>
    public SessionResult UndeleteLast()
    {
        if (lastDeletion.Length == 0)
            return SessionResult.Error("Nothing to undelete.");
        int restored = 0;
        foreach (int number in lastDeletion)
        {
            if (number >= mailbox.Messages.Count || !mailbox.Messages[number].Deleted)
                continue;
            Change(mailbox.Messages[number], x => x.Deleted = false);
            restored++;
        }
        int first = lastDeletion[0];
        lastDeletion = [];
        if (first < mailbox.Messages.Count && snapshot.Order.NearestRowOf(first) >= 0)
            cursorMessage = first;
        return restored == 1 ? SessionResult.Info("1 message undeleted.") : SessionResult.Info($"{restored} messages undeleted.");
    }

    /// <summary>Mutt's <c>flag-message</c> (<c>F</c>): toggles each message's important flag.</summary>
    public Task<SessionResult> ToggleFlagAsync(MessageScope scope, CancellationToken cancellationToken = default) =>
        ChangeFlagsAsync(scope, m => m.Flags ^= MessageFlags.Flagged, cancellationToken);

    /// <summary>Mutt's <c>toggle-new</c> (<c>N</c>): a read or old message becomes new, a new one read.</summary>
    public Task<SessionResult> ToggleNewAsync(MessageScope scope, CancellationToken cancellationToken = default) =>
        ChangeFlagsAsync(scope, m => SetFlag(m, m.IsRead || m.IsOld ? SessionFlag.New : SessionFlag.Read, true), cancellationToken);

    /// <summary>
    /// Mutt's <c>set-flag</c> (<c>w</c>) and <c>clear-flag</c> (<c>W</c>) with the letter the user
    /// pressed (see <see cref="SessionFlags.TryParse"/>).
    /// </summary>
    public Task<SessionResult> SetFlagAsync(MessageScope scope, SessionFlag flag, bool set, CancellationToken cancellationToken = default) => flag switch
    {
        SessionFlag.Deleted => DeleteAsync(scope, set, cancellationToken),
        SessionFlag.Tagged => TagAsync(scope, set, cancellationToken),
        _ => ChangeFlagsAsync(scope, m => SetFlag(m, flag, set), cancellationToken),
    };

    /// <summary>
    /// Mutt's <c>read-thread</c> (<c>^R</c>) and <c>read-subthread</c> (<c>Esc r</c>): marks the whole
    /// thread (or the subthread) read; <c>$resolve</c> then moves to the next one.
    /// </summary>
    public Task<SessionResult> ReadThreadAsync(bool subthread = false, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => ReadThreadCoreAsync(subthread, cancellationToken), cancellationToken);

    private async Task<SessionResult> ReadThreadCoreAsync(bool subthread, CancellationToken cancellationToken)
    {
        if (mailbox.ReadOnly)
            return SessionResult.Error("Mailbox is read-only.");
        var scope = subthread ? MessageScope.Subthread : MessageScope.Thread;
        var (messages, error) = await SelectAsync(scope, cancellationToken).ConfigureAwait(false);
        if (messages is null)
            return error;
        foreach (var m in messages)
            Change(m, x => SetFlag(x, SessionFlag.Read, true));
        if (Config.GetBool("resolve") && snapshot.Order.IsThreaded)
        {
            int next = subthread ? NextSubthreadRow(snapshot.Order, Cursor) : snapshot.Order.NextThreadRow(Cursor);
            if (next >= 0)
                MoveTo(next);
        }
        return SessionResult.None;
    }

    /// <summary>
    /// What the pager does on showing a message: it becomes read (in memory; written at sync). Mutt
    /// does this in a read-only folder too; it is then never written.
    /// </summary>
    public void MarkRead(Message message)
    {
        if (!message.IsRead)
            Change(message, x => SetFlag(x, SessionFlag.Read, true));
    }

    private Task<SessionResult> ChangeFlagsAsync(MessageScope scope, Action<Message> change, CancellationToken cancellationToken) =>
        ExclusiveAsync(() => ChangeFlagsCoreAsync(scope, change, cancellationToken), cancellationToken);

    private async Task<SessionResult> ChangeFlagsCoreAsync(MessageScope scope, Action<Message> change, CancellationToken cancellationToken)
    {
        if (mailbox.ReadOnly)
            return SessionResult.Error("Mailbox is read-only.");
        var (messages, error) = await SelectAsync(scope, cancellationToken).ConfigureAwait(false);
        if (messages is null)
            return error;
        foreach (var m in messages)
            Change(m, change);
        ResolveAfter(scope, thread: false);
        return SessionResult.None;
    }

    /// <summary>Mutt's flag rules: replying marks read, clearing N marks read, setting O marks unread and old.</summary>
    private static void SetFlag(Message m, SessionFlag flag, bool set)
    {
        const MessageFlags readBits = MessageFlags.Seen | MessageFlags.New;
        m.Flags = (flag, set) switch
        {
            (SessionFlag.New, true) => m.IsNew ? m.Flags : (m.Flags & ~readBits) | MessageFlags.New,
            (SessionFlag.New, false) or (SessionFlag.Read, true) => (m.Flags & ~MessageFlags.New) | MessageFlags.Seen,
            (SessionFlag.Old, true) or (SessionFlag.Read, false) => m.Flags & ~readBits,
            (SessionFlag.Old, false) => m.IsOld ? m.Flags | MessageFlags.New : m.Flags,
            (SessionFlag.Replied, true) => (m.Flags & ~MessageFlags.New) | MessageFlags.Replied | MessageFlags.Seen,
            (SessionFlag.Replied, false) => m.Flags & ~MessageFlags.Replied,
            (SessionFlag.Flagged, true) => m.Flags | MessageFlags.Flagged,
            (SessionFlag.Flagged, false) => m.Flags & ~MessageFlags.Flagged,
            _ => m.Flags,
        };
    }

    /// <summary>Changes one message, keeping the status counts right; tags are not unsaved changes.</summary>
    private void Change(Message m, Action<Message> change, bool flags = true)
    {
        counts.Remove(m);
        change(m);
        counts.Add(m);
        if (flags)
            changed = true;
    }

    /// <summary><c>$resolve</c>: after acting on the current message, on to the next undeleted one (or past the thread).</summary>
    private void ResolveAfter(MessageScope scope, bool thread)
    {
        if (!Config.GetBool("resolve") || scope.Kind is MessageScopeKind.Tagged or MessageScopeKind.Pattern)
            return;
        int next = thread && snapshot.Order.IsThreaded ? snapshot.Order.NextThreadRow(Cursor) : NextUndeletedRow(Cursor, 1);
        if (next >= 0)
            MoveTo(next);
    }

    /// <summary>The messages of a scope within the limit, or why there are none (what every scoped function acts on).</summary>
    public async Task<(IReadOnlyList<Message>? Messages, SessionResult Error)> SelectAsync(MessageScope scope, CancellationToken cancellationToken)
    {
        var current = Current;
        if (scope.Kind is not (MessageScopeKind.Tagged or MessageScopeKind.Pattern) && current is null)
            return (null, SessionResult.Error("No visible messages."));
        switch (scope.Kind)
        {
            case MessageScopeKind.Current:
                return ([current!], SessionResult.None);
            case MessageScopeKind.Thread or MessageScopeKind.Subthread:
                if (!sort.Threaded)
                    return (null, SessionResult.Error("Threading is not enabled."));
                var numbers = scope.Kind == MessageScopeKind.Thread ? ThreadOf(current!.Number) : SubthreadOf(current!.Number);
                return (numbers.Where(InLimit).Select(n => mailbox.Messages[n]).ToList(), SessionResult.None);
            case MessageScopeKind.Tagged:
                if (counts.Tagged == 0)
                    return (null, SessionResult.Error("No tagged messages."));
                var tagged = await Task.Run(() => mailbox.Messages.Where(m => m.Tagged && InLimit(m.Number)).ToList(), cancellationToken)
                    .ConfigureAwait(false);
                return (tagged, SessionResult.None);
            default:
                string text = scope.PatternText ?? "";
                if (!TryCompile(text, out var pattern, out var error))
                    return (null, error);
                var result = await Search.PatternSearch.FilterAsync(mailbox.Messages, pattern, PatternContext(NeedsThreads(text)), null, cancellationToken)
                    .ConfigureAwait(false);
                return (result.Matches.Where(m => InLimit(m.Number)).ToList(), SessionResult.None);
        }
    }

    private bool InLimit(int message) => keep is null || keep[message];
}
