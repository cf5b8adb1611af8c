using System.Buffers;
using MuttSharp.Core.HeaderCache;

namespace MuttSharp.Core.Tests.HeaderCache;

public sealed class SpillBufferTests
{
    [Fact]
    public void WritesAcrossChunksAndOneLargerThanAChunkComeOutInOrder()
    {
        var buffer = new SpillBuffer(new MemoryStream());
        var expected = new MemoryStream();
        var random = new Random(7);
        foreach (int size in (int[])[10, 65_530, 9, 200_000, 1, 70_000, 3])
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            buffer.Write(bytes);
            expected.Write(bytes);
        }
        // A writer asking for room and taking less of it: the unused bytes are never written out.
        buffer.GetSpan(60_000)[0] = 42;
        buffer.Advance(1);
        expected.WriteByte(42);

        var written = new MemoryStream();
        buffer.WriteTo(written);

        Assert.Equal(expected.ToArray(), written.ToArray());
    }
}
