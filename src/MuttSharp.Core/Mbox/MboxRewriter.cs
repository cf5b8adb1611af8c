using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Mbox;

/// <summary>
/// Takes messages out of an mbox file as Mutt's mbox sync does: under the same fcntl lock as
/// <see cref="MboxWriter"/>, the file is read again (so what another program appended meanwhile is seen and kept),
/// the new content is written in full to a temporary file beside it and synced, then written over the old
/// content from the first removed message and the file cut to length, and synced. The file keeps its inode, so
/// a program waiting for the lock appends to the file everyone sees; should the copy back fail, the temporary
/// file, which is kept then, holds every message that was to stay.
/// </summary>
internal static class MboxRewriter
{
    /// <summary>
    /// Removes the messages of <paramref name="path"/> that <paramref name="remove"/> picks (given each message's
    /// bytes after its <c>From </c> line); returns how many went. A file that does not parse as an mbox to its end
    /// is left untouched (an <see cref="IOException"/>), as is one with nothing to remove.
    /// </summary>
    public static async Task<int> RemoveAsync(string path, Func<ReadOnlyMemory<byte>, bool> remove, MboxWriter? locker = null, CancellationToken cancellationToken = default)
    {
        var options = new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.ReadWrite, Share = FileShare.ReadWrite };
        await using var stream = new FileStream(path, options);
        await (locker ?? new MboxWriter()).LockAsync(stream, path, cancellationToken).ConfigureAwait(false);
        try
        {
            if (stream.Length == 0)
                return 0;
            byte[] content = new byte[stream.Length];
            await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
            var errors = new List<MailboxError>();
            var messages = MboxReader.Read(path, new SummaryReader(), errors, cancellationToken);
            if (errors.Count > 0)
                throw new IOException($"{path}: {errors[0].Reason}; nothing was removed");

            var kept = new MemoryStream(content.Length);
            long firstChange = -1;
            int removed = 0;
            for (int i = 0; i < messages.Count; i++)
            {
                long start = FromLineStart(content, messages[i].Offset);
                long end = i + 1 < messages.Count ? FromLineStart(content, messages[i + 1].Offset) : content.Length;
                if (i == 0)
                    kept.Write(content, 0, (int)start);
                if (remove(content.AsMemory((int)messages[i].Offset, (int)messages[i].Length)))
                {
                    if (firstChange < 0)
                        firstChange = start;
                    removed++;
                    continue;
                }
                kept.Write(content, (int)start, (int)(end - start));
            }
            if (firstChange < 0)
                return 0;
            await ReplaceAsync(stream, path, kept.GetBuffer().AsMemory(0, (int)kept.Length), firstChange, cancellationToken).ConfigureAwait(false);
            return removed;
        }
        finally
        {
            if (!OperatingSystem.IsMacOS())
                stream.Unlock(0, long.MaxValue);
        }
    }

    private static async Task ReplaceAsync(FileStream stream, string path, ReadOnlyMemory<byte> kept, long firstChange, CancellationToken cancellationToken)
    {
        string backup = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Random.Shared.Next():x}.tmp");
        var backupOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            backupOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var copy = new FileStream(backup, backupOptions))
        {
            await copy.WriteAsync(kept, cancellationToken).ConfigureAwait(false);
            copy.Flush(flushToDisk: true);
        }
        try
        {
            // Past this point a failure leaves the old file half rewritten: the backup is the whole truth then.
            stream.Position = firstChange;
            await stream.WriteAsync(kept[(int)firstChange..], CancellationToken.None).ConfigureAwait(false);
            stream.SetLength(kept.Length);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException e)
        {
            throw new IOException($"{path}: rewriting failed ({e.Message}); its messages are kept in {backup}", e);
        }
        File.Delete(backup);
    }

    /// <summary>Where the <c>From </c> line of the message whose headers start at <paramref name="offset"/> begins.</summary>
    private static long FromLineStart(byte[] content, long offset)
    {
        if (offset < 2)
            return 0;
        int lf = Array.LastIndexOf(content, (byte)'\n', (int)offset - 2);
        return lf + 1;
    }
}
