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
    public async Task<NewMailResult> MergeNewMailAsync(CancellationToken cancellationToken = default)
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
        postponedCount = CountPostponed();
        return scan.Result;
    }

    private (Mailbox Mailbox, NewMailResult Result) Rescan(CancellationToken cancellationToken)
    {
        var errors = new List<MailboxError>();
        var entries = MaildirScanner.Scan(mailbox.Path, errors, 0, cancellationToken);
        var known = new Dictionary<string, Message>(mailbox.Messages.Count, StringComparer.Ordinal);
        foreach (var m in mailbox.Messages)
            known[UniqueOf(m)] = m;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var arrivals = new List<Message>();
        var reader = new SummaryReader();
        int flagsChanged = 0;
        foreach (var entry in entries)
        {
            string unique = entry.Unique;
            seen.Add(unique);
            if (known.TryGetValue(unique, out var message))
            {
                if (message.Path != entry.Path)
                    flagsChanged += TakeDiskFlags(message, entry) ? 1 : 0;
                continue;
            }
            if (reader.TryReadFile(entry.Path, entry.Modified, out var summary, out _))
                arrivals.Add(new Message(-1, entry.Path, summary, entry.Flags, entry.ExtraFlagLetters));
        }
        int vanished = mailbox.Messages.Count(m => !seen.Contains(UniqueOf(m)));
        var result = new NewMailResult(arrivals.Count, vanished, flagsChanged);
        if (arrivals.Count == 0 && vanished == 0)
            return (mailbox, result);
        arrivals.Sort((a, b) => MaildirNames.CompareUnique(UniqueOf(a), UniqueOf(b)));
        var messages = new List<Message>(mailbox.Messages.Count + arrivals.Count);
        foreach (var m in mailbox.Messages.Where(m => seen.Contains(UniqueOf(m))).Concat(arrivals))
            messages.Add(Renumbered(m, messages.Count));
        return (new Mailbox(mailbox.Path, mailbox.Format, messages, mailbox.ReadOnly) { Errors = mailbox.Errors }, result);
    }

    /// <summary>
    /// Follows a file another program renamed; its flags are taken when the message has no
    /// change of ours pending (its flags still match the name we last saw). True when flags changed.
    /// </summary>
    private bool TakeDiskFlags(Message message, MaildirEntry entry)
    {
        var before = MaildirStore.FlagsOnDisk(message.Path, out _);
        message.Path = entry.Path;
        if (message.Flags != before || entry.Flags == before)
            return false;
        Change(message, m =>
        {
            m.Flags = entry.Flags & ~MessageFlags.Trashed;
            m.ExtraFlagLetters = entry.ExtraFlagLetters;
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
