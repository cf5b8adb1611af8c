using System.Text.RegularExpressions;
using MuttSharp.Core.Config.Colors;
using MuttSharp.Core.Rendering;

namespace MuttSharp.Core.Tests.Rendering;

public sealed partial class MessageRendererTests
{
    private const string Simple = """
        Return-Path: <alice@example.org>
        Received: from mx.example.org by mail.example.net; Mon, 2 Mar 2026 10:00:00 +0000
        From: Alice <alice@example.org>
        To: bob@example.net
        Subject: =?UTF-8?Q?Caf=C3=A9_tomorrow?=
        Date: Mon, 2 Mar 2026 10:00:00 +0000
        Message-ID: <a1@example.org>

        Hi Bob,
        > you said
        >> earlier
        -- 
        Alice

        """;

    [Fact]
    public async Task HeadersAreDecodedAndFollowedByABlankLineAndTheBody()
    {
        var lines = await RenderHelper.ScreenAsync(Simple);

        Assert.Equal("Received: from mx.example.org by mail.example.net; Mon, 2 Mar 2026 10:00:00", lines[1]);
        Assert.Equal("        +0000", lines[2]);
        Assert.Equal("Subject: Café tomorrow", lines[5]);
        Assert.Equal("", lines[8]);
        Assert.Equal(["Hi Bob,", "> you said", ">> earlier", "-- ", "Alice"], lines[9..]);
    }

    [Fact]
    public async Task LinesAreTaggedAsQuotedWithTheirDepthAndSignature()
    {
        var text = await RenderHelper.RenderAsync(Simple);
        var body = text.Lines.Skip(8).ToArray();

        Assert.Equal(LineKind.Body, body[0].Kind);
        Assert.Equal((LineKind.Quoted, 1), (body[1].Kind, body[1].QuoteDepth));
        Assert.Equal((LineKind.Quoted, 2), (body[2].Kind, body[2].QuoteDepth));
        Assert.Equal(LineKind.Signature, body[3].Kind);
        Assert.Equal(LineKind.Signature, body[4].Kind);
        Assert.All(text.Lines.Take(7), l => Assert.Equal(LineKind.Header, l.Kind));
    }

    [Fact]
    public async Task ASmileyIsNotAQuote()
    {
        var text = await RenderHelper.RenderAsync("Subject: x\n\n:-) fine\n");

        Assert.Equal(LineKind.Body, text.Lines[^1].Kind);
    }

    [Fact]
    public async Task IgnoreUnignoreAndHdrOrderWeedAndOrderHeaders()
    {
        var settings = RenderSettings.Default with
        {
            Ignore = ["*"],
            Unignore = ["from:", "subject", "date", "to"],
            HeaderOrder = ["date:", "from:", "subject:"],
        };

        var lines = await RenderHelper.ScreenAsync(Simple, settings: settings);

        Assert.Equal(
            ["Date: Mon, 2 Mar 2026 10:00:00 +0000", "From: Alice <alice@example.org>", "Subject: Café tomorrow", "To: bob@example.net", ""],
            lines[..5]);
    }

    [Fact]
    public async Task AllHeadersShowsWhatIgnoreHides()
    {
        var settings = RenderSettings.Default with { Ignore = ["*"], Unignore = ["subject:"] };

        var weeded = await RenderHelper.ScreenAsync(Simple, settings: settings);
        var all = await RenderHelper.ScreenAsync(Simple, settings: settings, allHeaders: true);

        Assert.Equal("Subject: Café tomorrow", weeded[0]);
        Assert.Equal("Return-Path: <alice@example.org>", all[0]);
    }

    [Fact]
    public async Task LongLinesWrapAtWordsWithMarkers()
    {
        var lines = await RenderHelper.ScreenAsync("Subject: w\n\none two three four five six seven\n", columns: 15);

        Assert.Equal(["one two three", "+four five six", "+seven"], RenderHelper.Body(lines));
    }

    [Fact]
    public async Task WithoutSmartWrapLinesAreCutAtTheEdgeAndMarkersCanBeOff()
    {
        var settings = RenderSettings.Default with { SmartWrap = false, Markers = false };

        var lines = await RenderHelper.ScreenAsync("Subject: w\n\none two three four\n", columns: 10, settings: settings);

        Assert.Equal(["one two th", "ree four"], RenderHelper.Body(lines));
    }

    [Theory]
    [InlineData(0, 20, 20)]
    [InlineData(12, 20, 12)]
    [InlineData(40, 20, 20)]
    [InlineData(-5, 20, 15)]
    public void WrapFollowsMuttsRule(int wrap, int columns, int expected)
    {
        Assert.Equal(expected, (RenderSettings.Default with { Wrap = wrap }).WrapColumns(columns));
    }

    [Fact]
    public async Task WideCharactersWrapByCells()
    {
        var lines = await RenderHelper.ScreenAsync("Subject: w\nContent-Type: text/plain; charset=utf-8\n\n日本語日本語\n", columns: 7,
            settings: RenderSettings.Default with { Markers = false });

        Assert.Equal(["日本語", "日本語"], lines[^2..]);
    }

