using System.Globalization;
using MuttSharp.Core.Config;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Reading.Session;

namespace MuttSharp.Core.Tests.Reading.Session;

/// <summary>
/// A home directory with <c>~/Mail/INBOX</c> as a Maildir of hand-written messages, and a muttrc
/// configuration whose <c>$folder</c> is <c>~/Mail</c> and <c>$spoolfile</c> is <c>+INBOX</c>.
/// </summary>
internal sealed class SessionFolder : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private int delivered;

    public SessionFolder()
    {
        Home = Directory.CreateTempSubdirectory("muttsharp-session-").FullName;
        Mail = Path.Combine(Home, "Mail");
        Inbox = Path.Combine(Mail, "INBOX");
        MaildirWriter.EnsureMaildir(Inbox);
        var environment = new MuttEnvironment(name => name == "HOME" ? Home : null, Home, "host.example", "me", "Me", "/bin/sh");
        Config = new MuttConfig(environment);
    }

    public string Home { get; }

    public string Mail { get; }

    public string Inbox { get; }

    public MuttConfig Config { get; }

    /// <summary>Writes one message into INBOX; <paramref name="info"/> null puts it in new/, else in cur/ with that info.</summary>
    public string Add(string from, string subject, string? info = null, string? id = null, string? inReplyTo = null, string body = "Hello.\n", string? folder = null,
        string? references = null)
    {
        int n = delivered++;
        var date = Start.AddHours(n);
        string unique = $"{date.ToUnixTimeSeconds()}.M{n}P1.host.example";
        string dir = folder ?? Inbox;
        MaildirWriter.EnsureMaildir(dir);
        string path = Path.Combine(dir, info is null ? "new" : "cur", unique + (info ?? ""));
        var text = $"From: {from}\nTo: me@host.example\nSubject: {subject}\nDate: {date.ToString("r", CultureInfo.InvariantCulture)}\n"
            + $"Message-ID: <{id ?? $"m{n}@example.org"}>\n"
            + (inReplyTo is null ? "" : $"In-Reply-To: <{inReplyTo}>\nReferences: {references ?? $"<{inReplyTo}>"}\n")
            + $"\n{body}";
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, date.UtcDateTime);
        return path;
    }

    /// <summary>Runs muttrc lines (<c>set sort=threads</c>).</summary>
    public async Task Set(params string[] lines)
    {
        foreach (string line in lines)
            Assert.True(await Config.ExecuteAsync(line), $"{line}: {string.Join("; ", Config.Errors)}");
    }

    public async Task<ReaderSession> Open(bool readOnly = false, string? folder = null)
    {
        await Set($"set folder={Mail}", "set spoolfile=+INBOX", "set sort=date");
        return await ReaderSession.OpenAsync(Config, folder, new ReaderSessionOptions { ReadOnly = readOnly });
    }

    /// <summary>The file names under a Maildir's cur/ and new/, as <c>new/NAME</c> or <c>cur/NAME</c>.</summary>
    public static string[] Files(string maildir) =>
        [.. new[] { "cur", "new" }
            .SelectMany(sub => Directory.Exists(Path.Combine(maildir, sub))
                ? Directory.GetFiles(Path.Combine(maildir, sub)).Select(f => sub + "/" + Path.GetFileName(f))
                : [])
            .Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(Home, recursive: true);
}
