using System.Buffers;

namespace MuttSharp.Core.HeaderCache;

/// <summary>
/// Bytes written through one chunk below the large-object size into a scratch stream, then copied
/// out in order. The records of a 100k-message cache are about 10 MB, written while the folder's
/// summaries are all in memory: held in memory too, they would add that much to the peak of an open.
/// </summary>
internal sealed class SpillBuffer(Stream scratch) : IBufferWriter<byte>
{
    // Below the 85,000-byte threshold of the large object heap.
    private const int ChunkSize = 64 * 1024;

    private byte[] current = new byte[ChunkSize];
    private int used;

    public void Advance(int count) => used += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return current.AsMemory(used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return current.AsSpan(used);
    }

    /// <summary>Copies everything written, in order, to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output)
    {
        Spill();
        scratch.Position = 0;
        scratch.CopyTo(output);
    }

    private void Reserve(int sizeHint)
    {
        int wanted = Math.Max(1, sizeHint);
        if (current.Length - used >= wanted)
            return;
        // A chunk is written only as far as whole writes went; the room asked for and not taken is not.
        Spill();
        if (current.Length < wanted)
            current = new byte[wanted];
    }

    private void Spill()
    {
        scratch.Write(current, 0, used);
        used = 0;
    }
}
