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

    private string OldMessage(string name = "1700000000.M1P1.host:2,S")
    {
        MaildirWriter.EnsureMaildir(root);
        string path = Path.Combine(root, "cur", name);
        File.WriteAllText(path, "old\n");
        return path;
    }

    private string[] Messages() =>
        [.. new[] { "cur", "new" }.SelectMany(d => Directory.GetFiles(Path.Combine(root, d)))];

    private static Func<Stream, CancellationToken, Task> Text(string text) => (s, ct) => s.WriteAsync(Encoding.ASCII.GetBytes(text), ct).AsTask();

    [Fact]
    public async Task AReplacedMessageTakesANewNameAfterItsDeliveryTimeAndTheOldFileGoes()
    {
        string old = OldMessage();
        var delivered = DateTimeOffset.FromUnixTimeSeconds(1700000000);

        string path = await new MaildirWriter("h").ReplaceAsync(old, Text("new\n"), MessageFlags.Seen | MessageFlags.Flagged, "a", delivered);

        Assert.Equal([path], Messages());
        Assert.Matches(@"^1700000000\.V[0-9a-f]+I[0-9a-f]+M0\.h:2,FSa$", Path.GetFileName(path));
        Assert.Equal("new\n", File.ReadAllText(path));
        Assert.Equal(delivered.UtcDateTime, File.GetLastWriteTimeUtc(path));
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "tmp")));
    }

    [Fact]
    public async Task AReplacedMessageWhoseNameHasNoTimeIsNamedAfterItsDeliveryTime()
    {
        string old = OldMessage("dovecot-style-name:2,S");

        string path = await new MaildirWriter("h").ReplaceAsync(old, Text("new\n"), MessageFlags.Seen, "", DateTimeOffset.FromUnixTimeSeconds(1600000000));

        Assert.StartsWith("1600000000.", Path.GetFileName(path));
        Assert.Equal([path], Messages());
    }

    [Theory]
    [InlineData(1, "new\n")]
    [InlineData(2, "new\n")]
    public async Task ACrashBetweenTheStepsOfAReplaceLeavesOneWholeCopy(int crashAfter, string content)
    {
        string old = OldMessage();
        var writer = new MaildirWriter("h") { AfterRename = step => { if (step == crashAfter) throw new IOException("crashed"); } };

        await Assert.ThrowsAsync<IOException>(() => writer.ReplaceAsync(old, Text("new\n"), MessageFlags.Seen, "", DateTimeOffset.UnixEpoch));

        string only = Assert.Single(Messages());
        Assert.Equal(content, File.ReadAllText(only));
    }

    [Fact]
    public async Task ACrashWhileWritingTheNewContentLeavesTheOldMessage()
    {
        string old = OldMessage();
        var writer = new MaildirWriter("h") { SyncFile = (_, _) => throw new IOException("crashed") };

        await Assert.ThrowsAsync<IOException>(() => writer.ReplaceAsync(old, Text("new\n"), MessageFlags.Seen, "", DateTimeOffset.UnixEpoch));

        Assert.Equal([old], Messages());
        Assert.Equal("old\n", File.ReadAllText(old));
    }

    [Fact]
    public async Task AMessageAnotherProgramRenamesWhileItIsRewrittenEndsAsOneCopyOfTheNewContent()
    {
        string old = OldMessage();
        string renamed = Path.Combine(root, "cur", "1700000000.M1P1.host:2,RS");
        var writer = new MaildirWriter("h")
        {
            SyncFile = (stream, _) =>
            {
                File.Move(old, renamed);
                stream.Flush(flushToDisk: true);
                return Task.CompletedTask;
            },
        };

        string path = await writer.ReplaceAsync(old, Text("new\n"), MessageFlags.Seen, "", DateTimeOffset.UnixEpoch);

        Assert.Equal([path], Messages());
        Assert.Equal("new\n", File.ReadAllText(path));
    }

    [Fact]
    public async Task ANewContentRenamedByAnotherProgramIsFollowedToItsNewName()
    {
        string old = OldMessage();
        string renamed = Path.Combine(root, "cur", "1700000000.M1P1.host:2,RS");
        var writer = new MaildirWriter("h") { AfterRename = step => { if (step == 1) File.Move(old, renamed); } };

        string path = await writer.ReplaceAsync(old, Text("new\n"), MessageFlags.Seen, "", DateTimeOffset.UnixEpoch);

        Assert.Equal([path], Messages());
        Assert.Equal("new\n", File.ReadAllText(path));
    }

    [Fact]
    public async Task AMessageThatVanishedIsNotWrittenBack()
    {
        string old = OldMessage();
        File.Delete(old);

        await Assert.ThrowsAsync<FileNotFoundException>(() => new MaildirWriter("h").ReplaceAsync(old, Text("new\n"), MessageFlags.Seen, "", DateTimeOffset.UnixEpoch));

        Assert.Empty(Messages());
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "tmp")));
    }
}
