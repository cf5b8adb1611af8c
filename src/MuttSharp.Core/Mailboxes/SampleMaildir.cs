using System.Text;
using MuttSharp.Core.Maildir;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Mailboxes;

/// <summary>
/// Generates realistic test Maildirs, deterministic from a seed, for tests and benchmarks: threads
/// (References and In-Reply-To), names and subjects as encoded words in several charsets, mailing
/// list mail, multipart messages with base64 attachments, and a spread of flags in <c>new/</c> and
/// <c>cur/</c>. Sizes average about 15 KB, so 100k messages take about 1.4 GB.
/// </summary>
public static class SampleMaildir
{
    private const string Host = "sample.example";
    private static readonly DateTimeOffset Start = new(2020, 1, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Display names as they appear in From: lines: plain, quoted and encoded in several charsets.</summary>
    private static readonly string[] Names =
    [
        "Alice Martin", "Bob Stone", "\"Doe, Jane\"", "=?ISO-8859-1?Q?Andr=E9_M=FCller?=", "=?UTF-8?B?Wm/DqyBLcsOkbWVy?=",
        "=?KOI8-R?B?8NLJ18XULCDNydI=?=", "=?Shift_JIS?B?grGC8YLJgr+CzZCiikU=?=", "=?GB2312?B?xOO6w8rAvec=?=",
        "=?ISO-8859-15?Q?Jos=E9_Pe=F1a?=", "Chen Wei", "Priya Raman", "O'Brien Liam", "=?utf-8?q?Bj=C3=B6rn_=C3=85berg?=",
    ];

    private static readonly string[] Words =
    [
        "server", "mail", "queue", "delivery", "thread", "patch", "release", "meeting", "budget", "report", "review",
        "update", "build", "test", "backup", "disk", "network", "config", "kernel", "user", "question", "proposal",
    ];

    private static readonly string[] EncodedSubjects =
    [
        "=?UTF-8?B?w4l0YXQgZHUgc2VydmV1cg==?=", "=?ISO-8859-1?Q?R=E9union_de_lundi?=", "=?KOI8-R?B?8NLJ18XULCDNydI=?=",
        "=?Shift_JIS?B?grGC8YLJgr+CzZCiikU=?=", "=?GB2312?B?xOO6w8rAvec=?=", "=?UTF-8?Q?Caf=C3=A9_=E2=98=95?=",
    ];

    private static readonly string[] Lists = ["<dev.lists.example.org>", "<announce.lists.example.org>", "<users.lists.example.org>"];

    /// <summary>
    /// Writes <paramref name="count"/> messages into the Maildir at <paramref name="path"/> (created
    /// if missing). The same seed gives the same files, names and mtimes.
    /// </summary>
    public static void Generate(string path, int count, int seed)
    {
        MaildirWriter.EnsureMaildir(path);
        var random = new Random(seed);
        string lorem = Lorem(random);
        var ids = new string[count];
        var references = new string[count][];
        var subjects = new string[count];
        var when = Start;
        var text = new StringBuilder(64 * 1024);
        for (int i = 0; i < count; i++)
        {
            when = when.AddSeconds(random.Next(30, 600));
            ids[i] = $"{when.ToUnixTimeSeconds()}.{i}.{seed}@{Host}";
            int parent = i > 0 && random.NextDouble() < 0.6 ? Math.Max(0, i - 1 - random.Next(Math.Min(i, 400))) : -1;
            references[i] = parent < 0 ? [] : [.. references[parent].TakeLast(9), ids[parent]];
            subjects[i] = parent < 0 ? Subject(random) : subjects[parent];

            text.Clear();
            text.Append("Return-Path: <bounce@").Append(Host).Append(">\n");
            text.Append("Received: from mx.example.org by ").Append(Host).Append(" with ESMTP; ").Append(when.ToString("r")).Append('\n');
            text.Append("From: ").Append(Names[random.Next(Names.Length)]).Append(" <user").Append(random.Next(300)).Append("@example.org>\n");
            text.Append("To: ").Append(Names[random.Next(Names.Length)]).Append(" <me@").Append(Host).Append(">\n");
            if (random.NextDouble() < 0.3)
                text.Append("Cc: team@example.org, ").Append(Names[random.Next(Names.Length)]).Append(" <cc").Append(random.Next(50)).Append("@example.net>\n");
            text.Append("Subject: ").Append(parent < 0 ? "" : "Re: ").Append(subjects[i]).Append('\n');
            text.Append("Date: ").Append(MimeKit.Utils.DateUtils.FormatDate(when)).Append('\n');
            text.Append("Message-ID: <").Append(ids[i]).Append(">\n");
            if (parent >= 0)
            {
                text.Append("In-Reply-To: <").Append(ids[parent]).Append(">\n");
                text.Append("References:");
                foreach (string id in references[i])
                    text.Append("\n <").Append(id).Append('>');
                text.Append('\n');
            }
            if (random.NextDouble() < 0.3)
                text.Append("List-Id: ").Append(Lists[random.Next(Lists.Length)]).Append("\nList-Post: <mailto:list@lists.example.org>\n");
            text.Append("MIME-Version: 1.0\n");
            AppendBody(text, random, lorem);

            var (sub, info) = Placement(random, i, count);
            string file = Path.Combine(path, sub, $"{when.ToUnixTimeSeconds()}.M{random.Next(1_000_000)}P{seed}Q{i}.{Host}{info}");
            File.WriteAllText(file, text.ToString(), Encoding.ASCII);
            File.SetLastWriteTimeUtc(file, when.AddSeconds(random.Next(1, 30)).UtcDateTime);
        }
    }

    /// <summary>A body of about 5 KB of text on average, or (one message in four) text plus a base64 attachment of about 40 KB.</summary>
    private static void AppendBody(StringBuilder text, Random random, string lorem)
    {
        int textLength = (int)Math.Min(60_000, -Math.Log(1 - random.NextDouble()) * 4500) + 200;
        int start = random.Next(lorem.Length - textLength);
        start = lorem.IndexOf('\n', start) + 1;
        if (start <= 0 || start + textLength > lorem.Length)
            start = 0;
        var body = lorem.AsSpan(start, textLength);
        if (random.NextDouble() >= 0.25)
        {
            text.Append("Content-Type: text/plain; charset=us-ascii\n\n").Append(body).Append('\n');
            return;
        }
        const string boundary = "=-sample-boundary";
        text.Append("Content-Type: multipart/mixed; boundary=\"").Append(boundary).Append("\"\n\n");
        text.Append("--").Append(boundary).Append("\nContent-Type: text/plain; charset=us-ascii\n\n").Append(body).Append('\n');
        var attachment = new byte[random.Next(10_000, 50_000)];
        random.NextBytes(attachment);
        text.Append("--").Append(boundary).Append("\nContent-Type: application/pdf; name=\"report.pdf\"\n");
        text.Append("Content-Disposition: attachment; filename=\"report.pdf\"\nContent-Transfer-Encoding: base64\n\n");
        string base64 = Convert.ToBase64String(attachment);
        for (int p = 0; p < base64.Length; p += 76)
            text.Append(base64, p, Math.Min(76, base64.Length - p)).Append('\n');
        text.Append("--").Append(boundary).Append("--\n");
    }

    /// <summary>The newest 2% are unread in new/; the rest are in cur/ with a realistic mix of flags.</summary>
    private static (string Sub, string Info) Placement(Random random, int i, int count)
    {
        if (i >= count - Math.Max(1, count / 50))
            return ("new", "");
        double r = random.NextDouble();
        var flags = r < 0.10 ? MessageFlags.None : MessageFlags.Seen;
        if (random.NextDouble() < 0.05)
            flags |= MessageFlags.Flagged;
        if (random.NextDouble() < 0.08)
            flags |= MessageFlags.Replied;
        if (random.NextDouble() < 0.01)
            flags |= MessageFlags.Trashed;
        return ("cur", MaildirNames.FormatInfo(flags));
    }

    private static string Subject(Random random)
    {
        if (random.NextDouble() < 0.2)
            return EncodedSubjects[random.Next(EncodedSubjects.Length)];
        int n = random.Next(2, 7);
        var words = new string[n];
        for (int k = 0; k < n; k++)
            words[k] = Words[random.Next(Words.Length)];
        return string.Join(' ', words);
    }

    private static string Lorem(Random random)
    {
        var text = new StringBuilder(256 * 1024);
        while (text.Length < 250_000)
        {
            int n = random.Next(6, 14);
            for (int k = 0; k < n; k++)
                text.Append(k == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
            text.Append(random.NextDouble() < 0.15 ? "\n\n" : "\n");
        }
        return text.ToString();
    }
}
