using System.Text;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;
using MuttSharp.Core.Rewriting;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Tests.Rewriting;

public sealed class HeaderRewriterTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-rewrite-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static string Rewrite(string message, params HeaderEdit[] edits)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(message);
        Assert.True(HeaderRewriter.TryRewrite(bytes, whole: true, edits, out byte[] header, out int length, out string error), error);
        return Encoding.UTF8.GetString(header) + Encoding.UTF8.GetString(bytes, length, bytes.Length - length);
    }

    [Fact]
    public void AFieldIsReplacedWhereItWasAndEveryOtherByteIsKept()
    {
        string message = "From: a@example.org\r\nx-label: old\r\nSubject: Hi\r\n\r\nBody, X-Label: not a header\r\n";

        string rewritten = Rewrite(message, new HeaderEdit("X-Label", "new one"));

        Assert.Equal("From: a@example.org\r\nX-Label: new one\r\nSubject: Hi\r\n\r\nBody, X-Label: not a header\r\n", rewritten);
    }

    [Fact]
    public void EveryOccurrenceOfARemovedFieldGoesWithItsFoldedLines()
    {
        string message = "References: <a@x>\n\t<b@x>\nSubject: Hi\nreferences: <c@x>\n\nbody\n";

        Assert.Equal("Subject: Hi\n\nbody\n", Rewrite(message, new HeaderEdit("References", null)));
    }

    [Fact]
    public void AFieldNotThereYetEndsTheHeaderBlockWithTheBlocksLineEnds()
    {
        Assert.Equal("Subject: Hi\r\nIn-Reply-To: <p@x>\r\n\r\nbody", Rewrite("Subject: Hi\r\n\r\nbody", new HeaderEdit("In-Reply-To", "<p@x>")));
        Assert.Equal("Subject: Hi\nX-Label: l\n", Rewrite("Subject: Hi", new HeaderEdit("X-Label", "l")));
    }

    [Fact]
    public void ALongValueIsFoldedBetweenWordsAndNeverInsideOne()
    {
        var ids = Enumerable.Range(0, 8).Select(i => $"<message-{i}.1234567890@lists.example.org>").ToArray();

        string rewritten = Rewrite("Subject: Hi\n\n", new HeaderEdit("References", string.Join(' ', ids)));

        var lines = rewritten.Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 78 || !line.Contains(' ', StringComparison.Ordinal), line));
        Assert.Equal(string.Join(' ', ids), string.Join(' ', lines.Skip(1).TakeWhile(l => l.Length > 0).Select(l => l.Trim())).Replace("References: ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void AnMboxFromLineAndBinaryJunkInTheBlockAreCopiedAsTheyAre()
    {
        string message = "From a@x Mon Jan  1 00:00:00 2024\nX-Junk: \u0001\u0000\u001b[31m\nX-Label: x\n\nbody\n";

        Assert.Equal("From a@x Mon Jan  1 00:00:00 2024\nX-Junk: \u0001\u0000\u001b[31m\n\nbody\n", Rewrite(message, new HeaderEdit("X-Label", "")));
    }

    [Theory]
    [InlineData("X-Label", "two\r\nBcc: victim@example.org", "line break")]
    [InlineData("X-Label", "nul\0", "line break")]
    [InlineData("X Label", "v", "not a header field name")]
    [InlineData("", "v", "not a header field name")]
    public void AnEditThatWouldForgeAHeaderIsRefused(string name, string value, string reason)
    {
        Assert.False(HeaderRewriter.TryRewrite("Subject: s\n\nb"u8.ToArray(), whole: true, [new HeaderEdit(name, value)], out _, out _, out string error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void AHeaderBlockThatDoesNotEndWithinWhatWasReadIsRefused()
    {
        byte[] head = Encoding.ASCII.GetBytes("Subject: s\nX-Long: " + new string('a', 500));

        Assert.False(HeaderRewriter.TryRewrite(head, whole: false, [new HeaderEdit("X-Label", "l")], out _, out _, out string error));
        Assert.Contains("does not end", error);
    }

    [Fact]
    public async Task AFileIsRewrittenWithItsFlagsItsTimeAndItsBody()
    {
        MaildirWriter.EnsureMaildir(root);
        string path = Path.Combine(root, "cur", "1700000000.M1P1.host:2,FS");
        string body = string.Concat(Enumerable.Repeat("A line of the body.\n", 5000));
        File.WriteAllText(path, "Subject: Hi\nIn-Reply-To: <p@x>\nReferences: <r@x> <p@x>\n\n" + body);
        var mtime = new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, mtime);

        var (written, error) = await HeaderRewriter.RewriteFileAsync(new MaildirWriter("h"), path,
            [new HeaderEdit("In-Reply-To", null), new HeaderEdit("References", null), new HeaderEdit("X-Label", "todo")]);

        Assert.NotNull(written);
        Assert.Equal("", error);
        Assert.False(File.Exists(path));
        Assert.Equal([Path.GetFileName(written)], Directory.GetFiles(Path.Combine(root, "cur")).Select(Path.GetFileName));
        Assert.EndsWith(":2,FS", written);
        Assert.StartsWith("1700000000.", Path.GetFileName(written));
        Assert.Equal("Subject: Hi\nX-Label: todo\n\n" + body, File.ReadAllText(written));
        Assert.Equal(mtime, File.GetLastWriteTimeUtc(written));
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "tmp")));
        Assert.True(new SummaryReader().TryReadFile(written, out var summary, out _));
        Assert.Null(summary.InReplyTo);
        Assert.Empty(summary.References);
        Assert.Equal("todo", summary.XLabel);
        Assert.Equal(MessageFlags.Flagged | MessageFlags.Seen, MaildirStore.FlagsOnDisk(written, out _));
    }

    [Fact]
    public async Task AHostileFileIsLeftAsItWasWithTheReason()
    {
        MaildirWriter.EnsureMaildir(root);
        string path = Path.Combine(root, "new", "1700000000.M2P1.host");
        byte[] hostile = Encoding.ASCII.GetBytes("X-Endless: " + new string('x', 4096));
        File.WriteAllBytes(path, [.. hostile, .. "\n continued\n"u8.ToArray()]);

        var (written, error) = await HeaderRewriter.RewriteFileAsync(new MaildirWriter("h"), path, [new HeaderEdit("X-Label", "l")], headerSizeLimit: 1024);

        Assert.Null(written);
        Assert.Contains("does not end within its first 1024 bytes", error);
        Assert.True(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "tmp")));
    }
}
