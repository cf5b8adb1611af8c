using System.Buffers;

namespace MuttSharp.Core.HeaderCache;

/// <summary>
/// A growing byte buffer kept as a list of chunks below the large-object size. The records of a
/// 100k-message cache are about 10 MB: one array grown by doubling would peak at half as much
/// again while it is copied, and every large array allocated counts towards a full collection.
/// </summary>
internal sealed class ChunkedBuffer : IBufferWriter<byte>
{
    // Below the 85,000-byte threshold of the large object heap.
    private const int ChunkSize = 64 * 1024;

    private readonly List<(byte[] Chunk, int Used)> full = [];
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

    /// <summary>Writes every byte to <paramref name="stream"/>, chunk by chunk.</summary>
    public void WriteTo(Stream stream)
    {
        foreach (var (chunk, length) in full)
            stream.Write(chunk, 0, length);
        stream.Write(current, 0, used);
    }

    /// <summary>Makes room for <paramref name="sizeHint"/> bytes: in the current chunk when they fit, else in a new one.</summary>
    private void Reserve(int sizeHint)
    {
        int wanted = Math.Max(1, sizeHint);
        if (current.Length - used >= wanted)
            return;
        // A chunk is filled only as far as whole writes went; the rest of it is never written out.
        full.Add((current, used));
        current = new byte[Math.Max(ChunkSize, wanted)];
        used = 0;
    }
}
