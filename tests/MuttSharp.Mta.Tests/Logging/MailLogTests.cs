using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Tests.Support;

namespace MuttSharp.Mta.Tests.Logging;

public sealed class MailLogTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void LinesHavePostfixsSyslogFormWithASpacePaddedDay()
    {
        var text = new StringWriter();
        var log = new MailLog(text, "mail.example.com", "muttsharp", new FixedUtcClock(Noon));

        log.Write("smtpd", "connect from localhost[127.0.0.1]");

        Assert.Equal($"Nov  4 12:00:00 mail muttsharp/smtpd[{Environment.ProcessId}]: connect from localhost[127.0.0.1]\n", text.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void EveryLineWrittenToMaillogFileFromManyThreadsIsThereWholeAndInOrderOnceTheLogIsClosed()
    {
        using var directory = new TempDirectory();
        string path = Path.Combine(directory.Path, "maillog");
        using (var log = MailLog.Open(path, TextWriter.Null, "mail.example.com", "muttsharp", new FixedUtcClock(Noon)))
        {
            Parallel.For(0, 8, thread =>
            {
                for (int i = 0; i < 500; i++)
                    log.Write("smtpd", $"thread {thread} line {i}");
            });
        }

        string[] lines = File.ReadAllLines(path);
        Assert.Equal(8 * 500, lines.Length);
        Assert.All(lines, line => Assert.Matches(@"^Nov  4 12:00:00 mail muttsharp/smtpd\[\d+\]: thread \d line \d+$", line));
        for (int thread = 0; thread < 8; thread++)
        {
            string prefix = $": thread {thread} line ";
            int[] order = lines.Where(l => l.Contains(prefix, StringComparison.Ordinal)).Select(l => int.Parse(l[(l.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length)..], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(Enumerable.Range(0, 500), order);
        }
    }

    [Fact]
    public void MaillogFileIsAppendedToNotOverwritten()
    {
        using var directory = new TempDirectory();
        string path = Path.Combine(directory.Path, "maillog");
        File.WriteAllText(path, "earlier line\n");
        using (var log = MailLog.Open(path, TextWriter.Null, "mail.example.com", "muttsharp", new FixedUtcClock(Noon)))
            log.Write("master", "daemon started");

        Assert.Equal("earlier line", File.ReadAllLines(path)[0]);
        Assert.EndsWith("daemon started", File.ReadAllLines(path)[1]);
    }

    [Fact]
    public async Task ALineReachesMaillogFileWhileTheLogStaysOpen()
    {
        using var directory = new TempDirectory();
        string path = Path.Combine(directory.Path, "maillog");
        using var log = MailLog.Open(path, TextWriter.Null, "mail.example.com", "muttsharp", new FixedUtcClock(Noon));

        log.Write("smtpd", "connect from localhost[127.0.0.1]");

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string text = "";
        while (!text.Contains("connect from localhost[127.0.0.1]", StringComparison.Ordinal))
        {
            await Task.Delay(20, patience.Token);
            using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            text = await new StreamReader(reader).ReadToEndAsync(patience.Token);
        }
        Assert.EndsWith("muttsharp/smtpd[" + Environment.ProcessId + "]: connect from localhost[127.0.0.1]\n", text);
    }

    private sealed class FixedUtcClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
