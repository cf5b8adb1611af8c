using System.Text;
using MimeKit;
using MuttSharp.Core.Mailcap;

namespace MuttSharp.Core.Tests.Mailcap;

public sealed class MailcapRunnerTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("muttsharp-mailcap-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private MailcapRunner Runner(string mailcap)
    {
        string file = Path.Combine(directory, "mailcap");
        File.WriteAllText(file, mailcap);
        var settings = new MailcapSettings { Files = [file, Path.Combine(directory, "missing")] };
        return new MailcapRunner(MailcapDatabase.Load(settings), settings);
    }

    private static MimePart Part(string type, string content, string? fileName = null)
    {
        var part = new MimePart(ContentType.Parse(type)) { Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(content))) };
        if (fileName is not null)
            part.FileName = fileName;
        return part;
    }

    [Fact]
    public async Task RunsTheCommandOnATempFileAndCapturesItsOutput()
    {
        var runner = Runner("text/html; cat %s; copiousoutput; nametemplate=%s.html\n");

        using var invocation = await runner.PrepareAsync(Part("text/html", "<p>hi</p>", "page.htm"), MailcapPurpose.AutoView);
        var result = await runner.RunAsync(invocation!);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("<p>hi</p>", result.Output);
        Assert.EndsWith("/page.htm.html", invocation!.File.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostileFileNameOrParameterIsNeverRunByTheShell()
    {
        string marker = Path.Combine(directory, "PWNED");
        var runner = Runner("application/x-evil; cat %s; copiousoutput\napplication/x-param; echo %{name}; copiousoutput\n");
        var evil = Part("application/x-evil", "data", $"$(touch {marker}).txt");
        var param = Part($"application/x-param; name=\"`touch {marker}`; touch {marker}\"", "");

        using var first = await runner.PrepareAsync(evil, MailcapPurpose.AutoView);
        var a = await runner.RunAsync(first!);
        using var second = await runner.PrepareAsync(param, MailcapPurpose.AutoView);
        var b = await runner.RunAsync(second!);

        Assert.Equal("data", a.Output);
        Assert.Equal($"`touch {marker}`; touch {marker}\n", b.Output);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public async Task AFailingTestSkipsToTheNextEntry()
    {
        var runner = Runner("text/plain; echo first; test=false; copiousoutput\ntext/plain; echo second; test=test -r %s; copiousoutput\n");

        using var invocation = await runner.PrepareAsync(Part("text/plain", "x"), MailcapPurpose.AutoView);

        Assert.Equal("echo second", invocation!.Entry.ViewCommand);
    }

    [Fact]
    public async Task AutoViewWantsCopiousOutputWhileViewTakesAnyEntry()
    {
        var runner = Runner("image/png; display %s\n");

        Assert.Null(await runner.PrepareAsync(Part("image/png", "x"), MailcapPurpose.AutoView));
        using var view = await runner.PrepareAsync(Part("image/png", "x"), MailcapPurpose.View);
        Assert.Equal("display \"${1}\"", view!.Command.Script);
    }

    [Fact]
    public async Task WithoutPercentSThePartArrivesOnStandardInput()
    {
        var runner = Runner("text/*; tr a-z A-Z; copiousoutput\n");

        using var invocation = await runner.PrepareAsync(Part("text/x-shout", "quiet"), MailcapPurpose.AutoView);
        var result = await runner.RunAsync(invocation!);

        Assert.Equal("QUIET", result.Output);
    }

    [Fact]
    public async Task TheTempFileIsRemovedWhenDone()
    {
        var runner = Runner("text/plain; cat %s; copiousoutput\n");
        var invocation = await runner.PrepareAsync(Part("text/plain", "x"), MailcapPurpose.AutoView);
        string path = invocation!.File.Path;

        invocation.Dispose();

        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("\u001b[31mred.txt", "__31mred.txt")]
    [InlineData("..", "attachment")]
    [InlineData(null, "attachment")]
    public void TempFileNamesAreSanitised(string? name, string expected)
    {
        Assert.Equal(expected, MailcapTempFile.SafeName(name));
    }
}
