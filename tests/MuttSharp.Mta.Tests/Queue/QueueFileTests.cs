using System.Text;
using MuttSharp.Mta.Queue;

namespace MuttSharp.Mta.Tests.Queue;

public sealed class QueueFileTests
{
    private static (Envelope Envelope, byte[] Bytes) Sample()
    {
        var envelope = new Envelope
        {
            Sender = "s@example.net",
            ArrivalTime = DateTimeOffset.FromUnixTimeMilliseconds(1795468585123),
            Ret = "FULL",
            EnvId = "QQ+2B1",
            Helo = "client.example.net",
            ClientName = "localhost",
            ClientAddress = "127.0.0.1",
            Protocol = "ESMTP",
        };
        envelope.Recipients.Add(new EnvelopeRecipient("a@example.com", "SUCCESS,FAILURE", "rfc822;a@example.com"));
        envelope.Recipients.Add(new EnvelopeRecipient("\"odd name\"@example.com"));
        using var stream = new MemoryStream();
        QueueFile.Write(stream, "ABCDEF123456", envelope, Encoding.UTF8.GetBytes("Subject: x\n\nEND 3\nbody"));
        return (envelope, stream.ToArray());
    }

    [Fact]
    public void AFileReadsBackAsItWasWritten()
    {
        var (written, bytes) = Sample();
        Assert.True(QueueFile.TryParse("ABCDEF123456", "p", bytes, out var message, out string error), error);
        var e = message!.Envelope;
        Assert.Equal((written.Sender, written.ArrivalTime, "FULL", "QQ+2B1", "client.example.net", "ESMTP"), (e.Sender, e.ArrivalTime, e.Ret, e.EnvId, e.Helo, e.Protocol));
        Assert.Equal(["a@example.com", "\"odd name\"@example.com"], e.Recipients.Select(r => r.Address));
        Assert.Equal(("SUCCESS,FAILURE", "rfc822;a@example.com"), (e.Recipients[0].Notify, e.Recipients[0].Orcpt));
        Assert.Equal("Subject: x\n\nEND 3\nbody", Encoding.UTF8.GetString(message.Content.Span));
    }

    [Fact]
    public void EveryTruncationOfAFileIsDetectedAsTorn()
    {
        var (_, bytes) = Sample();
        for (int length = 0; length < bytes.Length; length++)
            Assert.False(QueueFile.TryParse("ABCDEF123456", "p", bytes[..length], out _, out _), $"a file cut at {length} of {bytes.Length} bytes was taken as whole");
    }

    [Fact]
    public void AWholeFileUnderAnotherQueueIdIsTorn()
    {
        // What a reused file holds when the crash came after it was renamed and before it was rewritten.
        var (_, bytes) = Sample();
        Assert.False(QueueFile.TryParse("ABCDEF654321", "p", bytes, out _, out string error));
        Assert.Equal("END record names another message than ABCDEF654321: torn file", error);
    }

    [Fact]
    public void ARecipientMarkIsOneByteRewrittenInPlace()
    {
        using var directory = new Support.TempDirectory();
        var (_, bytes) = Sample();
        string path = Path.Combine(directory.Path, "ABCDEF123456");
        File.WriteAllBytes(path, bytes);
        Assert.True(QueueFile.TryRead(path, out var message, out _));

        QueueFile.MarkRecipient(path, message!.Envelope.Recipients[1], RecipientStatus.Done, flushToDisk: true);

        Assert.True(QueueFile.TryRead(path, out var again, out _));
        Assert.Equal([RecipientStatus.Pending, RecipientStatus.Done], again!.Envelope.Recipients.Select(r => r.Status));
        Assert.Equal(bytes.Length, new FileInfo(path).Length);
    }

    [Fact]
    public void GarbageIsRefusedWithTheLineAndWhatWasExpected()
    {
        Assert.False(QueueFile.TryParse("ABCDEF123456", "p", Encoding.UTF8.GetBytes("MUTTSHARP-QUEUE 1\nZ what\nM\n\nEND 0\n"), out _, out string error));
        Assert.Equal("line 2: expected T, S, A, R or M record, found \"Z what\"", error);
    }
}
