using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace MuttSharp.Core.Maildir;

/// <summary>
/// Lists a directory with Linux's <c>getdents64</c> and stats each entry with <c>statx</c> relative
/// to the open directory: one system call per file, on the name bytes the kernel returned, with no
/// path built or converted to stat it. On a 100k-message Maildir this is several times cheaper than
/// enumerating and then stat'ing each full path. Both calls have the same record layout on every
/// 64-bit Linux architecture; <see cref="IsSupported"/> is false elsewhere, and the caller lists
/// portably instead.
/// </summary>
internal static partial class LinuxDirectory
{
    private const int ORdOnly = 0, ODirectory = 0x10000, OCloexec = 0x80000;
    private const byte DtDir = 4;
    private const uint StatxType = 0x1, StatxMode = 0x2, StatxMtime = 0x40, StatxSize = 0x200;
    private const int ModeTypeMask = 0xF000, ModeDirectory = 0x4000;

    // struct linux_dirent64: d_ino u64, d_off s64, d_reclen u16, d_type u8, d_name[] (NUL-terminated).
    private const int DirentLength = 16, DirentType = 18, DirentName = 19;

    // struct statx: stx_mode u16 at 28, stx_size u64 at 40, stx_mtime { s64 tv_sec; u32 tv_nsec } at 112; 256 bytes in all.
    private const int StatxBufferSize = 256, StatxModeAt = 28, StatxSizeAt = 40, StatxMtimeAt = 112;

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
    /// skipping subdirectories and names that start with a dot. Each file's name, size and
    /// modification time (UTC ticks) go to <paramref name="files"/>; a file that vanished or cannot
    /// be stat'ed between listing and stat goes to <paramref name="failed"/> with the reason. The
    /// stats, the bulk of the cost, run on <paramref name="parallelism"/> threads. Returns the reason
    /// when the directory itself cannot be opened or read, else null.
    /// </summary>
    public static string? TryList(string directory, List<(string Name, long Size, long ModifiedTicks)> files, List<(string Name, string Reason)> failed, int parallelism, CancellationToken cancellationToken)
    {
        int fd = Open(directory, ORdOnly | ODirectory | OCloexec);
        if (fd < 0)
            return Reason(Marshal.GetLastPInvokeError());
        try
        {
            // Every kept name, NUL-terminated, back to back in one buffer: no string until it is known to be a file.
            var names = new ArrayBufferWriter<byte>(256 * 1024);
            var starts = new List<int>();
            if (ReadNames(fd, names, starts) is { } error)
                return error;
            var stats = new (long Size, long Ticks, int Errno)[starts.Count];
            var bytes = names.WrittenMemory;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
            // Ranges rather than single items: each stat is a microsecond or two, less than handing out work costs.
            Parallel.ForEach(Partitioner.Create(0, starts.Count, 4096), parallel, range =>
            {
                Span<byte> stat = stackalloc byte[StatxBufferSize];
                for (int i = range.Item1; i < range.Item2; i++)
                    stats[i] = Stat(fd, bytes.Span[starts[i]..], stat);
            });
            for (int i = 0; i < starts.Count; i++)
            {
                var nameZ = bytes.Span[starts[i]..];
                string name = Encoding.UTF8.GetString(nameZ[..nameZ.IndexOf((byte)0)]);
                var (size, ticks, errno) = stats[i];
                if (errno != 0)
                    failed.Add((name, Reason(errno)));
                else if (size >= 0)
                    files.Add((name, size, ticks));
            }
            return null;
        }
        finally
        {
            Close(fd);
        }
    }

    /// <summary>Appends each entry's NUL-terminated name, except dot files and known directories.</summary>
    private static string? ReadNames(int fd, ArrayBufferWriter<byte> names, List<int> starts)
    {
        byte[] buffer = new byte[64 * 1024];
        while (true)
        {
            nint read = GetDents64(fd, buffer, (nuint)buffer.Length);
            if (read < 0)
                return Reason(Marshal.GetLastPInvokeError());
            if (read == 0)
                return null;
            for (int at = 0; at < read;)
            {
                var record = buffer.AsSpan(at, BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(at + DirentLength)));
                at += record.Length;
                var nameZ = record[DirentName..];
                int length = nameZ.IndexOf((byte)0);
                if (length <= 0 || nameZ[0] == (byte)'.' || record[DirentType] == DtDir)
                    continue;
                starts.Add(names.WrittenCount);
                names.Write(nameZ[..(length + 1)]);
            }
        }
    }

    /// <summary>Size and mtime of one name in the directory; size -1 for a directory (reached through a link).</summary>
    private static (long Size, long Ticks, int Errno) Stat(int fd, ReadOnlySpan<byte> nameZ, Span<byte> stat)
    {
        if (Statx(fd, nameZ, 0, StatxType | StatxMode | StatxSize | StatxMtime, stat) != 0)
            return (0, 0, Marshal.GetLastPInvokeError());
        if ((BinaryPrimitives.ReadUInt16LittleEndian(stat[StatxModeAt..]) & ModeTypeMask) == ModeDirectory)
            return (-1, 0, 0);
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
