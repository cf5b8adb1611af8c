using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace MuttSharp.Core.Maildir;

/// <summary>
/// Lists a directory with Linux's <c>getdents64</c> and stats each entry with <c>statx</c> relative
/// to the open directory: one system call per file, on the name bytes the kernel returned, with no
/// path built or converted to stat it and no second call for links. On a 100k-message Maildir the
/// stats are most of a scan, nearly all of it the kernel's own lookups. Both calls have the same record layout on every
/// 64-bit Linux architecture; <see cref="IsSupported"/> is false elsewhere, and the caller lists
/// portably instead.
/// </summary>
internal static partial class LinuxDirectory
{
    private const int ORdOnly = 0, ODirectory = 0x10000, OCloexec = 0x80000;
    private const byte DtDir = 4, DtReg = 8;
    private const uint StatxType = 0x1, StatxMtime = 0x40, StatxSize = 0x200;

    // A Maildir file never changes in place (a flag change is a rename), so a network file system's
    // cached attributes are good enough and not fetched again; on a local one this changes nothing.
    private const int AtStatxDontSync = 0x4000;
    private const int ModeTypeMask = 0xF000, ModeDirectory = 0x4000;

    // struct linux_dirent64: d_ino u64, d_off s64, d_reclen u16, d_type u8, d_name[] (NUL-terminated).
    private const int DirentLength = 16, DirentType = 18, DirentName = 19, MinRecordLength = 24;

    // Entries read and stat'ed at a time: about 4000 typical Maildir names.
    private const int BlockSize = 256 * 1024;

    // struct statx: stx_mode u16 at 28, stx_size u64 at 40, stx_mtime { s64 tv_sec; u32 tv_nsec } at 112; 256 bytes in all.
    private const int StatxBufferSize = 256, StatxModeAt = 28, StatxSizeAt = 40, StatxMtimeAt = 112;

    // Stands for a directory in the stat results; -1 there means a file not stat'ed.
    private const long DirectorySize = -2;

