using System.Collections.Concurrent;
using System.Text;

namespace MuttSharp.Tui.Terminal;

/// <summary>
/// Reads a terminal on a thread of its own that sleeps in <c>poll(2)</c> until input arrives, and puts each
/// character into Terminal.Gui's input queue the moment it is read, so that a key waits for nothing but the
/// next main-loop iteration. Bytes are decoded as UTF-8 across reads (a character split between two reads
/// comes out whole); escape sequences are left to Terminal.Gui's parser, which reads the same queue.
/// </summary>
internal sealed class InputPump : IDisposable
{
    // A paste or a burst of keys is read in pieces of this size; nothing is dropped, it only takes more reads.
    private const int ReadSize = 4096;

    private readonly int fd;
    private readonly ConcurrentQueue<char> queue;
    private readonly (int Read, int Write) wake;
    private readonly Thread thread;
    private readonly Action? arrived;
    private int disposed;

    /// <summary>Starts reading <paramref name="fd"/> into <paramref name="queue"/>; <paramref name="arrived"/> is told after each read that queued something.</summary>
    public InputPump(int fd, ConcurrentQueue<char> queue, Action? arrived = null)
    {
        this.fd = fd;
        this.queue = queue;
        this.arrived = arrived;
        wake = TerminalDescriptors.Pipe();
        thread = new Thread(Run) { IsBackground = true, Name = "terminal input" };
        thread.Start();
    }

    /// <summary>False once the input has ended (the terminal hung up) or failed.</summary>
    public bool IsReading => thread.IsAlive;

    /// <summary>Stops reading and waits for the thread to finish; what was read is in the queue.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        TerminalDescriptors.Poke(wake.Write);
        thread.Join();
        TerminalDescriptors.Close(wake.Read);
        TerminalDescriptors.Close(wake.Write);
    }

    private void Run()
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var bytes = new byte[ReadSize];
        // UTF-8 never decodes to more UTF-16 units than it has bytes, plus what the decoder held back.
        var chars = new char[ReadSize + 4];
        while (TerminalDescriptors.WaitReadable(fd, wake.Read))
        {
            int count = TerminalDescriptors.Read(fd, bytes, out bool nothingYet);
            if (nothingYet)
                continue;
            if (count <= 0)
                return;
            int decoded = decoder.GetChars(bytes, 0, count, chars, 0, flush: false);
            for (int i = 0; i < decoded; i++)
                queue.Enqueue(chars[i]);
            if (decoded > 0)
                arrived?.Invoke();
        }
    }
}
