using MuttSharp.Core.IO;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Maildir;

/// <summary>
/// The one way MuttSharp adds a message to a Maildir, used by the engine's delivery and by the
/// reader's save, Fcc and postpone: write into <c>tmp/</c>, fsync, move into <c>new/</c> (or
/// <c>cur/</c> with flags) under a Postfix-style unique name, fsync the directory. A crash at any
/// instant leaves either no message or one whole message, never a partial one in <c>new/</c>.
/// </summary>
public sealed class MaildirWriter
{
    private static long counter;
    private readonly TimeProvider time;
    private readonly string host;

    /// <param name="hostName">The name written into unique names; <see cref="Environment.MachineName"/> when null.</param>
    /// <param name="timeProvider">The clock for the time part of names.</param>
    public MaildirWriter(string? hostName = null, TimeProvider? timeProvider = null)
    {
        host = string.IsNullOrEmpty(hostName) ? Environment.MachineName : hostName;
        time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Whether <see cref="WriteAsync(string, Func{Stream, CancellationToken, Task}, MessageFlags, CancellationToken)"/>
    /// fsyncs the directory it moved the message into before returning (the default). A caller that
    /// syncs it later itself, sharing one sync among many deliveries, turns this off; until then the
    /// message is whole wherever it is, but its name in the directory may not survive a crash.
    /// </summary>
    public bool SyncDirectory { get; init; } = true;

    /// <summary>
    /// Flushes the finished file in <c>tmp/</c> to disk before it is moved into place; when null it
    /// is fsynced on the calling thread. The engine runs its fsyncs on threads of their own.
    /// </summary>
    public Func<FileStream, CancellationToken, Task>? SyncFile { get; init; }

    /// <summary>
    /// Opens the file in <c>tmp/</c> for blocking, unbuffered writes: each write of the content
    /// callback is one system call on the calling thread instead of a hand-off to the thread pool.
    /// For a caller already on a thread set aside for disk work, whose callback writes synchronously.
    /// </summary>
    public bool BlockingWrites { get; init; }

    /// <summary>Creates <c>cur/</c>, <c>new/</c> and <c>tmp/</c> under <paramref name="maildir"/> if missing.</summary>
    public static void EnsureMaildir(string maildir)
    {
        foreach (string sub in (string[])["cur", "new", "tmp"])
        {
            string dir = Path.Combine(maildir, sub);
            if (!Directory.Exists(dir))
            {
                if (OperatingSystem.IsWindows())
                    Directory.CreateDirectory(dir);
                else
                    Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    /// <summary>
    /// Writes a message and returns the path it now has. With no flags it goes into <c>new/</c>;
    /// with flags into <c>cur/</c> with its <c>:2,</c> info. <see cref="MessageFlags.New"/> is ignored:
    /// it is where the file is, not a letter.
    /// </summary>
    /// <param name="maildir">The Maildir directory (holding cur/new/tmp); created when missing.</param>
    /// <param name="writeContent">Writes the whole message into the stream it is given.</param>
    /// <param name="flags">Flags for a message that is not new (e.g. Seen for a Fcc copy).</param>
    /// <param name="cancellationToken">Cancels before the message is moved into place.</param>
    public async Task<string> WriteAsync(
        string maildir,
        Func<Stream, CancellationToken, Task> writeContent,
        MessageFlags flags = MessageFlags.None,
        CancellationToken cancellationToken = default)
    {
        EnsureMaildir(maildir);
        flags &= ~MessageFlags.New;
        string tmpPath = TmpName(maildir);
        try
        {
            string unique = await WriteTmpAsync(tmpPath, writeContent, time.GetUtcNow(), null, cancellationToken).ConfigureAwait(false);
            string subdir = flags == MessageFlags.None ? "new" : "cur";
            string info = flags == MessageFlags.None ? "" : MaildirNames.FormatInfo(flags);
            string target = MoveUnique(tmpPath, Path.Combine(maildir, subdir), unique, info);
            if (SyncDirectory)
                Posix.FsyncDirectory(Path.Combine(maildir, subdir));
            return target;
        }
        finally
        {
            if (File.Exists(tmpPath))
                File.Delete(tmpPath);
        }
    }

    /// <summary>
    /// Gives the message file at <paramref name="currentPath"/> new content (a header block rewritten at sync)
    /// so that the folder holds exactly one copy of the message at every instant, old or new, never both and
    /// never neither: the content is written and synced in <c>tmp/</c> as a delivery is; one rename puts it
    /// over the old file; a second gives it a unique name of its own (starting with the old name's delivery
    /// time, else <paramref name="delivered"/>, so that mailbox order does not change) with <paramref name="flags"/> and <paramref name="extraLetters"/>
    /// placed as <see cref="MaildirStore.TargetPath"/> says. The file keeps <paramref name="delivered"/> as
    /// its modification time, as Mutt keeps a rewritten message's received time. When another program
    /// renames the old file meanwhile, it is followed by its unique part; a copy left under its old content
    /// is removed once the new one is in place. Returns the new path; throws <see cref="FileNotFoundException"/>
    /// when the message has vanished (the folder is then unchanged) and <see cref="IOException"/> on failure.
    /// </summary>
    public async Task<string> ReplaceAsync(
        string currentPath,
        Func<Stream, CancellationToken, Task> writeContent,
        MessageFlags flags,
        string extraLetters,
        DateTimeOffset delivered,
        CancellationToken cancellationToken = default)
    {
        string maildir = Path.GetDirectoryName(Path.GetDirectoryName(currentPath)) ?? ".";
        var store = new MaildirStore(maildir);
        string oldUnique = MaildirNames.UniquePart(Path.GetFileName(currentPath));
        EnsureMaildir(maildir);
        string tmpPath = TmpName(maildir);
        try
        {
            string unique = await WriteTmpAsync(tmpPath, writeContent, NamedTime(oldUnique, delivered), delivered, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            string current = File.Exists(currentPath) ? currentPath : store.Locate(oldUnique) ?? throw Vanished(currentPath);
            File.Move(tmpPath, current, overwrite: true);
            AfterRename?.Invoke(1);

            string placed = store.TargetPath(unique, flags, extraLetters), target;
            for (int attempt = 0; ; attempt++)
            {
                try
                {
                    target = MoveUnique(current, Path.GetDirectoryName(placed)!, unique, Path.GetFileName(placed)[unique.Length..]);
                    break;
                }
                catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && attempt < MaildirStore.MaxAttempts)
                {
                    // Renamed by another program after our rename over it: it holds the new content still.
                    current = store.Locate(oldUnique) ?? throw Vanished(currentPath);
                }
            }
            AfterRename?.Invoke(2);

            // Renamed by another program before our rename over it: that name still holds the old content.
            if (store.Locate(oldUnique) is { } stale && !store.TryDelete(stale, out string error))
                throw new IOException(error);
            Posix.FsyncDirectory(Path.GetDirectoryName(target)!);
            if (Path.GetDirectoryName(current) is { } oldDir && oldDir != Path.GetDirectoryName(target))
                Posix.FsyncDirectory(oldDir);
            return target;
        }
        finally
        {
            if (File.Exists(tmpPath))
                File.Delete(tmpPath);
        }
    }

    /// <summary>Called after each rename of <see cref="ReplaceAsync"/> (1: over the old file, 2: to the new name); where tests cut the process short.</summary>
    internal Action<int>? AfterRename { get; init; }

    /// <summary>The time a replacement's name starts with: the old name's, which mailbox order sorts by, else <paramref name="delivered"/>.</summary>
    private static DateTimeOffset NamedTime(string oldUnique, DateTimeOffset delivered)
    {
        int digits = MaildirNames.TimeDigits(oldUnique);
        return digits is > 0 and < 12 && long.TryParse(oldUnique.AsSpan(0, digits), out long seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : delivered;
    }

    private static FileNotFoundException Vanished(string path) => new($"{path}: message has disappeared", path);

    private string TmpName(string maildir) =>
        Path.Combine(maildir, "tmp", $"{time.GetUtcNow().ToUnixTimeSeconds()}.P{Environment.ProcessId}Q{Interlocked.Increment(ref counter)}.{MaildirNames.EscapeHost(host)}");

    /// <summary>Writes and syncs the file in <c>tmp/</c>; returns the Postfix-style unique name it earns, named after <paramref name="named"/>.</summary>
    private async Task<string> WriteTmpAsync(string tmpPath, Func<Stream, CancellationToken, Task> writeContent, DateTimeOffset named,
        DateTimeOffset? modified, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = BlockingWrites ? FileOptions.None : FileOptions.Asynchronous,
            BufferSize = BlockingWrites ? 0 : 4096,
        };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var stream = new FileStream(tmpPath, options))
        {
            await writeContent(stream, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (modified is { } mtime)
                File.SetLastWriteTimeUtc(tmpPath, mtime.UtcDateTime);
            if (SyncFile is null)
                stream.Flush(flushToDisk: true);
            else
                await SyncFile(stream, cancellationToken).ConfigureAwait(false);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (!Posix.TryGetDeviceAndInode(tmpPath, out ulong device, out ulong inode))
            (device, inode) = (0, (ulong)Interlocked.Increment(ref counter));
        return MaildirNames.PostfixUniqueName(named, device, inode, host);
    }

    /// <summary>Renames <paramref name="source"/> to <paramref name="unique"/> plus <paramref name="info"/> in <paramref name="directory"/>, never over another file.</summary>
    private static string MoveUnique(string source, string directory, string unique, string info)
    {
        string target = Path.Combine(directory, unique + info);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                File.Move(source, target, overwrite: false);
                return target;
            }
            catch (IOException) when (File.Exists(target) && attempt < 10)
            {
                // Same second, same inode reused after a delete: make the name unique again.
                target = Path.Combine(directory, $"{unique}_{attempt}{info}");
            }
        }
    }

    /// <summary>Writes bytes already in memory; see <see cref="WriteAsync(string, Func{Stream, CancellationToken, Task}, MessageFlags, CancellationToken)"/>.</summary>
    public Task<string> WriteAsync(string maildir, ReadOnlyMemory<byte> content, MessageFlags flags = MessageFlags.None, CancellationToken cancellationToken = default)
        => WriteAsync(maildir, (s, ct) => s.WriteAsync(content, ct).AsTask(), flags, cancellationToken);
}
