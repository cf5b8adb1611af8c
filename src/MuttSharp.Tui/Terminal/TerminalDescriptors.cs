using System.Runtime.InteropServices;

namespace MuttSharp.Tui.Terminal;

/// <summary>
/// The few POSIX calls the terminal input needs, on file descriptors: waiting in <c>poll(2)</c>, reading,
/// pipes, and moving descriptors with <c>dup2</c>. Linux and macOS only (<see cref="IsSupported"/>).
/// </summary>
internal static partial class TerminalDescriptors
{
    private const short PollIn = 0x1;
    private const int Interrupted = 4; // EINTR
    private const int WouldBlock = 11; // EAGAIN on Linux
    private const int DuplicateCloseOnExec = 1030; // F_DUPFD_CLOEXEC
    private const int CloseOnExec = 0x80000; // O_CLOEXEC
    private const int NonBlocking = 0x800; // O_NONBLOCK

    /// <summary>True where these calls exist with the Linux constants used here.</summary>
    public static bool IsSupported { get; } = OperatingSystem.IsLinux();

    /// <summary>True when <paramref name="fd"/> is a terminal.</summary>
    public static bool IsTerminal(int fd) => IsATty(fd) == 1;

    /// <summary>
    /// Blocks until <paramref name="fd"/> or <paramref name="wake"/> can be read (or hangs up); true when
    /// <paramref name="fd"/> is the one that is ready or closed, false when woken.
    /// </summary>
    public static bool WaitReadable(int fd, int wake)
    {
        Span<PollEntry> entries = [new PollEntry { Fd = fd, Events = PollIn }, new PollEntry { Fd = wake, Events = PollIn }];
        while (true)
        {
            int ready = Poll(entries, 2, -1);
            if (ready < 0 && Marshal.GetLastPInvokeError() == Interrupted)
                continue;
            if (ready < 0)
                return true; // the read that follows reports the error
            if (entries[1].Returned != 0)
                return false;
            if (entries[0].Returned != 0)
                return true;
        }
    }

    /// <summary>
    /// Reads what is there: the count; 0 at the end of input; -1 on an error. Nothing to read on a descriptor
    /// that does not block is not an error: <paramref name="nothingYet"/> is set and the count is 0.
    /// </summary>
    public static int Read(int fd, Span<byte> buffer, out bool nothingYet)
    {
        nothingYet = false;
        while (true)
        {
            nint count = ReadNative(fd, buffer, (nuint)buffer.Length);
            if (count >= 0)
                return (int)count;
            int error = Marshal.GetLastPInvokeError();
            if (error == Interrupted)
                continue;
            nothingYet = error == WouldBlock;
            return nothingYet ? 0 : -1;
        }
    }

    /// <summary>Writes one byte (a wake-up); a full pipe already holds one.</summary>
    public static void Poke(int fd)
    {
        ReadOnlySpan<byte> one = [1];
        _ = WriteNative(fd, one, 1);
    }

    /// <summary>A pipe whose ends close on exec and never block: a read finds nothing, a write to a full pipe is dropped.</summary>
    public static (int Read, int Write) Pipe()
    {
        Span<int> ends = stackalloc int[2];
        if (Pipe2(ends, CloseOnExec | NonBlocking) != 0)
            throw new IOException("pipe: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        return (ends[0], ends[1]);
    }

    /// <summary>A copy of <paramref name="fd"/> above the standard three, closed on exec.</summary>
    public static int Duplicate(int fd)
    {
        int copy = Control(fd, DuplicateCloseOnExec, 3);
        if (copy < 0)
            throw new IOException("dup: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        return copy;
    }

    /// <summary>Makes <paramref name="target"/> refer to what <paramref name="source"/> refers to.</summary>
    public static bool Replace(int source, int target)
    {
        while (Dup2(source, target) < 0)
        {
            if (Marshal.GetLastPInvokeError() != Interrupted)
                return false;
        }
        return true;
    }

    /// <summary>Closes <paramref name="fd"/> (ignoring errors: there is nothing left to do with it).</summary>
    public static void Close(int fd)
    {
        if (fd >= 0)
            _ = CloseNative(fd);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollEntry
    {
        public int Fd;
        public short Events;
        public short Returned;
    }

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(Span<PollEntry> entries, nuint count, int timeout);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint ReadNative(int fd, Span<byte> buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint WriteNative(int fd, ReadOnlySpan<byte> buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "pipe2", SetLastError = true)]
    private static partial int Pipe2(Span<int> ends, int flags);

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Control(int fd, int command, int argument);

    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static partial int Dup2(int source, int target);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseNative(int fd);

    [LibraryImport("libc", EntryPoint = "isatty")]
    private static partial int IsATty(int fd);
}
