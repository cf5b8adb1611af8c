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
        var now = time.GetUtcNow();
        string tmpPath = Path.Combine(maildir, "tmp",
            $"{now.ToUnixTimeSeconds()}.P{Environment.ProcessId}Q{Interlocked.Increment(ref counter)}.{MaildirNames.EscapeHost(host)}");
        try
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
                if (SyncFile is null)
                    stream.Flush(flushToDisk: true);
                else
                    await SyncFile(stream, cancellationToken).ConfigureAwait(false);
            }
            cancellationToken.ThrowIfCancellationRequested();

            if (!Posix.TryGetDeviceAndInode(tmpPath, out ulong device, out ulong inode))
                (device, inode) = (0, (ulong)Interlocked.Increment(ref counter));
            string unique = MaildirNames.PostfixUniqueName(now, device, inode, host);
            string subdir = flags == MessageFlags.None ? "new" : "cur";
            string info = flags == MessageFlags.None ? "" : MaildirNames.FormatInfo(flags);
            string target = Path.Combine(maildir, subdir, unique + info);
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    File.Move(tmpPath, target, overwrite: false);
                    break;
                }
                catch (IOException) when (File.Exists(target) && attempt < 10)
                {
                    // Same second, same inode reused after a delete: make the name unique again.
                    target = Path.Combine(maildir, subdir, $"{unique}_{attempt}{info}");
                }
            }
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

    /// <summary>Writes bytes already in memory; see <see cref="WriteAsync(string, Func{Stream, CancellationToken, Task}, MessageFlags, CancellationToken)"/>.</summary>
    public Task<string> WriteAsync(string maildir, ReadOnlyMemory<byte> content, MessageFlags flags = MessageFlags.None, CancellationToken cancellationToken = default)
        => WriteAsync(maildir, (s, ct) => s.WriteAsync(content, ct).AsTask(), flags, cancellationToken);
}