    private static readonly Lazy<bool> Available = new(Probe);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "getdents64", SetLastError = true)]
    private static partial nint GetDents64(int fd, Span<byte> buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static partial int Statx(int dirfd, ReadOnlySpan<byte> path, int flags, uint mask, Span<byte> buffer);

    /// <summary>True on 64-bit Linux with a C library that exports <c>getdents64</c> and <c>statx</c> (glibc 2.30 and later).</summary>
    public static bool IsSupported => Available.Value;

    /// <summary>
    /// Lists the files of <paramref name="directory"/> (symbolic links followed, as <c>stat</c> does),
    /// skipping subdirectories and names that start with a dot. Each file's path, size and
    /// modification time (UTC ticks) go to <paramref name="files"/>; a file that vanished or cannot
    /// be stat'ed between listing and stat goes to <paramref name="failed"/> with the reason. The
    /// stats, the bulk of the cost, run on <paramref name="parallelism"/> threads, one block of
    /// entries at a time, so that nothing proportional to the folder is held besides the result.
    /// Returns the reason when the directory itself cannot be opened or read, else null.
    /// When <paramref name="stat"/> is false, a regular file (by the type the listing gives) is not
    /// stat'ed and gets size -1 and mtime 0; only entries of another or unknown type are, to tell files from directories.
    /// </summary>
    public static string? TryList(string directory, List<(string Path, long Size, long ModifiedTicks)> files, List<(string Path, string Reason)> failed, int parallelism, bool stat, CancellationToken cancellationToken)
    {
        int fd = Open(directory, ORdOnly | ODirectory | OCloexec);
        if (fd < 0)
            return Reason(Marshal.GetLastPInvokeError());
        try
        {
            string prefix = directory.EndsWith('/') ? directory : directory + "/";
            byte[] buffer = new byte[BlockSize];
            var names = new List<int>();
            var stats = new (long Size, long Ticks, int Errno)[BlockSize / MinRecordLength];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
            while (true)
            {
                nint read = GetDents64(fd, buffer, (nuint)buffer.Length);
                if (read < 0)
                    return Reason(Marshal.GetLastPInvokeError());
                if (read == 0)
                    return null;
                names.Clear();
                for (int at = 0; at < read;)
                {
                    var record = buffer.AsSpan(at, BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(at + DirentLength)));
                    if (record[DirentName] != (byte)'.' && record[DirentName] != 0 && record[DirentType] != DtDir)
                        names.Add(at + DirentName);
                    at += record.Length;
                }
                // Ranges rather than single items: each stat is a microsecond or two, less than handing out work costs.
                if (names.Count > 0)
                {
                    Parallel.ForEach(Partitioner.Create(0, names.Count, Math.Max(256, names.Count / (2 * parallel.MaxDegreeOfParallelism))), parallel, range =>
                    {
                        Span<byte> statx = stackalloc byte[StatxBufferSize];
                        for (int i = range.Item1; i < range.Item2; i++)
                            stats[i] = !stat && buffer[names[i] - DirentName + DirentType] == DtReg ? (-1, 0, 0) : Stat(fd, buffer.AsSpan(names[i]), statx);
                    });
                }
                for (int i = 0; i < names.Count; i++)
                {
                    var name = buffer.AsSpan(names[i]);
                    string path = MaildirNames.PathOf(prefix, name[..name.IndexOf((byte)0)]);
                    var (size, ticks, errno) = stats[i];
                    if (errno != 0)
                        failed.Add((path, Reason(errno)));
                    else if (size != DirectorySize)
                        files.Add((path, size, ticks));
                }
            }
        }
        finally
        {
            Close(fd);
        }
    }

    /// <summary>
    /// Hands each regular file's name in <paramref name="directory"/> (skipping subdirectories and names that
    /// start with a dot) to <paramref name="visit"/>, as the UTF-8 bytes the kernel returned. False when the
    /// directory cannot be read or an entry is of another or unknown type (a link, or a file system that does
    /// not give types), which only a stat could tell from a directory.
    /// </summary>
    public static bool TryVisitNames(string directory, Action<ReadOnlySpan<byte>> visit)
    {
        int fd = Open(directory, ORdOnly | ODirectory | OCloexec);
        if (fd < 0)
            return false;
        try
        {
            byte[] buffer = new byte[BlockSize];
            while (true)
            {
                nint read = GetDents64(fd, buffer, (nuint)buffer.Length);
                if (read <= 0)
                    return read == 0;
                for (int at = 0; at < read;)
                {
                    var record = buffer.AsSpan(at, BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(at + DirentLength)));
                    at += record.Length;
                    if (record[DirentName] == (byte)'.' || record[DirentName] == 0 || record[DirentType] == DtDir)
                        continue;
                    if (record[DirentType] != DtReg)
                        return false;
                    var name = record[DirentName..];
                    visit(name[..name.IndexOf((byte)0)]);
                }
            }
        }
        finally
        {
            Close(fd);
        }
    }

    /// <summary>
    /// Stats <paramref name="count"/> files a listing named (<paramref name="pathOf"/> gives each
    /// path), each relative to its directory opened once, on <paramref name="parallelism"/> threads.
    /// <paramref name="report"/> receives, from those threads, each file's number, size and mtime
    /// (UTC ticks), and the errno that says why it could not be stat'ed (0 when it could; EISDIR
    /// for a directory), so that nothing proportional to the files is held besides what the caller keeps.
    /// </summary>
    public static void StatFiles(int count, Func<int, string> pathOf, Action<int, long, long, int> report, int parallelism, CancellationToken cancellationToken)
    {
        const int EIsDir = 21, AtFdCwd = -100;
        var directories = new List<(string Directory, int Fd, int Errno)>();
        var directoryOf = new int[count];
        try
        {
            for (int i = 0; i < count; i++)
            {
                string path = pathOf(i);
                int slash = path.LastIndexOf('/');
                var directory = slash < 0 ? "." : slash == 0 ? "/" : path.AsSpan(0, slash);
                int at = directories.Count - 1;
                while (at >= 0 && !directory.SequenceEqual(directories[at].Directory))
                    at--;
                if (at < 0)
                {
                    string opened = directory.ToString();
                    int fd = Open(opened, ORdOnly | ODirectory | OCloexec);
                    directories.Add((opened, fd, fd < 0 ? Marshal.GetLastPInvokeError() : 0));
                    at = directories.Count - 1;
                }
                directoryOf[i] = at;
            }
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
            Parallel.ForEach(Partitioner.Create(0, count, Math.Max(256, count / (2 * parallel.MaxDegreeOfParallelism))), parallel, range =>
            {
                Span<byte> statx = stackalloc byte[StatxBufferSize];
                Span<byte> name = stackalloc byte[1024];
                for (int i = range.Item1; i < range.Item2; i++)
                {
                    var (_, fd, errno) = directories[directoryOf[i]];
                    string path = pathOf(i);
                    var file = path.AsSpan(path.LastIndexOf('/') + 1);
                    (long Size, long Ticks, int Errno) stat;
                    if (fd < 0)
                    {
                        stat = (0, 0, errno);
                    }
                    else if (Encoding.UTF8.GetMaxByteCount(file.Length) < name.Length)
                    {
                        int length = Encoding.UTF8.GetBytes(file, name);
                        name[length] = 0;
                        stat = Stat(fd, name[..(length + 1)], statx);
                    }
                    else
                    {
                        // Longer than any name the kernel allows: stat'ed by its path, for the kernel's own reason.
                        stat = Stat(AtFdCwd, Encoding.UTF8.GetBytes(path + "\0"), statx);
                    }
                    if (stat.Size == DirectorySize)
                        stat = (0, 0, EIsDir);
                    report(i, stat.Size, stat.Ticks, stat.Errno);
                }
            });
        }
        finally
        {
            foreach (var (_, fd, _) in directories)
                if (fd >= 0)
                    Close(fd);
        }
    }

    /// <summary>Size and mtime of one name in the directory; size <see cref="DirectorySize"/> for a directory (reached through a link).</summary>
    private static (long Size, long Ticks, int Errno) Stat(int fd, ReadOnlySpan<byte> nameZ, Span<byte> stat)
    {
        if (Statx(fd, nameZ, AtStatxDontSync, StatxType | StatxSize | StatxMtime, stat) != 0)
            return (0, 0, Marshal.GetLastPInvokeError());
        if ((BinaryPrimitives.ReadUInt16LittleEndian(stat[StatxModeAt..]) & ModeTypeMask) == ModeDirectory)
            return (DirectorySize, 0, 0);
        long seconds = BinaryPrimitives.ReadInt64LittleEndian(stat[StatxMtimeAt..]);
        uint nanoseconds = BinaryPrimitives.ReadUInt32LittleEndian(stat[(StatxMtimeAt + 8)..]);
        long ticks = DateTimeOffset.UnixEpoch.UtcTicks + (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / 100);
        return ((long)BinaryPrimitives.ReadUInt64LittleEndian(stat[StatxSizeAt..]), ticks, 0);
    }

    private static string Reason(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess || !BitConverter.IsLittleEndian)
            return false;
        try
        {
            // Both entry points resolve, and statx works on a directory we know exists.
            Span<byte> stat = stackalloc byte[StatxBufferSize];
            return GetDents64(-1, [], 0) < 0 && Statx(-100, "/\0"u8, 0, StatxType, stat) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }
}
