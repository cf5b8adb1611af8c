using System.Globalization;
using System.Text;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// The queue as <c>mailq</c> / <c>postqueue -p</c> print it, in Postfix's layout: a header line, per
/// message its id (<c>*</c> when active), size, arrival and sender, the deferral reason in
/// parentheses, the pending recipients indented, and a total line; <c>Mail queue is empty</c> when empty.
/// </summary>
public static class QueueListing
{
    private static readonly (QueueArea Area, char Mark)[] Areas =
    [
        (QueueArea.Maildrop, ' '),
        (QueueArea.Active, '*'),
        (QueueArea.Deferred, ' '),
    ];

    /// <summary>The listing of <paramref name="store"/>.</summary>
    public static string Format(QueueStore store)
    {
        var text = new StringBuilder();
        int count = 0;
        long bytes = 0;
        foreach (var (area, mark) in Areas)
        {
            foreach (string id in store.List(area))
            {
                if (!QueueFile.TryRead(store.PathOf(id, area), out var message, out _))
                    continue;
                if (count == 0)
                    text.Append("-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n");
                count++;
                bytes += message!.Content.Length;
                string arrival = message.Envelope.ArrivalTime.ToLocalTime().ToString("ddd MMM d HH:mm:ss", CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"{(id + mark),-11}{message.Content.Length,8} {arrival,-20} {(message.Envelope.Sender.Length == 0 ? "MAILER-DAEMON" : message.Envelope.Sender)}\n");
                var reasons = store.DeferReasons(id);
                string? lastReason = null;
                foreach (var recipient in message.Pending)
                {
                    if (reasons.TryGetValue(recipient.Address, out string? reason) && reason != lastReason)
                    {
                        text.Append('(').Append(reason).Append(")\n");
                        lastReason = reason;
                    }
                    text.Append(' ', 41).Append(recipient.Address).Append('\n');
                }
                text.Append('\n');
            }
        }
        if (count == 0)
            return "Mail queue is empty\n";
        long kbytes = (bytes + 1023) / 1024;
        text.Append(CultureInfo.InvariantCulture, $"-- {kbytes} Kbytes in {count} Request{(count == 1 ? "" : "s")}.\n");
        return text.ToString();
    }
}
