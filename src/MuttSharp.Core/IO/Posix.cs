using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MuttSharp.Core.IO;

/// <summary>
/// The few POSIX calls .NET does not expose: a file's device and inode (for Postfix-style Maildir
/// names) and fsync of a directory (so that a rename survives a crash).
/// </summary>
internal static partial class Posix
{
    private const int ORdOnly = 0;
    private const int ODirectory = 0x10000; // Linux, x86_64 and aarch64 alike

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatNative(string path, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int OpenNative(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FsyncNative(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseNative(int fd);

    [LibraryImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static partial int FdatasyncNative(SafeFileHandle fd);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetTidNative();

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriorityNative(int which, int who, int priority);

    /// <summary>
    /// Device and inode numbers of <paramref name="path"/>. On 64-bit Linux both lead
    /// <c>struct stat</c> as two 8-byte fields, on every architecture .NET supports there.
    /// </summary>
    public static bool TryGetDeviceAndInode(string path, out ulong device, out ulong inode)
    {
        device = inode = 0;
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
            return false;
        Span<byte> buffer = stackalloc byte[256];
        if (StatNative(path, buffer) != 0)
            return false;
        device = BitConverter.ToUInt64(buffer[..8]);
        inode = BitConverter.ToUInt64(buffer[8..16]);
        return true;
    }

    /// <summary>Flushes a directory's entries to disk; a no-op where the platform cannot.</summary>
    public static void FsyncDirectory(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return;
        int fd = OpenNative(path, ORdOnly | (OperatingSystem.IsLinux() ? ODirectory : 0));
        if (fd < 0)
            throw new IOException($"{path}: cannot open directory to sync it (errno {Marshal.GetLastPInvokeError()})");
        try
        {
            if (FsyncNative(fd) != 0)
                throw new IOException($"{path}: fsync failed (errno {Marshal.GetLastPInvokeError()})");
        }
        finally
        {
            CloseNative(fd);
        }
    }

    /// <summary>
    /// Flushes a file's data, and of its metadata only what reading the data back needs (its size), to
    /// disk: <c>fdatasync</c>, where a full fsync would also write an unchanged mode or a new
    /// modification time. A full flush where the platform has no fdatasync.
    /// </summary>
    public static void FlushData(SafeFileHandle file)
    {
        if (!OperatingSystem.IsLinux())
        {
            RandomAccess.FlushToDisk(file);
            return;
        }
        if (FdatasyncNative(file) != 0)
            throw new IOException($"fdatasync failed (errno {Marshal.GetLastPInvokeError()})");
    }

    /// <summary>
    /// Gives the calling thread the scheduling niceness <paramref name="nice"/> (Linux schedules each
    /// thread on its own); false where the platform cannot or the process may not. Nothing else changes.
    /// </summary>
    public static bool TrySetThreadNice(int nice)
    {
        const int PrioProcess = 0; // with a thread id, the thread alone
        return OperatingSystem.IsLinux() && SetPriorityNative(PrioProcess, GetTidNative(), nice) == 0;
    }
}
