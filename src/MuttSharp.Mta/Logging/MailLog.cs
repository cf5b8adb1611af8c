using System.Globalization;
using System.Text;

namespace MuttSharp.Mta.Logging;

/// <summary>
/// Log lines in Postfix's maillog form:
/// <c>Nov 23 10:00:00 host muttsharp/smtpd[4242]: 3F2A1B2C9D: client=localhost[127.0.0.1]</c>.
/// Writes to maillog_file when set, else to the writer given (standard error in the foreground).
/// Lines for maillog_file are written in batches by a thread of the log's own, as syslog takes them
/// from Postfix: a session never waits on a log write, and many lines share one write call. A
/// batch goes out <see cref="BatchDelay"/> after its first line: waking a thread for each line
/// would cost more context switches than the message being logged (and a pool thread, woken, spins
/// for more work before it sleeps again).
/// </summary>
public sealed class MailLog : IDisposable
{
    /// <summary>How long a line may wait for the lines that share its write.</summary>
    public static readonly TimeSpan BatchDelay = TimeSpan.FromMilliseconds(50);

    private readonly TextWriter writer;
    private readonly bool ownsWriter;
    private readonly TimeProvider time;
    private readonly string host;
    private readonly string syslogName;
    private readonly int pid = Environment.ProcessId;
    private readonly object gate = new();
    private readonly Lock writing = new();
    private readonly bool batched;
    private StringBuilder waiting = new();
    private bool flushQueued;
    private bool closed;

    /// <summary>
    /// A log onto <paramref name="writer"/>; <paramref name="batched"/> lines are written later in
    /// batches (and at the latest by <see cref="Dispose"/>), else each at once.
    /// </summary>
    public MailLog(TextWriter writer, string host, string syslogName = "muttsharp", TimeProvider? timeProvider = null, bool ownsWriter = false, bool batched = false)
    {
        this.writer = writer;
        this.ownsWriter = ownsWriter;
        this.batched = batched;
        this.host = host.Split('.')[0];
        this.syslogName = syslogName;
        time = timeProvider ?? TimeProvider.System;
        if (batched)
            new Thread(WriteBatches) { IsBackground = true, Name = "maillog" }.Start();
    }

    /// <summary>A log that discards everything.</summary>
    public static MailLog Null { get; } = new(TextWriter.Null, "localhost");

    /// <summary>Opens maillog_file for appending when <paramref name="maillogFile"/> is set, else logs to <paramref name="fallback"/>.</summary>
    public static MailLog Open(string maillogFile, TextWriter fallback, string host, string syslogName, TimeProvider? timeProvider = null)
    {
        if (string.IsNullOrEmpty(maillogFile))
            return new MailLog(fallback, host, syslogName, timeProvider);
        var stream = new FileStream(maillogFile, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        return new MailLog(new StreamWriter(stream), host, syslogName, timeProvider, ownsWriter: true, batched: true);
    }

    /// <summary>Writes one line for <paramref name="program"/> (smtpd, qmgr, local, smtp, pickup, bounce...).</summary>
    public void Write(string program, string text)
    {
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), time.LocalTimeZone);
        string stamp = local.ToString("MMM dd HH:mm:ss", CultureInfo.InvariantCulture);
        // syslog pads a one-digit day with a space, not a zero.
        if (stamp[4] == '0')
            stamp = string.Concat(stamp.AsSpan(0, 4), " ", stamp.AsSpan(5));
        string line = $"{stamp} {host} {syslogName}/{program}[{pid}]: {text}";
        if (!batched)
        {
            lock (gate)
            {
                writer.WriteLine(line);
                writer.Flush();
            }
            return;
        }
        lock (gate)
        {
            waiting.Append(line).Append('\n');
            if (flushQueued)
                return;
            flushQueued = true;
            Monitor.Pulse(gate);
        }
    }

    /// <summary>Writes the lines still waiting, then closes the file when this log opened it.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            closed = true;
            Monitor.Pulse(gate);
        }
        WriteWaiting();
        if (!ownsWriter)
            return;
        lock (writing)
            writer.Dispose();
    }

    /// <summary>The log's thread: sleeps until a line waits, lets more lines join it, writes them all.</summary>
    private void WriteBatches()
    {
        while (true)
        {
            lock (gate)
            {
                while (!flushQueued && !closed)
                    Monitor.Wait(gate);
                if (closed)
                    return;
            }
            Thread.Sleep(BatchDelay);
            WriteWaiting();
        }
    }

    /// <summary>Writes every waiting line in one go; the writing lock keeps batches in order.</summary>
    private void WriteWaiting()
    {
        lock (writing)
        {
            StringBuilder lines;
            lock (gate)
            {
                lines = waiting;
                waiting = new StringBuilder();
                flushQueued = false;
            }
            if (lines.Length == 0)
                return;
            try
            {
                writer.Write(lines);
                writer.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // A full disk or a log closed at exit must not take the engine down with it.
            }
        }
    }
}
