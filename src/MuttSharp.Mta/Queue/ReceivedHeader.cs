using MimeKit.Utils;

namespace MuttSharp.Mta.Queue;

/// <summary>The Received: header the engine prepends, in Postfix's layout (RFC 5321 §4.4).</summary>
public static class ReceivedHeader
{
    /// <summary>
    /// For mail received over SMTP:
    /// <code>
    /// Received: from client.example.net (localhost [127.0.0.1])
    ///         by mail.example.com (Postfix) with ESMTP id 16426DA07E
    ///         for &lt;alice@example.com&gt;; Mon, 23 Nov 2026 21:16:25 +0000 (UTC)
    /// </code>
    /// The <c>for</c> clause appears only with exactly one recipient, as Postfix writes it.
    /// </summary>
    public static string ForSmtp(Envelope envelope, string queueId, string myHostname, string mailName, DateTimeOffset when)
    {
        string helo = envelope.Helo.Length > 0 ? envelope.Helo : envelope.ClientName;
        string forClause = envelope.Recipients.Count == 1 ? $"\n\tfor <{envelope.Recipients[0].Address}>;" : ";";
        return $"Received: from {helo} ({envelope.ClientName} [{envelope.ClientAddress}])\n"
            + $"\tby {myHostname} ({mailName}) with {envelope.Protocol} id {queueId}{forClause} {Date(when)}\n";
    }

    /// <summary>For local submission: <c>Received: by host (Postfix, from userid 1000)\n\tid ID; date</c>.</summary>
    public static string ForLocal(string queueId, string myHostname, string mailName, long userId, DateTimeOffset when)
        => $"Received: by {myHostname} ({mailName}, from userid {userId})\n\tid {queueId}; {Date(when)}\n";

    /// <summary>An RFC 5322 date with the zone name in a comment, as Postfix writes it.</summary>
    public static string Date(DateTimeOffset when)
        => DateUtils.FormatDate(when) + (when.Offset == TimeSpan.Zero ? " (UTC)" : "");
}
