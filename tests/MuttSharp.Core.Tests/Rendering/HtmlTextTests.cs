using MuttSharp.Core.Rendering;

namespace MuttSharp.Core.Tests.Rendering;

public sealed class HtmlTextTests
{
    private static string[] Render(string html, int columns = 80) =>
        new MessageText(HtmlText.Render(html), RenderSettings.Default).LayoutText(columns).ToArray();

    [Fact]
    public void ParagraphsAreSeparatedByOneBlankLineAndWhitespaceCollapses()
    {
        Assert.Equal(["First paragraph.", "", "Second one."],
            Render("<html><body><p>First\n   paragraph.</p>\n\n<p>Second <b>one</b>.</p></body></html>"));
    }

    [Fact]
    public void LinksBecomeNumberedReferencesListedAtTheEnd()
    {
        Assert.Equal(
            ["See the docs[1] and the site[2], again the docs[1].", "", "References:", "[1] https://example.org/docs", "[2] https://example.org/"],
            Render("<p>See <a href=\"https://example.org/docs\">the docs</a> and <a href='https://example.org/'>the site</a>, "
                + "again <a href=\"https://example.org/docs\">the docs</a>.</p>"));
    }

    [Fact]
    public void ScriptsStylesAndTitlesAreNotText()
    {
        Assert.Equal(["Visible"],
            Render("<html><head><title>T</title><style>p{color:red}</style></head><body><script>alert('x')</script><p>Visible</p></body></html>"));
    }

    [Fact]
    public void ListsGetBulletsAndNumbersAndNestedOnesIndent()
    {
        Assert.Equal(["* one", "* two", "  1. inner", "  2. inner too"],
            Render("<ul><li>one</li><li>two<ol><li>inner</li><li>inner too</li></ol></li></ul>"));
    }

    [Fact]
    public void EntitiesAreDecodedAndImagesShowTheirAltText()
    {
        Assert.Equal(["Fish & chips < 5€ [logo]"], Render("<p>Fish &amp; chips &lt; 5&euro; <img src=\"http://tracker.example/x.gif\" alt=\"logo\"></p>"));
    }

    [Fact]
    public void BlockquotesAreQuotedAndPreKeepsItsLines()
    {
        var lines = HtmlText.Render("<blockquote>quoted words</blockquote><pre>a  b\n  c</pre>");
        var rows = new MessageText(lines, RenderSettings.Default).LayoutText(80).ToArray();

        Assert.Equal(["> quoted words", "", "a  b", "  c"], rows);
        Assert.Equal((LineKind.Quoted, 1), (lines[0].Kind, lines[0].QuoteDepth));
    }

    [Fact]
    public void LongParagraphsFillTheWidthWithoutMarkers()
    {
        Assert.Equal(["alpha beta", "gamma delta"], Render("<p>alpha beta gamma delta</p>", columns: 12));
    }

    [Fact]
    public void BreaksEndLines()
    {
        Assert.Equal(["one", "two"], Render("one<br>two"));
    }

    [Fact]
    public void AThousandNestedQuotesStayWithinTheScreen()
    {
        string html = string.Concat(Enumerable.Repeat("<blockquote>", 1000)) + "deep" + string.Concat(Enumerable.Repeat("</blockquote>", 1000));

        var rows = Render(html, columns: 40);

        Assert.Contains(rows, r => r.EndsWith("deep", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.True(r.Length <= 40, r));
    }
}