    [Fact]
    public async Task LongHeadersFoldAtWordsWithATabsIndent()
    {
        var lines = await RenderHelper.ScreenAsync("To: aaaa@example.org, bbbb@example.org, cccc@example.org\n\nx\n", columns: 30);

        Assert.Equal(["To: aaaa@example.org,", "        bbbb@example.org,", "        cccc@example.org", "", "x"], lines);
    }

    [Fact]
    public async Task QuotedPrintableAndLatin1AreDecoded()
    {
        var lines = await RenderHelper.ScreenAsync("""
            Subject: q
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            Caf=E9 cr=E8me, soft=
             break
            """);

        Assert.Equal(["Café crème, soft break"], RenderHelper.Body(lines));
    }

    [Fact]
    public async Task Base64IsDecoded()
    {
        var lines = await RenderHelper.ScreenAsync("Subject: b\nContent-Transfer-Encoding: base64\n\naGVsbG8gd29ybGQ=\n");

        Assert.Equal(["hello world"], RenderHelper.Body(lines));
    }

    [Theory]
    [InlineData("x-no-such-charset")]
    [InlineData("")]
    public async Task UnknownOrMissingCharsetsFallBackToUtf8ThenLatin1(string charset)
    {
        string type = charset.Length > 0 ? $"Content-Type: text/plain; charset={charset}\n" : "";

        var utf8 = await RenderHelper.ScreenAsync($"Subject: u\n{type}\nnaïve\n");

        Assert.Equal("naïve", utf8[^1]);
    }

    [Fact]
    public async Task AssumedCharsetIsTriedForUndeclaredText()
    {
        var settings = RenderSettings.Default with { AssumedCharsets = ["koi8-r"] };
        // "привет" in KOI8-R, sent as base64 so that the bytes survive the test's UTF-8 string.
        var lines = await RenderHelper.ScreenAsync("Subject: k\nContent-Transfer-Encoding: base64\n\n0NLJ18XU\n", settings: settings);

        Assert.Equal("привет", lines[^1]);
    }

    [Fact]
    public async Task FlowedTextIsReflowedWithDelSp()
    {
        var lines = await RenderHelper.ScreenAsync(
            "Subject: f\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n\n"
            + "This para \ngraph is flow \ned.\n>> Quoted line one  \n>> continued\n-- \nSig\n", columns: 80);

        Assert.Equal(["This paragraph is flowed.", "> > Quoted line one continued", "-- ", "Sig"], RenderHelper.Body(lines));
    }

    [Fact]
    public async Task FlowedParagraphsFillToReflowWrap()
    {
        var settings = RenderSettings.Default with { ReflowWrap = 20 };

        var lines = await RenderHelper.ScreenAsync(
            "Subject: f\nContent-Type: text/plain; format=flowed\n\n> one two three four five \n> six seven eight\n", columns: 80, settings: settings);

        Assert.Equal(["> one two three four", "> five six seven", "> eight"], RenderHelper.Body(lines));
    }

    [Fact]
    public async Task AlternativeShowsPlainTextByDefaultAndHonoursAlternativeOrder()
    {
        const string raw = """
            Subject: alt
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary=b

            --b
            Content-Type: text/plain

            plain version
            --b
            Content-Type: text/html

            <p>html <b>version</b></p>
            --b--
            """;

        var plain = await RenderHelper.ScreenAsync(raw);
        var html = await RenderHelper.ScreenAsync(raw, settings: RenderSettings.Default with { AlternativeOrder = ["text/html", "text/plain"] });

        Assert.Equal(["plain version"], RenderHelper.Body(plain));
        Assert.Equal(["html version"], RenderHelper.Body(html));
    }

    [Fact]
    public async Task AttachmentsAreAnnouncedAsMuttDoes()
    {
        string pdf = Convert.ToBase64String(new byte[12 * 1024], Base64FormattingOptions.InsertLineBreaks);
        var text = await RenderHelper.RenderAsync($"""
            Subject: report
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain

            See attached.
            --b
            Content-Type: application/pdf; name=report.pdf
            Content-Disposition: attachment; filename=report.pdf
            Content-Transfer-Encoding: base64

            {pdf}
            --b--
            """);
        var lines = text.LayoutText(80).ToArray();

        Assert.Equal(
            [
                "[-- Attachment #1 --]",
                "[-- Type: text/plain, Encoding: 7bit, Size: 0.1K --]",
                "",
                "See attached.",
                "",
                "[-- Attachment #2: report.pdf --]",
                "[-- Type: application/pdf, Encoding: base64, Size: 16K --]",
                "",
                "[-- application/pdf is unsupported (use 'v' to view this part) --]",
            ],
            RenderHelper.Body(lines));
        Assert.Equal(LineKind.Attachment, text.Lines[Array.IndexOf(lines, "") + 1].Kind);
    }

