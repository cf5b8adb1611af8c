using System.Text;
using MimeKit;
using MuttSharp.Core.Rendering.Attachments;

namespace MuttSharp.Core.Tests.Rendering.Attachments;

public sealed class BinaryContentTests
{
    [Theory]
    [InlineData("plain text\nwith lines\tand tabs\r\n")]
    [InlineData("café, naïve and 日本語 are text in any charset")]
    [InlineData("a colour escape \u001b[31m is text a terminal shows")]
    [InlineData("")]
    public void TextIsNotBinary(string text) => Assert.False(BinaryContent.IsBinary(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void ANulByteMakesItBinary() => Assert.True(BinaryContent.IsBinary("almost all text\0"u8));

    [Fact]
    public void OneControlByteInTenOrMoreMakesItBinaryAsMuttCountsThem()
    {
        byte[] few = [.. Enumerable.Repeat((byte)'a', 18), 0x01, 0x02];
        byte[] many = [.. Enumerable.Repeat((byte)'a', 17), 0x01, 0x02, 0x03];

        Assert.False(BinaryContent.IsBinary([.. few, .. Enumerable.Repeat((byte)'a', 2)]));
        Assert.True(BinaryContent.IsBinary(many));
    }

    [Fact]
    public async Task APartIsJudgedByItsDecodedContent()
    {
        var binary = new MimePart("application", "octet-stream") { Content = new MimeContent(new MemoryStream([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1])), ContentTransferEncoding = ContentEncoding.Base64 };
        var text = new MimePart("application", "octet-stream") { Content = new MimeContent(new MemoryStream("just words\n"u8.ToArray())), ContentTransferEncoding = ContentEncoding.Base64 };

        Assert.True(await BinaryContent.IsBinaryAsync(binary));
        Assert.False(await BinaryContent.IsBinaryAsync(text));
    }
}
