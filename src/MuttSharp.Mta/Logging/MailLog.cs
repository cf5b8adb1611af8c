using System.Globalization;

namespace MuttSharp.Mta.Logging;

/// <summary>
/// Log lines in Postfix's maillog form:
/// <c>Nov 23 10:00:00 host muttsharp/smtpd[4242]: 3F2A1B2C9D: client=localhost[127.0.0.1]</c>.
/// Writes to maillog_file when set, else to the writer given (standard error in the foreground).
/// </summary>
public sealed class MailLog : IDisposable
{
    private readonly TextWriter writer;
    private readonly bool ownsWriter;
    private readonly TimeProvider time;
    private readonly string host;
    private readonly string syslogName;
    private readonly int pid = Environment.ProcessId;
    private readonly Lock gate = new();

    /// <summary>A log onto <paramref name="writer"/>.</summary>
    public MailLog(TextWriter writer, string host, string syslogName = "muttsharp", TimeProvider? timeProvider = null, bool ownsWriter = false)
    {
        this.writer = writer;
        this.ownsWriter = ownsWriter;
        this.host = host.Split('.')[0];
        this.syslogName = syslogName;
        time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>A log that discards everything.</summary>
    public static MailLog Null { get; } = new(TextWriter.Null, "localhost");

    /// <summary>Opens maillog_file for appending when <paramref name="maillogFile"/> is set, else logs to <paramref name="fallback"/>.</summary>
    public static MailLog Open(string maillogFile, TextWriter fallback, string host, string syslogName, TimeProvider? timeProvider = null)
    {
        if (string.IsNullOrEmpty(maillogFile))
            return new MailLog(fallback, host, syslogName, timeProvider);
        var stream = new FileStream(maillogFile, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        return new MailLog(new StreamWriter(stream) { AutoFlush = true }, host, syslogName, timeProvider, ownsWriter: true);
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
        lock (gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (ownsWriter)
            writer.Dispose();
    }
}