    [Fact]
    public async Task AttachedMessagesAreShownInlineWithTheirHeaders()
    {
        var lines = await RenderHelper.ScreenAsync("""
            Subject: fwd
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain

            Forwarding.
            --b
            Content-Type: message/rfc822

            From: Carol <carol@example.org>
            Subject: inner

            inner body
            --b--
            """);

        int start = Array.IndexOf(lines, "[-- Type: message/rfc822, Encoding: 7bit, Size: 0.1K --]");
        Assert.True(start > 0, string.Join("\n", lines));
        Assert.Equal(["", "From: Carol <carol@example.org>", "Subject: inner", "", "inner body"], lines[(start + 1)..]);
    }

    [Fact]
    public async Task HonorDispositionAnnouncesAttachedText()
    {
        var lines = await RenderHelper.ScreenAsync("Subject: d\nContent-Disposition: attachment; filename=a.txt\n\nsecret\n",
            settings: RenderSettings.Default with { HonorDisposition = true });

        Assert.Equal("[-- This is an attachment (use 'v' to view this part) --]", lines[^1]);
    }

    [Fact]
    public async Task TabsAreExpandedToEightColumns()
    {
        var lines = await RenderHelper.ScreenAsync("Subject: t\n\na\tb\n");

        Assert.Equal("a       b", lines[^1]);
    }

    [Fact]
    public async Task ToggledQuotedTextIsLeftOut()
    {
        var text = await RenderHelper.RenderAsync(Simple);

        var rows = text.Layout(80, hideQuoted: true).Select(r => r.Text).ToArray();

        Assert.DoesNotContain("> you said", rows);
        Assert.Contains("Hi Bob,", rows);
    }

    [Fact]
    public async Task AutoViewRunsTheViewerAndShowsItsOutputUnderMuttsBanner()
    {
        var viewer = new FakeViewer();
        var settings = RenderSettings.Default with { AutoView = ["text/html"] };

        var text = await RenderHelper.RenderAsync("Subject: h\nContent-Type: text/html\n\n<p>x</p>\n", settings, viewer: viewer);

        Assert.Equal(["[-- Autoview using fake %s --]", "FAKE OUTPUT"], RenderHelper.Body(text.LayoutText(80).ToArray()));
    }

    [Fact]
    public async Task WithoutAutoViewHtmlGoesThroughTheBuiltInRenderer()
    {
        var text = await RenderHelper.RenderAsync("Subject: h\nContent-Type: text/html\n\n<p>x</p>\n", viewer: new FakeViewer());

        Assert.Equal(["x"], RenderHelper.Body(text.LayoutText(80).ToArray()));
    }

    [Fact]
    public void TypeMatchesTakesMuttsWildcards()
    {
        Assert.True(MessageRenderer.TypeMatches("text/*", "text/html"));
        Assert.True(MessageRenderer.TypeMatches("text", "text/html"));
        Assert.True(MessageRenderer.TypeMatches("*", "image/png"));
        Assert.False(MessageRenderer.TypeMatches("text/plain", "text/html"));
    }

    [Fact]
    public async Task HeaderValuesCannotSmuggleEscapes()
    {
        var lines = await RenderHelper.ScreenAsync("Subject: a\u001b]0;owned\u0007b \u202Egnp.exe\n\nx\u001b[2Jy\n");

        Assert.Equal("Subject: ab gnp.exe", lines[0]);
        Assert.Equal("xy", lines[^1]);
        Assert.DoesNotMatch(new Regex("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]"), string.Concat(lines));
    }

    private sealed class FakeViewer : IAutoViewer
    {
        public bool CanView(string mimeType) => mimeType == "text/html";

        public Task<AutoViewResult?> ViewAsync(MimeKit.MimePart part, CancellationToken cancellationToken) =>
            Task.FromResult<AutoViewResult?>(new AutoViewResult("fake %s", "FAKE OUTPUT\n", ""));
    }

    [Fact]
    public async Task AllowAnsiKeepsTheColoursOfAPlainLineAcrossItsWrappedRows()
    {
        var settings = RenderSettings.Default with { AllowAnsi = true, Markers = false };
        var text = await RenderHelper.RenderAsync("\n0123 \u001b[32m5678 abcd\u001b[0m efgh\n", settings);

        var rows = text.Layout(10);

        Assert.Equal(["0123 5678", "abcd efgh"], rows.Select(r => r.Text));
        Assert.Equal([new ColorSpan(5, 4, new(TerminalColor.FromIndex(2), null, ColorAttributes.None))], rows[0].Styles);
        Assert.Equal(0, Assert.Single(rows[1].Styles!).Start);
        Assert.Equal(4, rows[1].Styles![0].Length);
    }

    [Fact]
    public async Task WithoutAllowAnsiColourSequencesAreStrippedAndLeaveNoRuns()
    {
        var text = await RenderHelper.RenderAsync("\nsay \u001b[31mred\u001b[0m\n");

        Assert.Equal("say red", text.Lines.Single().Text);
        Assert.Null(text.Lines.Single().Styles);
    }
}
