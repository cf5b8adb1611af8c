using System.Collections.Concurrent;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Mbox;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Sending;

/// <summary>
/// Mutt's <c>mutt_num_postponed</c>, for <c>%p</c> and the <c>$recall</c> question: the drafts in <c>$postponed</c>,
/// counted again only when the folder changed (a Maildir's <c>cur/</c> or <c>new/</c>, an mbox file's time or
/// length), so that the status line can ask at every redraw for a few <c>stat</c> calls and still see a draft
/// postponed, recalled or sent a moment ago.
/// </summary>
public static class PostponedCount
{
    private static readonly ConcurrentDictionary<string, ((long, long) Stamp, int Count)> Known = new(StringComparer.Ordinal);

    /// <summary>How many drafts <paramref name="folder"/> holds; 0 when it is missing, empty or unreadable.</summary>
    public static int Of(string folder)
    {
        if (folder.Length == 0)
            return 0;
        try
        {
            bool maildir = MaildirScanner.IsMaildir(folder);
            if (!maildir && !File.Exists(folder))
                return 0;
            (long, long) stamp = maildir
                ? (Directory.GetLastWriteTimeUtc(Path.Combine(folder, "cur")).Ticks, Directory.GetLastWriteTimeUtc(Path.Combine(folder, "new")).Ticks)
                : (File.GetLastWriteTimeUtc(folder).Ticks, new FileInfo(folder).Length);
            if (Known.TryGetValue(folder, out var known) && known.Stamp == stamp)
                return known.Count;
            int count = maildir ? CountMaildir(folder) : CountMbox(folder);
            Known[folder] = (stamp, count);
            return count;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static int CountMaildir(string folder) =>
        Directory.EnumerateFiles(Path.Combine(folder, "cur")).Count() + Directory.EnumerateFiles(Path.Combine(folder, "new")).Count();

    // Reading an mbox for its count must not make it look read: its access time is put back.
    private static int CountMbox(string folder)
    {
        var accessed = File.GetLastAccessTimeUtc(folder);
        int count = MboxReader.Read(folder, new SummaryReader(), new List<MailboxError>()).Count;
        MboxReader.KeepAccessTime(folder, accessed);
        return count;
    }
}
