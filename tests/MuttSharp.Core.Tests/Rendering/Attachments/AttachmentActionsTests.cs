using MimeKit;
using MuttSharp.Core.Rendering;
using MuttSharp.Core.Rendering.Attachments;

namespace MuttSharp.Core.Tests.Rendering.Attachments;

public sealed class AttachmentActionsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("muttsharp-attach-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("../../report.pdf", "report.pdf")]
    [InlineData("C:\\Users\\x\\evil.exe", "evil.exe")]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("..", "attachment")]
    [InlineData("\u001b[31mred\u202E.txt", "red.txt")]
    public void TheProposedNameHasNoDirectoryPartAndIsSafe(string name, string expected)
    {
        var part = new MimePart("application", "octet-stream") { FileName = name };

        Assert.Equal(expected, AttachmentActions.SuggestedName(part));
    }

    [Fact]
    public void APartWithoutANameIsProposedAsAttachment()
    {
        Assert.Equal("attachment", AttachmentActions.SuggestedName(new MimePart("application", "octet-stream")));
    }

    [Fact]
    public async Task SavingDecodesAndNeverOverwritesSilently()
    {
        var pdf = AttachmentTree.Build(AttachmentTreeTests.Parse(AttachmentTreeTests.Nested), RenderLimits.Default)[3].Entity;
        string path = Path.Combine(directory, "report.pdf");
        await File.WriteAllTextAsync(path, "precious");

        var first = await AttachmentActions.SaveAsync(pdf, path, SaveMode.CreateNew);
        string untouched = await File.ReadAllTextAsync(path);
        var second = await AttachmentActions.SaveAsync(pdf, path, SaveMode.Overwrite);

        Assert.Equal(SaveOutcome.Exists, first);
        Assert.Equal("precious", untouched);
        Assert.Equal(SaveOutcome.Saved, second);
        Assert.Equal("%PDF-1.4\n", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task AppendAddsToTheFile()
    {
        var part = new TextPart("plain") { Text = "more" };
        string path = Path.Combine(directory, "notes.txt");
        await File.WriteAllTextAsync(path, "some ");

        await AttachmentActions.SaveAsync(part, path, SaveMode.Append);

        Assert.Equal("some more", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task AnAttachedMessageIsSavedAsAMessage()
    {
        var message = AttachmentTree.Build(AttachmentTreeTests.Parse(AttachmentTreeTests.Nested), RenderLimits.Default)[4].Entity;
        var output = new MemoryStream();

        await AttachmentActions.WriteDecodedAsync(message, output);

        Assert.StartsWith("From: Carol <carol@example.org>", System.Text.Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task ViewAsTextShowsAnyPartAsItsTextWithoutHeaders()
    {
        var pdf = AttachmentTree.Build(AttachmentTreeTests.Parse(AttachmentTreeTests.Nested), RenderLimits.Default)[3].Entity;

        var text = await new MessageRenderer(RenderSettings.Default).RenderAsync(AttachmentActions.AsText(pdf, RenderSettings.Default));

        Assert.Equal(["%PDF-1.4"], text.LayoutText(80).ToArray());
    }
}
