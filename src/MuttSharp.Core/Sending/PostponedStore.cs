using MuttSharp.Core.Compose;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sending;

/// <summary>
/// <c>$postponed</c> as a Maildir: <c>P</c> puts a draft there (flagged D, so other readers see a draft),
/// <c>R</c> recalls one (<see cref="PostponedList"/> lists them); a recalled draft leaves the folder only when
/// it is sent or postponed again.
/// </summary>
public sealed class PostponedStore
{
    private readonly string folder;
    private readonly DraftWriter writer;
    private readonly MaildirWriter maildir;

    /// <param name="folder">The <c>$postponed</c> Maildir.</param>
    /// <param name="writer">Writes drafts (with Bcc, for recall).</param>
    /// <param name="hostname">The host name in Maildir file names.</param>
    /// <param name="time">The clock.</param>
    public PostponedStore(string folder, DraftWriter writer, string? hostname = null, TimeProvider? time = null)
    {
        this.folder = folder;
        this.writer = writer;
        maildir = new MaildirWriter(hostname, time);
    }

    /// <summary>Writes the draft into the folder, then removes the file it was recalled from; returns its new file.</summary>
    public async Task<string> PostponeAsync(Draft draft, CancellationToken cancellationToken = default)
    {
        string written = await maildir.WriteAsync(folder, (stream, ct) => writer.WriteAsync(draft, DraftWriteMode.Postpone, stream, ct), MessageFlags.Draft | MessageFlags.Seen, cancellationToken).ConfigureAwait(false);
        // Should the old file resist removal, the draft is in the folder twice: a duplicate, never a loss.
        Forget(draft);
        draft.PostponedPath = written;
        return written;
    }

    /// <summary>How many drafts the folder holds (a directory listing, no file is read).</summary>
    public int Count()
    {
        if (!MaildirScanner.IsMaildir(folder))
            return 0;
        try
        {
            return Directory.EnumerateFiles(Path.Combine(folder, "cur")).Count() + Directory.EnumerateFiles(Path.Combine(folder, "new")).Count();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Reads the draft in <paramref name="path"/> back, remembering where it came from
    /// (<see cref="Draft.PostponedPath"/>): it stays in the folder until it is sent or postponed again, so
    /// that abandoning the compose menu loses nothing. Null with a reason when it cannot be read.
    /// </summary>
    public async Task<(Draft? Draft, string Error)> RecallAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] raw;
        try
        {
            raw = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: {e.Message}");
        }
        if (!DraftReader.TryRead(raw, out var draft, out string error))
            return (null, $"{path}: {error}");
        draft.PostponedPath = path;
        return (draft, "");
    }

    /// <summary>
    /// Removes the postponed file a recalled draft came from, once the draft is sent or kept again; found by its
    /// unique name if another reader renamed it. Null when done (or already gone), else the reason.
    /// </summary>
    public static string? Forget(Draft draft)
    {
        if (draft.PostponedPath is not { } path)
            return null;
        string? maildir = Path.GetDirectoryName(Path.GetDirectoryName(path));
        var store = new MaildirStore(maildir ?? "");
        // The store removes a message by its file, chasing a rename; a bare message stands for the draft's file.
        if (!store.TryDelete(new Message(0, path, new MessageSummary(), MessageFlags.None), out string error))
            return error;
        draft.PostponedPath = null;
        return null;
    }
}
