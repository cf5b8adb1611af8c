using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    /// <summary>
    /// Takes in what changed on disk since the folder was read (called when a
    /// <c>MailboxWatcher</c> reports the folder): new messages are added at the
    /// end of mailbox order, and shown when they pass the limit; messages another program removed
    /// are dropped; flags another program changed are taken unless changed here too. The cursor
    /// stays on its message. Only Maildir folders are watched this way.
    /// </summary>
    public Task<NewMailResult> MergeNewMailAsync(CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => MergeNewMailCoreAsync(cancellationToken), cancellationToken);

    private async Task<NewMailResult> MergeNewMailCoreAsync(CancellationToken cancellationToken)
    {
        if (mailbox.Format != MailboxFormat.Maildir)
            return NewMailResult.None;
        var scan = await Task.Run(() => Rescan(cancellationToken), cancellationToken).ConfigureAwait(false);
        if (!scan.Result.Changed)
            return scan.Result;
        List<int>? shown = null;
        if (limitPattern is not null)
        {
            shown = [];
            var context = PatternContext(needsThreads: false);
            for (int n = mailbox.Messages.Count - scan.Result.Vanished; n < scan.Mailbox.Messages.Count; n++)
            {
                if (await limitPattern.MatchesAsync(scan.Mailbox.Messages[n], context, cancellationToken).ConfigureAwait(false))
                    shown.Add(n);
            }
        }
        ReplaceMailbox(scan.Mailbox, keepNumbers: scan.Result.Vanished == 0, shown);
        return scan.Result;
    }

    /// <summary><c>$beep_new</c>: whether the terminal should beep for what <paramref name="result"/> found.</summary>
    public bool ShouldBeep(NewMailResult result) => result.Arrived > 0 && Config.GetBool("beep_new");

    /// <summary>
    /// Compares the folder's file names with the messages: an unchanged message is one whose file
    /// is still listed under the same name, so only the names that differ cost more than a lookup
    /// (a stat and a header read for an arrival). Nothing is stat'ed when nothing changed.
    /// </summary>
    private (Mailbox Mailbox, NewMailResult Result) Rescan(CancellationToken cancellationToken)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (string sub in (string[])["new", "cur"])
        {
            string dir = System.IO.Path.Combine(mailbox.Path, sub);
            if (Directory.Exists(dir))
                listed.UnionWith(Directory.EnumerateFiles(dir).Where(f => !System.IO.Path.GetFileName(f).StartsWith('.')));
        }
        cancellationToken.ThrowIfCancellationRequested();
        var gone = new List<Message>();
        foreach (var m in mailbox.Messages)
        {
            if (!listed.Remove(m.Path))
                gone.Add(m);
        }
        if (gone.Count == 0 && listed.Count == 0)
            return (mailbox, NewMailResult.None);
        // What is left of the listing is renamed files and arrivals; what is left of the messages, renamed or vanished.
        var byUnique = listed.ToDictionary(p => MaildirNames.UniquePart(System.IO.Path.GetFileName(p)), StringComparer.Ordinal);
        int flagsChanged = 0, vanished = 0;
        var vanishedSet = new HashSet<Message>();
        foreach (var m in gone)
        {
            if (byUnique.Remove(UniqueOf(m), out string? path))
            {
                var flags = MaildirStore.FlagsOnDisk(path, out string extra);
                flagsChanged += TakeDiskFlags(m, path, flags, extra) ? 1 : 0;
            }
            else
            {
                vanishedSet.Add(m);
                vanished++;
            }
        }
        var reader = new SummaryReader();
        var arrivals = new List<Message>();
        foreach (var (unique, path) in byUnique.OrderBy(p => p.Key, Comparer<string>.Create((a, b) => MaildirNames.CompareUnique(a, b))))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new FileInfo(path);
            if (info.Exists && reader.TryReadFile(path, info.LastWriteTimeUtc, out var summary, out _))
            {
                var flags = MaildirStore.FlagsOnDisk(path, out string extra);
                arrivals.Add(new Message(-1, path, summary, flags, extra));
            }
        }
        var result = new NewMailResult(arrivals.Count, vanished, flagsChanged);
        if (arrivals.Count == 0 && vanished == 0)
            return (mailbox, result);
        var messages = new List<Message>(mailbox.Messages.Count + arrivals.Count);
        foreach (var m in mailbox.Messages.Where(m => !vanishedSet.Contains(m)).Concat(arrivals))
            messages.Add(Renumbered(m, messages.Count));
        return (new Mailbox(mailbox.Path, mailbox.Format, messages, mailbox.ReadOnly) { Errors = mailbox.Errors }, result);
    }

    /// <summary>
    /// Follows a file another program renamed; its flags are taken when the message has no
    /// change of ours pending (its flags still match the name we last saw). True when flags changed.
    /// </summary>
    private bool TakeDiskFlags(Message message, string path, MessageFlags flags, string extra)
    {
        var before = MaildirStore.FlagsOnDisk(message.Path, out _);
        message.Path = path;
        if (message.Flags != before || flags == before)
            return false;
        Change(message, m =>
        {
            m.Flags = flags & ~MessageFlags.Trashed;
            m.ExtraFlagLetters = extra;
        }, flags: false);
        return true;
    }

    private static Message Renumbered(Message m, int number) =>
        m.Number == number ? m : new Message(number, m.Path, m.Summary, m.Flags, m.ExtraFlagLetters)
        {
            Offset = m.Offset,
            Tagged = m.Tagged,
            Deleted = m.Deleted,
            Score = m.Score,
        };
}
