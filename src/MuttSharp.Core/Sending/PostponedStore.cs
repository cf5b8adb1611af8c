using System.Security.Cryptography;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Mbox;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Sending;

/// <summary>
/// <c>$postponed</c>, a Maildir or an mbox file (a folder that does not exist yet is made in the format given, a
/// Maildir unless told): <c>P</c> puts a draft there (flagged D in a Maildir, so other readers see a draft),
/// <c>R</c> recalls one (<see cref="PostponedList"/> lists them); a recalled draft leaves the folder only when
/// it is sent or postponed again.
/// </summary>
public sealed class PostponedStore
{
    private readonly string folder;
    private readonly DraftWriter writer;
    private readonly MailboxFormat newFolderFormat;
    private readonly TimeProvider time;
    private readonly MaildirWriter maildir;

    /// <param name="folder">The <c>$postponed</c> folder.</param>
    /// <param name="writer">Writes drafts (with Bcc, for recall).</param>
    /// <param name="hostname">The host name in Maildir file names.</param>
    /// <param name="time">The clock.</param>
    /// <param name="newFolderFormat">The format of the folder when it does not exist yet.</param>
    public PostponedStore(string folder, DraftWriter writer, string? hostname = null, TimeProvider? time = null, MailboxFormat newFolderFormat = MailboxFormat.Maildir)
    {
        this.folder = folder;
        this.writer = writer;
        this.newFolderFormat = newFolderFormat;
        this.time = time ?? TimeProvider.System;
        maildir = new MaildirWriter(hostname, time);
    }

    /// <summary>Whether the folder is (or, not existing yet, will be) an mbox file.</summary>
    public bool IsMbox => File.Exists(folder) || (!Directory.Exists(folder) && newFolderFormat == MailboxFormat.Mbox);

    /// <summary>
    /// Writes the draft into the folder, then removes the copy it was recalled from; returns its new file (the
    /// mbox file for an mbox, where it is appended under the lock).
    /// </summary>
    public async Task<string> PostponeAsync(Draft draft, CancellationToken cancellationToken = default)
    {
        string written;
        if (IsMbox)
        {
            using var buffer = new MemoryStream();
            await writer.WriteAsync(draft, DraftWriteMode.Postpone, buffer, cancellationToken).ConfigureAwait(false);
            string? parent = Path.GetDirectoryName(folder);
            if (!string.IsNullOrEmpty(parent))
                Directory.CreateDirectory(parent);
            string sender = draft.From.Mailboxes.FirstOrDefault()?.Address ?? writer.DefaultFrom().Address;
            await new MboxWriter(time).AppendAsync(folder, buffer.ToArray(), time.GetUtcNow(), MessageFlags.Draft | MessageFlags.Seen, sender, cancellationToken).ConfigureAwait(false);
            written = folder;
        }
        else
        {
            written = await maildir.WriteAsync(folder, (stream, ct) => writer.WriteAsync(draft, DraftWriteMode.Postpone, stream, ct), MessageFlags.Draft | MessageFlags.Seen, cancellationToken).ConfigureAwait(false);
        }
        // Should the old copy resist removal, the draft is in the folder twice: a duplicate, never a loss.
        await ForgetAsync(draft, cancellationToken).ConfigureAwait(false);
        // A copy in an mbox is known by its bytes once it is read back, not by where it was appended.
        draft.PostponedPath = IsMbox ? null : written;
        draft.PostponedDigest = null;
        return written;
    }

    /// <summary>How many drafts the folder holds: <see cref="PostponedCount.Of"/>.</summary>
    public int Count() => PostponedCount.Of(folder);

    /// <summary>
    /// Reads the draft in <paramref name="path"/> (a Maildir file) back, remembering where it came from
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
        return Recalled(raw, path, null);
    }

    /// <summary>Reads back the draft <paramref name="message"/> of a <see cref="PostponedList"/>: its Maildir file, or its part of the mbox file.</summary>
    public async Task<(Draft? Draft, string Error)> RecallAsync(Message message, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(folder) || message.Path != folder)
            return await RecallAsync(message.Path, cancellationToken).ConfigureAwait(false);
        byte[] raw;
        try
        {
            await using var stream = MessageFile.OpenRead(new Mailbox(folder, MailboxFormat.Mbox, []), message);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            raw = buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{folder}: {e.Message}");
        }
        return Recalled(raw, folder, Digest(raw));
    }

    private static (Draft? Draft, string Error) Recalled(byte[] raw, string path, string? digest)
    {
        if (!DraftReader.TryRead(raw, out var draft, out string error))
            return (null, $"{path}: {error}");
        draft.PostponedPath = path;
        draft.PostponedDigest = digest;
        return (draft, "");
    }

    /// <summary>
    /// Removes the postponed copy a recalled draft came from, once the draft is sent or kept again: a Maildir file
    /// found by its unique name if another reader renamed it, or the message of the mbox with the same bytes.
    /// Null when done (or already gone), else the reason.
    /// </summary>
    public static async Task<string?> ForgetAsync(Draft draft, CancellationToken cancellationToken = default)
    {
        if (draft.PostponedPath is not { } path)
            return null;
        if (draft.PostponedDigest is { } digest)
        {
            try
            {
                await RemoveFromMboxAsync(path, [digest], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return e.Message;
            }
        }
        else
        {
            string? maildirPath = Path.GetDirectoryName(Path.GetDirectoryName(path));
            var store = new MaildirStore(maildirPath ?? "");
            // The store removes a message by its file, chasing a rename; a bare message stands for the draft's file.
            if (!store.TryDelete(new Message(0, path, new MessageSummary(), MessageFlags.None), out string error))
                return error;
        }
        draft.PostponedPath = null;
        draft.PostponedDigest = null;
        return null;
    }

    /// <summary>Removes from the mbox <paramref name="path"/> one message for each digest given (one of two identical drafts stays).</summary>
    internal static async Task RemoveFromMboxAsync(string path, IEnumerable<string> digests, CancellationToken cancellationToken)
    {
        var wanted = digests.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        await MboxRewriter.RemoveAsync(path, bytes =>
        {
            string digest = Digest(bytes.Span);
            if (!wanted.TryGetValue(digest, out int left) || left == 0)
                return false;
            wanted[digest] = left - 1;
            return true;
        }, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The digest that finds a draft in an mbox again: SHA-256 of its bytes after the <c>From </c> line, less the
    /// line ends it finishes with, which count towards the last message of a file but not towards one followed by another.
    /// </summary>
    internal static string Digest(ReadOnlySpan<byte> message) => Convert.ToHexString(SHA256.HashData(message.TrimEnd("\r\n"u8)));
}
