using MuttSharp.Core.Config.Variables;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    private bool dontWrite;

    /// <summary>Whether nothing will be written: opened read-only (<c>-R</c>, an mbox) or <c>toggle-write</c> turned writing off.</summary>
    public bool WritesDisabled => mailbox.ReadOnly || dontWrite;

    /// <summary>
    /// Mutt's <c>toggle-write</c> (<c>%</c>): stops or resumes writing changes. A folder opened
    /// read-only stays so, as in Mutt.
    /// </summary>
    public SessionResult ToggleWrite()
    {
        if (mailbox.ReadOnly)
            return SessionResult.Error("Cannot toggle write on a readonly mailbox!");
        dontWrite = !dontWrite;
        return SessionResult.Info(dontWrite ? "Changes to folder will not be written." : "Changes to folder will be written on folder exit.");
    }

    /// <summary><c>$delete</c>'s question before a sync purges deleted messages; null when none is deleted.</summary>
    public SessionQuestion? PurgeQuestion()
    {
        int n = counts.Deleted;
        return n == 0 || WritesDisabled ? null
            : new SessionQuestion("delete", n == 1 ? "Purge 1 deleted message?" : $"Purge {n} deleted messages?", Config.GetQuad("delete"));
    }

    /// <summary>
    /// Mutt's <c>sync-mailbox</c> (<c>$</c>): flag changes are written by renaming each file (as Mutt
    /// names them, so Mutt reads them right), deleted messages are removed when <paramref name="purge"/>
    /// (copied into <c>$trash</c> first when it is set, or kept with the T flag under
    /// <c>$maildir_trash</c>). The cursor stays on its message, the limit on its messages.
    /// </summary>
    public Task<SessionResult> SyncAsync(bool purge = true, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => SyncCoreAsync(purge, cancellationToken), cancellationToken);

    private async Task<SessionResult> SyncCoreAsync(bool purge, CancellationToken cancellationToken, IReadOnlySet<Message>? movedElsewhere = null)
    {
        if (mailbox.ReadOnly)
            return SessionResult.Error("Mailbox is read-only.");
        if (dontWrite)
            return SessionResult.Error("Mailbox is marked unwritable. Press '%' to toggle write");
        if (!Changed)
            return SessionResult.Info("Mailbox is unchanged.");
        int deleted = counts.Deleted;
        if (purge && deleted > 0 && await CopyToTrashAsync(movedElsewhere, cancellationToken).ConfigureAwait(false) is { } trashError)
            return trashError;
        var (rewritten, errors) = await WriteHeadersAsync(purge, cancellationToken).ConfigureAwait(false);
        var result = await Task.Run(() => SyncToDisk(purge), cancellationToken).ConfigureAwait(false);
        ReplaceMailbox(result.Mailbox, keepNumbers: !purge || deleted == 0 || Config.GetBool("maildir_trash"));
        if (purge)
            purged.Clear();
        errors.AddRange(result.Errors.Select(e => e.ToString()));
        if (rewritten > 0 && SaveHeaderCache() is { } cacheError)
            errors.Add(cacheError);
        if (errors.Count > 0)
            return SessionResult.Error(errors[0] + (errors.Count > 1 ? $" (and {errors.Count - 1} more)" : ""));
        changed = false;
        return result.Deleted > 0 ? SessionResult.Info($"{result.Mailbox.Messages.Count} kept, {result.Deleted} deleted.") : SessionResult.None;
    }

    /// <summary>Mutt's <c>$quit</c> question for <c>quit</c> (<c>Quit Mutt?</c>) or <c>exit</c> (<c>Exit Mutt without saving?</c>).</summary>
    public SessionQuestion QuitQuestion(bool withoutSaving) =>
        new("quit", withoutSaving ? "Exit Mutt without saving?" : "Quit Mutt?", Config.GetQuad("quit"));

    /// <summary>
    /// What leaving the folder will ask (<c>q</c>, <c>change-folder</c>): whether to move read mail
    /// from the spool file to <c>$mbox</c> (<c>$move</c>), and whether to purge deleted messages
    /// (<c>$delete</c>). A question that does not apply is null (<c>$move</c> is <c>no</c>, nothing is
    /// deleted). Pass the answers (or the defaults of questions not asked) to <see cref="CloseAsync"/>.
    /// </summary>
    public QuitPlan PlanQuit()
    {
        if (WritesDisabled)
            return new QuitPlan(null, null);
        SessionQuestion? move = null;
        string mbox = MboxPath();
        if (Config.GetQuad("move") != QuadOption.No && mbox.Length > 0 && IsSpoolFile() && !SamePath(mbox, mailbox.Path) && ReadToMove().Any())
            move = new SessionQuestion("move", $"Move read messages to {Config.PrettyPath(mbox)}?", Config.GetQuad("move"));
        return new QuitPlan(move, PurgeQuestion());
    }

    /// <summary>
    /// Leaves the folder as Mutt's <c>quit</c> does: with <c>$mark_old</c>, new messages that were
    /// not read become old; read messages go to <c>$mbox</c> when <paramref name="moveRead"/>;
    /// then the folder is synced, purging deleted messages when <paramref name="purge"/>. A
    /// read-only folder is left as it is. The session should not be used afterwards.
    /// </summary>
    public Task<SessionResult> CloseAsync(bool moveRead, bool purge, CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => CloseCoreAsync(moveRead, purge, cancellationToken), cancellationToken);

    private async Task<SessionResult> CloseCoreAsync(bool moveRead, bool purge, CancellationToken cancellationToken)
    {
        if (WritesDisabled)
            return SessionResult.None;
        if (Config.GetBool("mark_old"))
        {
            foreach (var m in mailbox.Messages)
            {
                if (m.IsNew && !m.Deleted)
                    Change(m, x => x.Flags &= ~MessageFlags.New);
            }
        }
        var toMove = moveRead ? ReadToMove().ToHashSet() : [];
        if (moveRead)
        {
            if (await CopyAsync([.. toMove], MboxPath(), decode: false, cancellationToken).ConfigureAwait(false) is { IsError: true } error)
                return error;
            // Moved messages leave the spool whatever the purge answer; without a purge the others
            // marked deleted stay, so their mark is dropped before the purging sync.
            if (!purge)
            {
                foreach (var m in mailbox.Messages.Where(m => m.Deleted))
                    Change(m, x => x.Deleted = false);
            }
            foreach (var m in toMove)
                Change(m, x => x.Deleted = true);
            purge = true;
        }
        if (!Changed)
            return SessionResult.None;
        int before = mailbox.Messages.Count;
        var result = await SyncCoreAsync(purge, cancellationToken, toMove).ConfigureAwait(false);
        if (result.IsError)
            return result;
        int moved = toMove.Count, deleted = before - mailbox.Messages.Count - moved;
        return moved > 0 || deleted > 0
            ? SessionResult.Info($"{mailbox.Messages.Count} kept, {moved} moved, {deleted} deleted.")
            : SessionResult.None;
    }

    private MaildirSyncResult SyncToDisk(bool purge)
    {
        var store = new MaildirStore(mailbox.Path);
        bool maildirTrash = Config.GetBool("maildir_trash");
        if (purge)
            return store.Sync(mailbox, maildirTrash);
        // Not purging: deleted messages keep their files and their mark in memory.
        var spared = mailbox.Messages.Where(m => m.Deleted).Select(m => m.Number).ToArray();
        foreach (int n in spared)
            mailbox.Messages[n].Deleted = false;
        var result = store.Sync(mailbox, maildirTrash);
        foreach (int n in spared)
        {
            mailbox.Messages[n].Deleted = true;
            result.Mailbox.Messages[n].Deleted = true;
        }
        return result;
    }

    /// <summary>
    /// <c>$trash</c>: deleted messages are copied there before they are purged, unless this is the
    /// trash; messages <c>$move</c> took to <c>$mbox</c> are not deleted mail and are not copied, nor those purge-message deleted.
    /// </summary>
    private async Task<SessionResult?> CopyToTrashAsync(IReadOnlySet<Message>? movedElsewhere, CancellationToken cancellationToken)
    {
        string trash = Config.ExpandPath(Config.GetPath("trash"));
        if (trash.Length == 0 || SamePath(trash, mailbox.Path) || Config.GetBool("maildir_trash"))
            return null;
        var doomed = mailbox.Messages.Where(m => m.Deleted && movedElsewhere?.Contains(m) != true && !purged.Contains(UniqueOf(m))).ToList();
        var result = await CopyAsync(doomed, trash, decode: false, cancellationToken).ConfigureAwait(false);
        return result.IsError ? result : null;
    }

    /// <summary>Messages <c>$move</c> takes from the spool: read, not deleted, not flagged under <c>$keep_flagged</c>.</summary>
    private IEnumerable<Message> ReadToMove()
    {
        bool keepFlagged = Config.GetBool("keep_flagged");
        return mailbox.Messages.Where(m => m.IsRead && !m.Deleted && !(keepFlagged && (m.Flags & MessageFlags.Flagged) != 0));
    }

    private string MboxPath() => Config.ExpandPath(Config.GetPath("mbox"));

    private bool IsSpoolFile()
    {
        string spool = Config.ExpandPath(Config.GetPath("spoolfile"));
        return spool.Length > 0 && SamePath(spool, mailbox.Path);
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(a)),
            System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(b)), StringComparison.Ordinal);

    /// <summary>
    /// Takes a renumbered mailbox (after a sync or new mail) with the cursor, limit and counts
    /// following their messages by file name. With <paramref name="keepNumbers"/> the numbers did not
    /// change; <paramref name="alsoKeep"/> are arrivals the limit shows.
    /// </summary>
    private void ReplaceMailbox(Mailbox next, bool keepNumbers, IEnumerable<int>? alsoKeep = null)
    {
        int[] map;
        if (keepNumbers && next.Messages.Count >= mailbox.Messages.Count)
        {
            map = Enumerable.Range(0, mailbox.Messages.Count).ToArray();
        }
        else
        {
            var byUnique = new Dictionary<string, int>(next.Messages.Count, StringComparer.Ordinal);
            foreach (var m in next.Messages)
                byUnique[UniqueOf(m)] = m.Number;
            map = mailbox.Messages.Select(m => byUnique.TryGetValue(UniqueOf(m), out int n) ? n : -1).ToArray();
        }
        bool[]? nextKeep = null;
        if (keep is not null)
        {
            nextKeep = new bool[next.Messages.Count];
            for (int i = 0; i < map.Length; i++)
            {
                if (map[i] >= 0)
                    nextKeep[map[i]] = keep[i];
            }
            foreach (int n in alsoKeep ?? [])
                nextKeep[n] = true;
        }
        int cursorBefore = cursorMessage >= 0 && cursorMessage < map.Length ? map[cursorMessage] : -1;
        if (cursorBefore < 0 && cursorMessage >= 0)
        {
            // The cursor's message is gone: the nearest survivor after it in mailbox order.
            for (int i = cursorMessage + 1; i < map.Length && cursorBefore < 0; i++)
                cursorBefore = map[i];
        }
        lastDeletion = lastDeletion.Select(n => n < map.Length ? map[n] : -1).Where(n => n >= 0).ToArray();
        var built = BuildSnapshot(next, nextKeep);
        keep = nextKeep;
        counts = SessionCounts.Of(next.Messages);
        limitedSize = nextKeep is null ? 0 : next.Messages.Where(m => nextKeep[m.Number]).Sum(m => m.Summary.Size);
        snapshot = built;
        cursorMessage = cursorBefore >= 0 ? cursorBefore
            : FirstMessageRow() is int row and >= 0 ? snapshot.Order.MessageAt(row) : -1;
    }

    private string UniqueOf(Message m) =>
        mailbox.Format == MailboxFormat.Mbox ? m.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : MaildirNames.UniquePart(System.IO.Path.GetFileName(m.Path));
}
