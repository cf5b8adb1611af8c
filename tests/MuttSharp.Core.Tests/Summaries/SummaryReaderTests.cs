using System.Text;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Tests.Summaries;

public sealed class SummaryReaderTests : IDisposable
{
    private static readonly DateTimeOffset Arrived = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-summary-").FullName;
    private readonly SummaryReader reader = new();

    public void Dispose() => Directory.Delete(root, recursive: true);

    private MessageSummary Parse(string message) => Parse(Encoding.Latin1.GetBytes(message));

    private MessageSummary Parse(byte[] message) => reader.Parse(message, message.Length, Arrived);

    [Fact]
    public void ReadsEveryFieldTheIndexNeedsFromAGoldenMessage()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "Messages", "reply.eml");

        Assert.True(reader.TryReadFile(path, out var s, out string error), error);

        Assert.Equal([new MailAddress("André Dupont", "andre@example.fr")], s.From);
        Assert.Equal([new MailAddress("Team", "team@example.org"), new MailAddress("", "bob@example.org")], s.To);
        Assert.Empty(s.Cc);
        Assert.Equal("É la plus longue suite", s.Subject);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 10, 15, 0, TimeSpan.FromHours(1)), s.Date);
        Assert.Equal("child@example.fr", s.MessageId);
        Assert.Equal("parent@example.fr", s.InReplyTo);
        Assert.Equal(["root@example.fr", "parent@example.fr"], s.References);
        Assert.Equal("Dev list <dev.example.org>", s.ListId);
        Assert.Equal("<mailto:dev@example.org>", s.ListPost);
        Assert.Equal("work", s.XLabel);
        Assert.Equal("ACME", s.Organization);
        Assert.Equal(3, s.Lines);
        Assert.Equal("multipart/mixed", s.ContentType);
        Assert.True(s.HasAttachments);
        Assert.Equal(new FileInfo(path).Length, s.Size);
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal("--b\n", Encoding.ASCII.GetString(bytes, s.HeaderLength, 4));
        Assert.Equal(File.GetLastWriteTimeUtc(path), s.Received.UtcDateTime);
    }

    [Theory]
    [InlineData("=?ISO-8859-1?B?R3L832UgYXVzIEv2bG4=?=", "Grüße aus Köln")]
    [InlineData("=?ISO-8859-15?B?UHJpeCA6IDEwIKQ=?=", "Prix : 10 €")]
    [InlineData("=?KOI8-R?B?8NLJ18XULCDNydI=?=", "Привет, мир")]
    [InlineData("=?Shift_JIS?B?grGC8YLJgr+CzZCiikU=?=", "こんにちは世界")]
    [InlineData("=?GB2312?B?xOO6w8rAvec=?=", "你好世界")]
    [InlineData("=?UTF-8?B?Wm/DqyDimJUg5pel5pys?=", "Zoë ☕ 日本")]
    [InlineData("=?utf-8?q?caf=C3=A9?= =?utf-8?q?_cr=C3=A8me?=", "café crème")]
    public void DecodesEncodedWordsInManyCharsets(string encoded, string expected)
    {
        var s = Parse($"From: {encoded} <a@b.example>\nSubject: {encoded}\n\nbody\n");

        Assert.Equal(expected, s.Subject);
        Assert.Equal(expected, s.From[0].Name);
    }

    [Theory]
    [InlineData("=?x-no-such-charset?Q?abc?=")]
    [InlineData("=?UTF-8?B?!!!not base64?=")]
    [InlineData("=?UTF-8?Q?unterminated")]
    [InlineData("=?ISO-2022-JP?B?GyRCJEskMyQzGyhC?=")]
    public void BrokenOrUnknownCharsetsFallBackWithoutFailing(string encoded)
    {
        var s = Parse($"Subject: before {encoded} after\nFrom: {encoded} <x@y.example>\n\n");

        Assert.StartsWith("before ", s.Subject);
        Assert.EndsWith(" after", s.Subject);
        Assert.Equal("x@y.example", s.From[0].Address);
    }

    [Fact]
    public void RawEightBitHeadersAreReadAsUtf8ElseLatin1()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes("Subject: Zoë\n\n");
        byte[] latin1 = Encoding.Latin1.GetBytes("Subject: Zoë\n\n");

        Assert.Equal("Zoë", Parse(utf8).Subject);
        Assert.Equal("Zoë", Parse(latin1).Subject);
    }

    [Fact]
    public void TheFirstOccurrenceOfAFieldWinsAndNamesAreCaseInsensitive()
    {
        var s = Parse("SUBJECT: first\nsubject: second\nmessage-id:<a@b>\n\n");

        Assert.Equal("first", s.Subject);
        Assert.Equal("a@b", s.MessageId);
    }

    [Fact]
    public void AMissingOrBrokenDateIsMinValue()
    {
        Assert.Equal(DateTimeOffset.MinValue, Parse("Subject: x\n\n").Date);
        Assert.Equal(DateTimeOffset.MinValue, Parse("Date: yesterday-ish\n\n").Date);
    }

    [Fact]
    public void CrLfLineEndsAndFoldedValuesAreHandled()
    {
        var s = Parse("Subject: one\r\n two\r\nTo: a@b.example,\r\n\tc@d.example\r\n\r\nbody");

        Assert.Equal("one two", s.Subject);
        Assert.Equal(2, s.To.Count);
        Assert.Equal("Subject: one\r\n two\r\nTo: a@b.example,\r\n\tc@d.example\r\n\r\n".Length, s.HeaderLength);
    }

    [Fact]
    public void ALeadingMboxFromLineIsSkipped()
    {
        Assert.Equal("hi", Parse("From someone@example.org Mon Nov  2 10:00:00 2026\nSubject: hi\n\n").Subject);
    }

    [Theory]
    [InlineData("text/plain", false)]
    [InlineData("multipart/alternative; boundary=x", false)]
    [InlineData("multipart/mixed; boundary=x", true)]
    [InlineData("application/pdf", true)]
    [InlineData("image/PNG", true)]
    public void AttachmentsAreImpliedByTheTopLevelContentType(string contentType, bool expected)
    {
        Assert.Equal(expected, Parse($"Content-Type: {contentType}\n\n").HasAttachments);
    }

    [Fact]
    public void UnparsableAddressesKeepTheirText()
    {
        var s = Parse("From: <<<>>> ,,, @@@\n\n");

        Assert.NotEmpty(s.From);
    }

    [Fact]
    public void BinaryJunkGivesASummaryWithoutFields()
    {
        var junk = new byte[64 * 1024];
        new Random(7).NextBytes(junk);
        junk[0] = 0; // not a field name

        var s = Parse(junk);

        Assert.Equal("", s.Subject);
        Assert.Equal(0, s.HeaderLength);
        Assert.Equal(junk.Length, s.Size);
    }

    [Fact]
    public void NulBytesInValuesDoNotStopTheScan()
    {
        var s = Parse("Subject: a\0b\nMessage-ID: <id@x>\n\n");

        Assert.Equal("id@x", s.MessageId);
    }

    [Fact]
    public void AnEmptyFileGivesAnEmptySummary()
    {
        string path = Path.Combine(root, "empty");
        File.WriteAllBytes(path, []);

        Assert.True(reader.TryReadFile(path, out var s, out _));
        Assert.Equal(0, s.Size);
        Assert.Empty(s.From);
    }

    [Fact]
    public async Task AHeaderLineOfTenMegabytesIsCutAtTheHeaderSizeLimit()
    {
        string path = Path.Combine(root, "huge");
        var content = new StringBuilder("Subject: kept\nX-Huge: ");
        content.Append('a', 10 * 1024 * 1024).Append("\nMessage-ID: <after@limit>\n\nbody\n");
        await File.WriteAllTextAsync(path, content.ToString());

        Assert.True(reader.TryReadFile(path, out var s, out _));

        Assert.Equal("kept", s.Subject);
        Assert.Null(s.MessageId);
        Assert.True(s.HeaderLength <= SummaryOptions.DefaultHeaderSizeLimit);
        Assert.Equal(new FileInfo(path).Length, s.Size);
    }

    [Fact]
    public async Task HeadersLongerThanTheFirstReadAreReadWhole()
    {
        string path = Path.Combine(root, "long");
        var content = new StringBuilder();
        for (int i = 0; i < 2000; i++)
            content.Append("Received: from relay").Append(i).Append(".example.org by mx\n");
        content.Append("Subject: after many hops\n\nbody\n");
        await File.WriteAllTextAsync(path, content.ToString());

        Assert.True(reader.TryReadFile(path, out var s, out _));

        Assert.Equal("after many hops", s.Subject);
    }

    [Fact]
    public async Task GivenTheSizeFromAScanAFileReadsAsWhenItsSizeIsAskedFor()
    {
        // The scan's path opens, reads and closes with no stat; the header block grows the read three times.
        string path = Path.Combine(root, "scanned");
        var content = new StringBuilder("From: Ann <ann@example.org>\n");
        for (int i = 0; i < 2000; i++)
            content.Append("Received: from relay").Append(i).Append(".example.org by mx\n");
        content.Append("Subject: after many hops\nMessage-ID: <hops@x>\n\nbody\n");
        await File.WriteAllTextAsync(path, content.ToString());
        long size = new FileInfo(path).Length;

        Assert.True(reader.TryReadFile(path, size, Arrived, out var scanned, out string error), error);
        Assert.True(reader.TryReadFile(path, Arrived, out var asked, out _));

        Assert.Equal("after many hops", scanned.Subject);
        Assert.Equal("hops@x", scanned.MessageId);
        Assert.Equal(size, scanned.Size);
        Assert.Equal(asked.HeaderLength, scanned.HeaderLength);
        Assert.Equal(asked.From, scanned.From);
    }

    [Fact]
    public void GivenTheSizeFromAScanAFileGoneSinceIsAnError()
    {
        Assert.False(reader.TryReadFile(Path.Combine(root, "gone"), 100, Arrived, out _, out string error));
        Assert.NotEmpty(error);
    }

    [Fact]
    public void AMissingFileIsAnErrorNotAnException()
    {
        Assert.False(reader.TryReadFile(Path.Combine(root, "gone"), out _, out string error));
        Assert.NotEmpty(error);
    }

    [Fact]
    public void ASmallerHeaderSizeLimitIsHonoured()
    {
        var small = new SummaryReader(new SummaryOptions { HeaderSizeLimit = 20 });
        byte[] message = Encoding.ASCII.GetBytes("Subject: short\nTo: somebody.far.away@example.org\n\n");

        var s = small.Parse(message, message.Length, Arrived);

        Assert.Equal("short", s.Subject);
        Assert.Empty(s.To);
    }

    [Fact]
    public void AFieldRunningIntoTheEndOfAPartialReadIsDropped()
    {
        byte[] start = Encoding.ASCII.GetBytes("Subject: whole\nTo: someone@exa");

        var s = reader.Parse(start, size: 5000, Arrived);

        Assert.Equal("whole", s.Subject);
        Assert.Empty(s.To);
    }
}
