using System.Text;
using MimeKit;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Tests.Summaries;

public sealed class FastFieldsTests
{
    private static readonly ParserOptions Options = SummaryOptions.Default.ParserOptions;

    [Theory]
    [InlineData("alice@example.org")]
    [InlineData("<alice@example.org>")]
    [InlineData("Alice Martin <alice@example.org>")]
    [InlineData("\"Doe, Jane\" <jane@example.org>")]
    [InlineData("=?ISO-8859-1?Q?Andr=E9?= <andre@example.fr>")]
    [InlineData("O'Brien Liam <liam@example.ie>")]
    public void ASingleMailboxMatchesMimeKit(string value)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(value);

        Assert.True(FastFields.TrySingleMailbox(Options, bytes, bytes.Length, out string name, out string address));

        var expected = (MailboxAddress)InternetAddressList.Parse(Options, value)[0];
        Assert.Equal(expected.Name ?? "", name);
        Assert.Equal(expected.Address, address);
    }

    [Theory]
    [InlineData("a@b.example, c@d.example")]
    [InlineData("Team: a@b.example;")]
    [InlineData("alice@example.org (Alice)")]
    [InlineData("\"Quote \\\" inside\" <q@example.org>")]
    [InlineData("bare-name")]
    [InlineData("a@b@c")]
    public void AnythingElseIsLeftToMimeKit(string value)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(value);

        Assert.False(FastFields.TrySingleMailbox(Options, bytes, bytes.Length, out _, out _));
    }

    [Theory]
    [InlineData("text/plain", "text/plain")]
    [InlineData("Multipart/Mixed; boundary=\"x\"", "multipart/mixed")]
    [InlineData("text/html ; charset=utf-8", "text/html")]
    public void TheMimeTypeIsTheTokenBeforeTheParameters(string value, string expected)
    {
        Assert.True(FastFields.TryMimeType(Encoding.ASCII.GetBytes(value), out string type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("text/plain (comment)")]
    [InlineData("/plain")]
    public void UnusualContentTypesAreLeftToMimeKit(string value)
    {
        Assert.False(FastFields.TryMimeType(Encoding.ASCII.GetBytes(value), out _));
    }

    [Fact]
    public void AngleIdsAreListedWithoutBrackets()
    {
        var ids = new List<string>();

        Assert.True(FastFields.TryAngleIds(" <a@x>\t<b@y> <c@z> "u8, ids, new StringPool()));
        Assert.Equal(["a@x", "b@y", "c@z"], ids);
    }

    [Fact]
    public void IdsMixedWithOtherTextAreLeftToMimeKitAndNothingIsAdded()
    {
        var ids = new List<string> { "kept" };

        Assert.False(FastFields.TryAngleIds("<a@x> (comment) <b@y>"u8, ids, new StringPool()));
        Assert.Equal(["kept"], ids);
    }

    [Fact]
    public void PlainAsciiTextIsItsOwnDecoding()
    {
        Assert.True(FastFields.TryPlainText("Hello world"u8, out string text));
        Assert.Equal("Hello world", text);
        Assert.False(FastFields.TryPlainText("=?UTF-8?Q?x?="u8, out _));
        Assert.False(FastFields.TryPlainText("Zoë"u8, out _));
    }
}
