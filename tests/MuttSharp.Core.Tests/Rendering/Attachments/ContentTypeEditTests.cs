using System.Text;
using MimeKit;
using MuttSharp.Core.Rendering;
using MuttSharp.Core.Rendering.Attachments;

namespace MuttSharp.Core.Tests.Rendering.Attachments;

public sealed class ContentTypeEditTests
{
    private static readonly RenderLimits Limits = new();

    // "café" in Latin-1, labelled UTF-8, as a misconfigured mailer sends it.
    private static readonly byte[] Mislabelled = [.. "Subject: menu\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\ncaf"u8, 0xe9, (byte)'\n'];

    private static async Task<MimeMessage> Load(byte[] raw) => await MessageParsing.LoadAsync(new MemoryStream(raw), Limits);

    private static async Task<MimeMessage> Mixed() => await Load(Encoding.ASCII.GetBytes("""
        Subject: files
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain

        hello
        --b1
        Content-Type: application/octet-stream; name="list.txt"
        Content-Disposition: attachment; filename="list.txt"

        milk, eggs
        --b1--

        """.Replace("\r\n", "\n")));

    [Fact]
    public async Task ThePromptShowsTheTypeWithEveryParameterQuotedWhereNeeded()
    {
        var message = await Load(Encoding.ASCII.GetBytes("Content-Type: Text/Plain; charset=utf-8; name=\"my notes.txt\"; format=flowed\n\nx\n"));

        Assert.Equal("text/plain; charset=utf-8; name=\"my notes.txt\"; format=flowed", ContentTypeEdit.Current(message.Body!));
    }

    [Fact]
    public async Task ANewCharsetDecodesTheTextAgainAndTheOriginalIsLeftAlone()
    {
        var message = await Load(Mislabelled);

        var change = await ContentTypeEdit.ApplyAsync(message, message.Body!, "text/plain; charset=iso-8859-1", Limits);

        Assert.Null(change.Error);
        Assert.Equal("Character set changed to iso-8859-1; converting.", change.Notice);
        Assert.Equal("café\n", change.Message!.TextBody);
        Assert.Equal("menu", change.Message.Subject);
        Assert.Equal("utf-8", message.Body!.ContentType.Charset);
    }

    [Fact]
    public async Task APartRetypedInsideAMultipartKeepsItsSiblingsAndItsDisposition()
    {
        var message = await Mixed();
        var attachment = ((Multipart)message.Body!)[1];

        var change = await ContentTypeEdit.ApplyAsync(message, attachment, "text/plain; name=list.txt", Limits);

        Assert.Equal("Content-Type changed to text/plain.", change.Notice);
        var parts = (Multipart)change.Message!.Body!;
        Assert.Equal(2, parts.Count);
        Assert.Equal("hello", ((TextPart)parts[0]).Text);
        var retyped = Assert.IsType<TextPart>(parts[1]);
        Assert.Equal("milk, eggs", retyped.Text.TrimEnd());
        Assert.Equal("list.txt", retyped.ContentDisposition?.FileName);
        Assert.IsNotType<TextPart>(((Multipart)message.Body!)[1]);
    }

    [Fact]
    public async Task AMultipartMadeALeafShowsItsBodyAsTextAndALeafMadeMultipartIsParsedIntoParts()
    {
        var message = await Mixed();

        var flattened = await ContentTypeEdit.ApplyAsync(message, message.Body!, "text/plain", Limits);
        var rebuilt = await ContentTypeEdit.ApplyAsync(flattened.Message!, flattened.Message!.Body!, "multipart/mixed; boundary=b1", Limits);

        Assert.Contains("--b1", Assert.IsType<TextPart>(flattened.Message.Body).Text);
        Assert.Equal(2, Assert.IsAssignableFrom<Multipart>(rebuilt.Message!.Body).Count);
        Assert.Equal("Content-Type changed to multipart/mixed.", rebuilt.Notice);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("no-slash-here", "Bad Content-Type: no-slash-here")]
    [InlineData("text/plain; charset=\u001b[2Jutf-8", "Bad Content-Type: text/plain; charset=utf-8")]
    public async Task AnEmptyAnswerChangesNothingAndAMalformedOneIsRefused(string typed, string? error)
    {
        var message = await Load(Mislabelled);

        var change = await ContentTypeEdit.ApplyAsync(message, message.Body!, typed, Limits);

        Assert.Null(change.Message);
        Assert.Null(change.Notice);
        Assert.Equal(error, change.Error);
    }
}
