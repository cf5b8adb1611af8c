using System.Runtime.InteropServices;

namespace MuttSharp.Core.Summaries;

/// <summary>
/// Reads the start of a message file with three system calls (open, pread, close) on Linux. .NET's
/// own file handles add two <c>fstat</c> and two <c>flock</c> calls per file, which on a cold open
/// of 100k messages is as much kernel work as the reads themselves; the size is already known from
/// the directory scan. <see cref="IsSupported"/> is false elsewhere, and the caller uses .NET's handles.
/// </summary>
internal static partial class LinuxFile
{
    // O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC, the same on every 64-bit Linux architecture .NET runs on.
    // Non-blocking so that a FIFO dropped into a Maildir cannot hang the open; it changes nothing for a regular file.
    private const int OpenFlags = 0x100 | 0x800 | 0x80000;
    private const int Interrupted = 4; // EINTR

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "pread", SetLastError = true)]
    private static partial nint PRead(int fd, Span<byte> buffer, nuint count, long offset);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseNative(int fd);

    /// <summary>True on 64-bit little-endian Linux.</summary>
    public static bool IsSupported { get; } = OperatingSystem.IsLinux() && Environment.Is64BitProcess && BitConverter.IsLittleEndian;

    /// <summary>Opens <paramref name="path"/> for reading; -1 and the reason when it cannot.</summary>
    public static int Open(string path, out string error)
    {
        int fd = Open(path, OpenFlags);
        error = fd < 0 ? Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()) : "";
        return fd;
    }

    /// <summary>Reads at <paramref name="offset"/>; 0 at end of file. Throws <see cref="IOException"/> on a read error.</summary>
    public static int Read(int fd, Span<byte> buffer, long offset)
    {
        while (true)
        {
            nint n = PRead(fd, buffer, (nuint)buffer.Length, offset);
            if (n >= 0)
                return (int)n;
            int errno = Marshal.GetLastPInvokeError();
            if (errno != Interrupted)
                throw new IOException(Marshal.GetPInvokeErrorMessage(errno));
        }
    }

    public static void Close(int fd) => CloseNative(fd);
}
