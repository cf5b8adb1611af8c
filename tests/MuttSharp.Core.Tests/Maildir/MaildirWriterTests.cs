using System.Text;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Tests.Maildir;

public sealed class MaildirWriterTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-writer-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task ANewMessageLandsInNewWithAPostfixStyleNameAndTmpIsLeftEmpty()
    {
        var writer = new MaildirWriter("mail.example.org");
        string path = await writer.WriteAsync(Path.Combine(root, "Maildir"), Encoding.ASCII.GetBytes("Subject: hi\n\nbody\n"));

        Assert.Equal(Path.Combine(root, "Maildir", "new"), Path.GetDirectoryName(path));
        Assert.Matches(@"^\d+\.V[0-9a-f]+I[0-9a-f]+M\d+\.mail\.example\.org$", Path.GetFileName(path));
        Assert.Equal("Subject: hi\n\nbody\n", await File.ReadAllTextAsync(path));
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "Maildir", "tmp")));
    }

    [Fact]
    public async Task AMessageWithFlagsLandsInCurWithItsInfo()
    {
        var writer = new MaildirWriter("h");
        string path = await writer.WriteAsync(root, Encoding.ASCII.GetBytes("x"), MessageFlags.Seen | MessageFlags.Replied);

        Assert.Equal(Path.Combine(root, "cur"), Path.GetDirectoryName(path));
        Assert.EndsWith(":2,RS", path);
    }

    [Fact]
    public async Task AFailedWriteLeavesNothingBehind()
    {
        var writer = new MaildirWriter("h");
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(root,
            async (stream, ct) =>
            {
                await stream.WriteAsync(new byte[10], ct);
                throw new InvalidOperationException("source broke");
            }));

        Assert.Empty(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
    }
}
