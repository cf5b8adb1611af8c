using System.Text;
using MuttSharp.Core.Mbox;
using MuttSharp.Core.Model;
using MuttSharp.Core.Summaries;

namespace MuttSharp.Core.Tests.Mbox;

public sealed class MboxWriterTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2024, 3, 5, 9, 7, 1, TimeSpan.Zero);

    private readonly string root = Directory.CreateTempSubdirectory("muttsharp-mboxw-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Mbox => Path.Combine(root, "saved");

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task AppendsAFromLineTheStatusAndQuotesFromLinesInTheBody()
    {
        var writer = new MboxWriter();

        await writer.AppendAsync(Mbox, Bytes("Return-Path: <bounce@example.org>\nFrom: Alice <alice@example.org>\nStatus: O\nContent-Length: 3\nSubject: hi\n\nFrom here on\n>From there\nbye"), Received, MessageFlags.Seen | MessageFlags.Flagged);

        Assert.Equal(
            "From bounce@example.org Tue Mar  5 09:07:01 2024\n"
            + "Return-Path: <bounce@example.org>\nFrom: Alice <alice@example.org>\nSubject: hi\nStatus: RO\nX-Status: F\n\n"
            + ">From here on\n>From there\nbye\n\n",
            File.ReadAllText(Mbox));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, new FileInfo(Mbox).UnixFileMode);
    }

    [Fact]
    public async Task MessagesFollowOneAnotherAsTheReaderFindsThemWithTheirFlags()
    {
        File.WriteAllText(Mbox, "From x@example.org Mon Jan  1 00:00:00 2024\nFrom: x@example.org\nSubject: first\n\nno blank line after");
        var writer = new MboxWriter();

        await writer.AppendAsync(Mbox, Bytes("From old@envelope Mon Jan  1 00:00:00 2024\nFrom: Bob <bob@example.org>\nSubject: new one\n\nbody\n"), Received, MessageFlags.New);
        await writer.AppendAsync(Mbox, Bytes("From: Carol <carol@example.org>\nSubject: old replied\n\nbody\n"), Received, MessageFlags.Replied);

        var messages = MboxReader.Read(Mbox, new SummaryReader(), new List<MailboxError>());
        Assert.Equal(["first", "new one", "old replied"], messages.Select(m => m.Summary.Subject));
        Assert.Equal([MessageFlags.New, MessageFlags.Replied], messages.Skip(1).Select(m => m.Flags));
        Assert.Equal(Received, messages[2].Summary.Received);
        string text = File.ReadAllText(Mbox);
        Assert.Contains("no blank line after\n\nFrom bob@example.org Tue Mar  5 09:07:01 2024\n", text);
        Assert.DoesNotContain("old@envelope", text);
        Assert.Contains("Subject: old replied\nStatus: O\nX-Status: A\n\n", text);
    }

    [Fact]
    public async Task SavingLeavesAFolderWithoutNewMailWithoutAndOneWithNewMailWithIt()
    {
        var writer = new MboxWriter();
        File.WriteAllText(Mbox, "");
        File.SetLastAccessTimeUtc(Mbox, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(Mbox, DateTime.UtcNow.AddHours(-2));

        await writer.AppendAsync(Mbox, Bytes("Subject: a\n\nx\n"), Received, MessageFlags.New);
        var quiet = new FileInfo(Mbox);
        Assert.False(quiet.LastWriteTimeUtc > quiet.LastAccessTimeUtc);

        var seen = DateTime.UtcNow.AddHours(-3);
        File.SetLastAccessTimeUtc(Mbox, seen);
        await writer.AppendAsync(Mbox, Bytes("Subject: b\n\nx\n"), Received, MessageFlags.New);
        var flagged = new FileInfo(Mbox);
        Assert.True(flagged.LastWriteTimeUtc > flagged.LastAccessTimeUtc);
        Assert.Equal(seen, flagged.LastAccessTimeUtc);
    }

    [Fact]
    public async Task AnotherProgramsLockIsWaitedForThenReportedAndNothingIsWritten()
    {
        File.WriteAllText(Mbox, "From a Mon Jan  1 00:00:00 2024\nSubject: a\n\nx\n\n");
        using var holder = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(
            "python3", ["-c", "import fcntl,sys; f=open(sys.argv[1],'r+'); fcntl.lockf(f, fcntl.LOCK_EX); print('locked', flush=True); sys.stdin.read()", Mbox])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        Assert.Equal("locked", await holder.StandardOutput.ReadLineAsync());
        var writer = new MboxWriter { LockTimeout = TimeSpan.FromMilliseconds(300) };

        var refused = await Assert.ThrowsAsync<IOException>(() => writer.AppendAsync(Mbox, Bytes("Subject: b\n\ny\n"), Received, MessageFlags.New));
        holder.StandardInput.Close();
        await holder.WaitForExitAsync();
        await writer.AppendAsync(Mbox, Bytes("Subject: c\n\nz\n"), Received, MessageFlags.New);

        Assert.Contains("Timeout exceeded while attempting fcntl lock!", refused.Message);
        Assert.Equal(["a", "c"], MboxReader.Read(Mbox, new SummaryReader(), new List<MailboxError>()).Select(m => m.Summary.Subject));
    }
}
