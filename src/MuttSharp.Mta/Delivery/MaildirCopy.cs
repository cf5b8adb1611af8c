using System.Globalization;
using System.Text;

namespace MuttSharp.Mta.Delivery;

/// <summary>
/// Finds a copy of a queued message already in a Maildir: after a crash between the rename into
/// <c>new/</c> and marking the recipient done, the retry must not deliver it a second time.
/// A copy is a file named at or after the arrival second whose headers carry both
/// <c>Delivered-To: recipient</c> and the queue id in our Received: header.
/// </summary>
internal static class MaildirCopy
{
    private const int HeaderBytes = 16384;

    public static bool Exists(string maildir, string queueId, string deliveredTo, DateTimeOffset arrival)
    {
        long since = arrival.ToUnixTimeSeconds() - 1;
        string deliveredLine = $"\nDelivered-To: {deliveredTo}\n";
        foreach (string sub in (string[])["new", "cur"])
        {
            string dir = Path.Combine(maildir, sub);
            if (!Directory.Exists(dir))
                continue;
            foreach (string path in Directory.EnumerateFiles(dir))
            {
                string name = Path.GetFileName(path);
                int dot = name.IndexOf('.');
                if (dot <= 0 || !long.TryParse(name.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) || seconds < since)
                    continue;
                string head = ReadHead(path);
                if (head.Contains(deliveredLine, StringComparison.OrdinalIgnoreCase) && HasQueueId(head, queueId))
                    return true;
            }
        }
        return false;
    }

    private static bool HasQueueId(string head, string queueId)
    {
        string needle = " id " + queueId;
        for (int at = head.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = head.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            int after = at + needle.Length;
            if (after < head.Length && head[after] is ';' or '\n' or ' ' or '\t')
                return true;
        }
        return false;
    }

    private static string ReadHead(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var buffer = new byte[HeaderBytes];
            int n = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return "\n" + Encoding.UTF8.GetString(buffer, 0, n);
        }
        catch (IOException)
        {
            return "";
        }
    }
}
