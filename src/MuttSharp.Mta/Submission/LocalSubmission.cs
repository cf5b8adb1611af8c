using System.Text;
using MimeKit;
using MimeKit.Utils;
using MuttSharp.Mta.Config;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Smtp;

namespace MuttSharp.Mta.Submission;

/// <summary>
/// Postfix's sendmail, postdrop and the local half of cleanup: takes a message from a local program,
/// finds its recipients (<c>-t</c>), removes Bcc (always, as Postfix's cleanup), adds the From, Date and Message-Id it lacks, qualifies
/// bare names with myorigin, prepends <c>Received: by host (... from userid N)</c> and writes it
/// durably into <c>maildrop/</c>, where the engine (or the submitting process itself) picks it up.
/// </summary>
public sealed class LocalSubmission
{
    private readonly MtaSettings settings;
    private readonly QueueStore queue;
    private readonly TimeProvider time;

    /// <summary>A submission into <paramref name="queue"/>.</summary>
    public LocalSubmission(MtaSettings settings, QueueStore queue, TimeProvider? time = null)
    {
        this.settings = settings;
        this.queue = queue;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>Queues the message; the result names the queue id or the error and its exit code.</summary>
    public async Task<SubmissionResult> SubmitAsync(SubmissionRequest request, CancellationToken cancellationToken)
    {
        int headerEnd = HeaderEnd(request.Message, out bool needsBlankLine);
        var headerText = Encoding.UTF8.GetString(request.Message, 0, headerEnd);
        var headers = ParseHeaders(headerText);
        var recipients = new List<string>();
        foreach (string r in request.Recipients)
            if (!AddAddresses(r, recipients))
                return new SubmissionResult(null, $"bad address syntax: {EnvelopeSyntax.Printable(r)}", 64);
        if (request.ExtractRecipients)
        {
            foreach (var (name, value) in headers)
                if (name is "to" or "cc" or "bcc" or "resent-to" or "resent-cc" or "resent-bcc")
                    AddAddresses(value, recipients);
        }
        if (recipients.Count == 0)
            return new SubmissionResult(null, request.ExtractRecipients ? "No recipient addresses found in message header" : "Recipient addresses must be specified on the command line or via the -t option", 64);

        string sender = request.Sender is null ? Qualify(request.UserName) : request.Sender.Length == 0 ? "" : Qualify(request.Sender.Trim('<', '>'));
        if (sender.Length > 0 && !EnvelopeSyntax.TryParseMailbox(sender, false, true, out _, out string error))
            return new SubmissionResult(null, $"bad sender address syntax: {error}", 64);

        var now = time.GetUtcNow();
        string id = queue.NewQueueId();
        var prepend = new StringBuilder(ReceivedHeader.ForLocal(id, settings.MyHostname, settings.MailName, request.UserId, now));
        bool Has(string name) => headers.Any(h => h.Name == name);
        if (!Has("from"))
        {
            string from = Qualify(request.UserName);
            prepend.Append("From: ").Append(request.FullName is { Length: > 0 } full ? new MailboxAddress(full, from).ToString(true) : from).Append('\n');
        }
        if (!Has("date"))
            prepend.Append("Date: ").Append(DateUtils.FormatDate(now)).Append('\n');
        if (!Has("message-id"))
            prepend.Append("Message-Id: <").Append(now.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)).Append('.').Append(id).Append('@').Append(settings.MyHostname).Append(">\n");

        var envelope = new Envelope
        {
            Sender = sender,
            ArrivalTime = now,
            Protocol = "local",
            ClientName = "localhost",
            ClientAddress = request.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (string r in recipients.Distinct(StringComparer.OrdinalIgnoreCase))
            envelope.Recipients.Add(new EnvelopeRecipient(r));

        // Postfix's cleanup drops Bcc whether or not the recipients came from the headers: a $sendmail
        // caller with $write_bcc set relies on it, so the Bcc recipients' names never reach anyone.
        string keptHeaders = RemoveBcc(headerText);
        try
        {
            await using var writer = queue.Create(id, envelope, QueueArea.Maildrop);
            await writer.Content.WriteAsync(Encoding.UTF8.GetBytes(prepend + keptHeaders + (needsBlankLine ? "\n" : "")), cancellationToken).ConfigureAwait(false);
            await writer.Content.WriteAsync(request.Message.AsMemory(headerEnd), cancellationToken).ConfigureAwait(false);
            await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SubmissionResult(null, $"cannot write to the queue directory {queue.Directory}: {e.Message}", 75);
        }
        return new SubmissionResult(id);
    }

    /// <summary>Adds <c>@myorigin</c> to a bare name, as append_at_myorigin does.</summary>
    public string Qualify(string address) => address.Contains('@') ? address : $"{address}@{settings.MyOrigin}";

    private bool AddAddresses(string text, List<string> into)
    {
        if (!InternetAddressList.TryParse(ParserOptions.Default, text, out var list))
        {
            // A bare local name ("root") is an address to sendmail even if not to RFC 5322.
            if (EnvelopeSyntax.TryParseMailbox(text.Trim(), false, true, out string bare, out _))
            {
                into.Add(Qualify(bare));
                return true;
            }
            return false;
        }
        foreach (var mailbox in list.Mailboxes)
            if (mailbox.Address.Length > 0)
                into.Add(Qualify(mailbox.Address));
        return true;
    }

    /// <summary>
    /// Where the header section ends: at the blank line, or at the first line that is not a header
    /// (a message typed without headers), where a blank line must then be inserted.
    /// </summary>
    private static int HeaderEnd(byte[] message, out bool needsBlankLine)
    {
        needsBlankLine = false;
        int start = 0;
        while (start < message.Length)
        {
            int lf = Array.IndexOf(message, (byte)'\n', start);
            int end = lf < 0 ? message.Length : lf;
            var line = message.AsSpan(start, end - start);
            if (line.Length == 0)
                return start;
            bool continuation = line[0] is (byte)' ' or (byte)'\t' && start > 0;
            int colon = line.IndexOf((byte)':');
            bool header = colon > 0 && line[..colon].IndexOfAny((byte)' ', (byte)'\t') < 0;
            if (!continuation && !header)
            {
                needsBlankLine = true;
                return start;
            }
            start = end + 1;
        }
        return message.Length;
    }

    /// <summary>Header names (lower case) and unfolded values.</summary>
    private static List<(string Name, string Value)> ParseHeaders(string text)
    {
        var headers = new List<(string, string)>();
        foreach (string line in text.Split('\n'))
        {
            if (line.Length == 0)
                continue;
            if (line[0] is ' ' or '\t' && headers.Count > 0)
            {
                var (n, v) = headers[^1];
                headers[^1] = (n, v + " " + line.Trim());
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon > 0)
                headers.Add((line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim()));
        }
        return headers;
    }

    private static string RemoveBcc(string headerText)
    {
        var kept = new StringBuilder();
        bool dropping = false;
        foreach (string line in headerText.Split('\n'))
        {
            if (line.Length > 0 && line[0] is ' ' or '\t')
            {
                if (!dropping)
                    kept.Append(line).Append('\n');
                continue;
            }
            dropping = line.StartsWith("bcc:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("resent-bcc:", StringComparison.OrdinalIgnoreCase);
            if (!dropping && line.Length > 0)
                kept.Append(line).Append('\n');
        }
        return kept.ToString();
    }
}
