using System.Text;
using MimeKit.Utils;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Tests.Summaries;

public sealed class EncodedWordsTests
{
    [Theory]
    [InlineData("=?ISO-8859-1?Q?Andr=E9_M=FCller?=")]
    [InlineData("Re: =?UTF-8?B?w4l0YXQgZHUgc2VydmV1cg==?= (fwd)")]
    [InlineData("=?utf-8?q?caf=C3=A9?= =?utf-8?q?_cr=C3=A8me?=")]
    [InlineData("=?UTF-8?B?5pel?=  =?UTF-8?B?5pys?= text =?UTF-8?B?5pel?=")]
    [InlineData("=?KOI8-R?B?8NLJ18XULCDNydI=?=")]
    [InlineData("=?utf-8*en?Q?hello?=")]
    [InlineData("plain text only")]
    public void DecodesAsMimeKitDoes(string value)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(value);

        Assert.True(EncodedWords.TryDecode(bytes, out string text));
        Assert.Equal(Rfc2047.DecodeText(SummaryOptions.Default.ParserOptions, bytes), text);
    }

    [Fact]
    public void AMultiByteCharacterSplitAcrossTwoWordsSurvives()
    {
        // "日" is E6 97 A5 in UTF-8; the two words carry E6 97 and A5.
        Assert.True(EncodedWords.TryDecode("=?UTF-8?Q?=E6=97?= =?UTF-8?Q?=A5?="u8, out string text));
        Assert.Equal("日", text);
    }

    [Theory]
    [InlineData("=?x-unknown?Q?abc?=")]
    [InlineData("=?UTF-8?X?abc?=")]
    [InlineData("=?UTF-8?Q?bad=ZZhex?=")]
    [InlineData("=?UTF-8?B?not*base64?=")]
    [InlineData("=?UTF-8?Q?unterminated")]
    [InlineData("\"=?UTF-8?Q?quoted?=\"")]
    public void LeavesAnythingUnusualToTheFullDecoder(string value)
    {
        Assert.False(EncodedWords.TryDecode(Encoding.ASCII.GetBytes(value), out _));
    }

    [Fact]
    public void EightBitInputIsLeftToTheFullDecoder()
    {
        Assert.False(EncodedWords.TryDecode("Zoë =?UTF-8?Q?x?="u8, out _));
    }
}
