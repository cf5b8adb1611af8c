using System.Globalization;
using MimeKit;
using MimeKit.Text;
using MuttSharp.Mta.Delivery;

namespace MuttSharp.Mta.Queue;

/// <summary>
/// The RFC 3464 delivery status notification sent to the envelope sender when recipients fail for
/// good: a multipart/report with Postfix's wording, the per-recipient status fields and the returned
/// message (or only its headers under RET=HDRS).
/// </summary>
internal static class BounceBuilder
{
    public static byte[] Build(QueuedMessage original, IReadOnlyList<(EnvelopeRecipient Recipient, DeliveryResult Result)> failed, string myHostname, string mailName, DateTimeOffset now)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Mail Delivery System", $"MAILER-DAEMON@{myHostname}"));
        message.To.Add(MailboxAddress.Parse(original.Envelope.Sender));
        message.Subject = "Undelivered Mail Returned to Sender";
        message.Date = now;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(myHostname);
        message.Headers.Add("Auto-Submitted", "auto-replied");

        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"This is the mail system at host {myHostname}.\n\n");
        text.Append("I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n");
        text.Append("For further assistance, please send mail to postmaster.\n\n");
        text.Append("If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"                   The {mailName} program\n\n");
        foreach (var (recipient, result) in failed)
            text.Append(CultureInfo.InvariantCulture, $"<{recipient.Address}>: {result.Text}\n");

        var status = new MessageDeliveryStatus();
        var perMessage = new HeaderList
        {
            { "Reporting-MTA", $"dns; {myHostname}" },
            { "X-Postfix-Queue-ID", original.Id },
            { "X-Postfix-Sender", $"rfc822; {original.Envelope.Sender}" },
            { "Arrival-Date", MimeKit.Utils.DateUtils.FormatDate(original.Envelope.ArrivalTime) },
        };
        if (original.Envelope.EnvId is { } envId)
            perMessage.Add("Original-Envelope-Id", envId);
        status.StatusGroups.Add(perMessage);
        foreach (var (recipient, result) in failed)
        {
            var group = new HeaderList { { "Final-Recipient", $"rfc822; {recipient.Address}" } };
            if (recipient.Orcpt is { } orcpt)
                group.Add("Original-Recipient", orcpt);
            group.Add("Action", "failed");
            group.Add("Status", result.Dsn);
            group.Add("Diagnostic-Code", $"X-Postfix; {result.Text}");
            status.StatusGroups.Add(group);
        }

        var report = new MultipartReport("delivery-status")
        {
            new TextPart(TextFormat.Plain) { Text = text.ToString() },
            status,
        };
        using (var content = new MemoryStream(original.Content.ToArray()))
        {
            var returned = MimeMessage.Load(content);
            if (original.Envelope.Ret == "HDRS")
            {
                var headers = new MemoryStream();
                returned.Headers.WriteTo(FormatOptions.Default, headers);
                report.Add(new MimePart("text", "rfc822-headers") { Content = new MimeContent(new MemoryStream(headers.ToArray())) });
            }
            else
            {
                report.Add(new MessagePart { Message = returned });
            }
        }
        message.Body = report;

        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Unix;
        using var output = new MemoryStream();
        message.WriteTo(options, output);
        return output.ToArray();
    }
}
