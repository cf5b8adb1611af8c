using System.Text;
using MuttSharp.Mta.Smtp;

namespace MuttSharp.Mta.Tests.Smtp;

public sealed class DataDecoderTests
{
    private static (string Content, int Used, DataDecoder Decoder) Decode(string input, BareNewline policy = BareNewline.Normalize, bool dotStuffed = true, long sizeLimit = 0)
    {
        var decoder = new DataDecoder(policy, dotStuffed, sizeLimit, 0);
        byte[] bytes = Encoding.ASCII.GetBytes(input);
        var output = new byte[bytes.Length + 2];
        int used = decoder.Decode(bytes, output, out int written);
        return (Encoding.ASCII.GetString(output, 0, written), used, decoder);
    }

    [Fact]
    public void OnlyCrLfDotCrLfEndsTheMessageAndWhatFollowsIsLeftForTheNextCommand()
    {
        var (content, used, decoder) = Decode("a\r\nb\r\n.\r\nQUIT\r\n");
        Assert.True(decoder.Finished);
        Assert.Equal("a\nb\n", content);
        Assert.Equal("a\r\nb\r\n.\r\n".Length, used);
    }

    [Fact]
    public void ALeadingDotIsRemoved()
        => Assert.Equal(".x\n..y\n", Decode("..x\r\n...y\r\n.\r\n").Content);

    [Theory]
    [InlineData("outer\n.\r\nMAIL FROM:<a@b>\r\n", "outer\n.\nMAIL FROM:<a@b>\n")]
    [InlineData("outer\n.\nMAIL FROM:<a@b>\r\n", "outer\n.\nMAIL FROM:<a@b>\n")]
    [InlineData("outer\r.\rMAIL FROM:<a@b>\r\n", "outer . MAIL FROM:<a@b>\n")]
    [InlineData("outer\r\n.\nMAIL FROM:<a@b>\r\n", "outer\n.\nMAIL FROM:<a@b>\n")]
    [InlineData("outer\r\n.\rMAIL FROM:<a@b>\r\n", "outer\n MAIL FROM:<a@b>\n")]
    public void SmugglingSequencesNeverEndTheMessageUnderNormalize(string input, string expected)
    {
        var (content, used, decoder) = Decode(input);
        Assert.False(decoder.Finished);
        Assert.Equal(input.Length, used);
        Assert.Equal(expected, content);
    }

    [Theory]
    [InlineData("outer\n.\r\n", "LF")]
    [InlineData("outer\r.\r\n", "CR")]
    [InlineData("outer\r\n.\n", "LF")]
    public void SmugglingSequencesAreRefusedUnderReject(string input, string what)
    {
        var (_, _, decoder) = Decode(input, BareNewline.Reject);
        Assert.False(decoder.Finished);
        Assert.Equal(what, decoder.BareNewlineError);
    }

    [Fact]
    public void BdatContentIsNotUnstuffedAndHasNoEndMarker()
    {
        var (content, _, decoder) = Decode("..x\r\n.\r\n", dotStuffed: false);
        Assert.Equal("..x\n.\n", content);
        Assert.False(decoder.Finished);
    }

    [Fact]
    public void SizeIsCountedPastTheLimitButNothingPastItIsKept()
    {
        var (content, _, decoder) = Decode("0123456789\r\n.\r\n", sizeLimit: 5);
        Assert.True(decoder.SizeExceeded);
        Assert.Equal(11, decoder.Size);
        Assert.Equal("01234", content);
    }

    [Fact]
    public void ReceivedHeadersAreCountedOnlyInTheHeaderSection()
    {
        var (_, _, decoder) = Decode("Received: a\r\nreceived: b\r\nX: c\r\n\r\nReceived: body\r\n.\r\n");
        Assert.Equal(2, decoder.ReceivedCount);
    }

    [Fact]
    public void TheEndMarkerIsFoundAcrossChunks()
    {
        var decoder = new DataDecoder(BareNewline.Normalize, true, 0, 0);
        var output = new byte[64];
        var collected = new StringBuilder();
        foreach (string chunk in new[] { "x\r", "\n", ".", "\r", "\nNOOP" })
        {
            byte[] bytes = Encoding.ASCII.GetBytes(chunk);
            int used = decoder.Decode(bytes, output, out int written);
            collected.Append(Encoding.ASCII.GetString(output, 0, written));
            if (decoder.Finished)
            {
                Assert.Equal(1, used);
                break;
            }
        }
        Assert.True(decoder.Finished);
        Assert.Equal("x\n", collected.ToString());
    }

    [Fact]
    public void ABodyLineCutByTheSizeLimitKeepsExactlyTheLimitAndCountsEveryByte()
    {
        string body = new('x', 100);
        var (content, _, decoder) = Decode($"H: v\r\n\r\n{body}\r\n.\r\n", sizeLimit: 50);

        Assert.True(decoder.SizeExceeded);
        Assert.Equal(6 + 100 + 1, decoder.Size);
        Assert.Equal(("H: v\n\n" + body)[..50], content);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void AMessageDecodesTheSameWhateverChunksItArrivesIn(int chunkSize)
    {
        string line = string.Concat(Enumerable.Repeat("0123456789abcdef", 40));
        string wire = $"Received: a\r\nSubject: s\r\n\r\n{line}\r\n..dotted {line}\r\n\r\n.{line}\r\nlast\r\n.\r\nQUIT\r\n";
        string expected = $"Received: a\nSubject: s\n\n{line}\n.dotted {line}\n\n{line}\nlast\n";
        var decoder = new DataDecoder(BareNewline.Reject, true, 0, 0);
        byte[] bytes = Encoding.ASCII.GetBytes(wire);
        var collected = new StringBuilder();
        int at = 0;
        while (!decoder.Finished && at < bytes.Length)
        {
            var chunk = bytes.AsSpan(at, Math.Min(chunkSize, bytes.Length - at));
            var output = new byte[chunk.Length + 2];
            at += decoder.Decode(chunk, output, out int written);
            collected.Append(Encoding.ASCII.GetString(output, 0, written));
        }

        Assert.True(decoder.Finished);
        Assert.Null(decoder.BareNewlineError);
        Assert.Equal(expected, collected.ToString());
        Assert.Equal(wire.Length - "QUIT\r\n".Length, at);
        Assert.Equal(expected.Length, decoder.Size);
        Assert.Equal(1, decoder.ReceivedCount);
    }
}
