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

    [Theory]
    [InlineData("a@b.example, c@d.example")]
    [InlineData("team@example.org, =?ISO-8859-1?Q?Andr=E9_M=FCller?= <cc3@example.net>")]
    [InlineData("Alice Martin <alice@example.org>,Bob <bob@example.org> , carol@example.org")]
    public void AListOfPlainMailboxesMatchesMimeKit(string value)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(value);
        var mailboxes = new List<(string Name, string Address)>();

        Assert.True(FastFields.TryMailboxList(Options, bytes, bytes.Length, mailboxes));

        var expected = InternetAddressList.Parse(Options, value).Mailboxes.Select(m => (m.Name ?? "", m.Address)).ToList();
        Assert.Equal(expected, mailboxes);
    }

    [Theory]
    [InlineData("\"Doe, Jane\" <jane@example.org>, bob@example.org")]
    [InlineData("Team: a@b.example, c@d.example;")]
    [InlineData("a@b.example (Alice), c@d.example")]
    [InlineData("a@b.example,, c@d.example")]
    [InlineData("a@b.example, ")]
    [InlineData("=?UTF-8?Q?a,b?= <a@b.example>, c@d.example")]
    [InlineData("=?x?Q?a@b,c?= <d@e.example>")]
    public void AListThatMayHideACommaIsLeftToMimeKit(string value)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(value);
        var mailboxes = new List<(string Name, string Address)> { ("kept", "kept@example.org") };

        Assert.False(FastFields.TryMailboxList(Options, bytes, bytes.Length, mailboxes));
        Assert.Equal([("kept", "kept@example.org")], mailboxes);
    }

    [Theory]
    [InlineData("Wed, 01 Jan 2020 08:05:11 +0000")]
    [InlineData("Tue, 5 Mar 2024 23:59:59 -0830")]
    [InlineData("5 mar 2024 07:00 +0100")]
    [InlineData("Sat, 29 Feb 2020 12:00:00 +1400 (LINT)")]
    [InlineData("  Mon,  3 Jun 2019  10:11:12   +0200  ")]
    public void AnRfc5322DateMatchesMimeKit(string value)
    {
        Assert.True(FastFields.TryDate(Encoding.ASCII.GetBytes(value), out var date));

        Assert.True(MimeKit.Utils.DateUtils.TryParse(value, out var expected));
        Assert.Equal(expected, date);
        Assert.Equal(expected.Offset, date.Offset);
    }

    [Theory]
    [InlineData("Wed, 01 Jan 20 08:05:11 +0000")]
    [InlineData("Wed, 01 Jan 2020 08:05:11 GMT")]
    [InlineData("Wed, 31 Feb 2020 08:05:11 +0000")]
    [InlineData("Wed, 01 Jan 2020 24:05:11 +0000")]
    [InlineData("Wed, 01 Jan 2020 08:05:11 +1500")]
    [InlineData("Wed, 01 Foo 2020 08:05:11 +0000")]
    [InlineData("Wed, 01 Jan 2020 08:05:11 +0000 trailing")]
    [InlineData("01 Jan 0001 00:00:00 +0100")]
    [InlineData("2020-01-01T08:05:11Z")]
    [InlineData("")]
    public void AnythingElseAboutADateIsLeftToMimeKit(string value)
    {
        Assert.False(FastFields.TryDate(Encoding.ASCII.GetBytes(value), out _));
    }
}
