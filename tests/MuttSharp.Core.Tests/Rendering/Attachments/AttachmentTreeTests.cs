using System.Text;
using MimeKit;
using MuttSharp.Core.Config.Format;
using MuttSharp.Core.Rendering;
using MuttSharp.Core.Rendering.Attachments;

namespace MuttSharp.Core.Tests.Rendering.Attachments;

public sealed class AttachmentTreeTests
{
    internal const string Nested = """
        Subject: nested
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary=outer

        --outer
        Content-Type: multipart/alternative; boundary=inner

        --inner
        Content-Type: text/plain; charset=utf-8

        plain
        --inner
        Content-Type: text/html

        <p>html</p>
        --inner--
        --outer
        Content-Type: application/pdf; name="../../report.pdf"
        Content-Disposition: attachment; filename="../../report.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK
        --outer
        Content-Type: message/rfc822

        From: Carol <carol@example.org>
        Subject: inner message

        inner body
        --outer--
        """;

    internal static MimeMessage Parse(string raw) =>
        MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw.Replace("\n", "\r\n"))));

    [Fact]
    public void ListsPartsWithTheirTreeAsMuttsMenuDoes()
    {
        var nodes = AttachmentTree.Build(Parse(Nested), RenderLimits.Default);
        var format = FormatString.Get("%4n %T%m/%M %I %d");
        var table = AttachExpandos.Create();

        Assert.Equal(
            [
                "   1 multipart/alternative I <no description>",
                "   2 ├─>text/plain I <no description>",
                "   3 └─>text/html I <no description>",
                "   4 application/pdf A ../../report.pdf",
                "   5 message/rfc822 I inner message",
                "   6 └─>text/plain I <no description>",
            ],
            nodes.Select(n => format.Render(table, n.Entry)).ToArray());
        Assert.True(nodes[4].IsMessage);
        Assert.Equal("utf-8", nodes[1].Entry.Charset);
    }

    [Fact]
    public void ASinglePartMessageListsItsOnePart()
    {
        var nodes = AttachmentTree.Build(Parse("Subject: s\n\nbody\n"), RenderLimits.Default);

        Assert.Equal("text/plain", Assert.Single(nodes).MimeType);
    }

    [Fact]
    public void NestingStopsAtTheLimit()
    {
        var raw = new StringBuilder("Subject: deep\n");
        for (int i = 0; i < 50; i++)
            raw.Append($"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n");
        raw.Append("Content-Type: text/plain\n\nx\n");

        var nodes = AttachmentTree.Build(Parse(raw.ToString()), RenderLimits.Default with { MimeNestingLimit = 10 });

        Assert.Equal(10, nodes.Count);
    }
}
