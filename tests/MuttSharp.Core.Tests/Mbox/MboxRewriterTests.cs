using System.Text;
using MuttSharp.Core.Mbox;

namespace MuttSharp.Core.Tests.Mbox;

/// <summary>Taking messages out of an mbox: the rest kept byte for byte, in the same file, with nothing left behind.</summary>
public sealed class MboxRewriterTests : IDisposable
{
    private const string First = "From a@example.org Mon Jan  1 10:00:00 2024\nSubject: one\n\nOne.\n>From the start\n\n";
    private const string Second = "From b@example.org Mon Jan  1 11:00:00 2024\nSubject: two\n\nTwo.\n\n";
    private const string Third = "From c@example.org Mon Jan  1 12:00:00 2024\nSubject: three\n\nThree.\n\n";

    private readonly string directory = Directory.CreateTempSubdirectory("muttsharp-mbox-rewrite").FullName;

    private string Mbox => Path.Combine(directory, "drafts");

    private static bool Is(ReadOnlyMemory<byte> message, string subject) =>
        Encoding.ASCII.GetString(message.Span).StartsWith($"Subject: {subject}\n", StringComparison.Ordinal);

    [Fact]
    public async Task ThePickedMessageGoesAndTheOthersStayByteForByte()
    {
        File.WriteAllText(Mbox, First + Second + Third);

        int removed = await MboxRewriter.RemoveAsync(Mbox, m => Is(m, "two"));

        Assert.Equal(1, removed);
        Assert.Equal(First + Third, File.ReadAllText(Mbox));
        Assert.Equal([Mbox], Directory.GetFiles(directory));
    }

    [Fact]
    public async Task TheFileIsRewrittenInPlaceSoAnotherNameForItSeesTheChange()
    {
        File.WriteAllText(Mbox, First + Second);
        string other = Path.Combine(directory, "link");
        File.CreateSymbolicLink(other, Mbox);
        await using (var held = new FileStream(Mbox, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            await MboxRewriter.RemoveAsync(Mbox, m => Is(m, "one"));
            // A program that opened the file before the rewrite reads the new content: the same inode.
            held.Position = 0;
            Assert.Equal(Second, await new StreamReader(held).ReadToEndAsync());
        }

        Assert.Equal(Second, File.ReadAllText(other));
    }

    [Fact]
    public async Task NothingPickedLeavesTheFileUntouched()
    {
        File.WriteAllText(Mbox, First + Second);
        var written = File.GetLastWriteTimeUtc(Mbox);

        Assert.Equal(0, await MboxRewriter.RemoveAsync(Mbox, _ => false));

        Assert.Equal(First + Second, File.ReadAllText(Mbox));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Mbox));
    }

    [Fact]
    public async Task RemovingEveryMessageLeavesAnEmptyFile()
    {
        File.WriteAllText(Mbox, First + Second);

        Assert.Equal(2, await MboxRewriter.RemoveAsync(Mbox, _ => true));

        Assert.Equal(0, new FileInfo(Mbox).Length);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
