using System.Buffers;
using System.Globalization;
using System.Text;
using MuttSharp.Mta.Queue;

namespace MuttSharp.Mta.Smtp;

/// <summary>The message transfer commands: DATA (dot-terminated) and BDAT (RFC 3030 chunks).</summary>
internal sealed partial class SmtpSession
{
    private async ValueTask Data(SmtpCommand command, CancellationToken cancellationToken)
    {
        if (command.Argument.Length > 0)
        {
            await Fail("data", SmtpReplies.Syntax("DATA"), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (await RefuseTransferAsync("data", cancellationToken).ConfigureAwait(false))
            return;
        if (chunkWriter is not null)
        {
            await Fail("data", new SmtpReply(503, "5.5.1", "Error: DATA after BDAT"), cancellationToken).ConfigureAwait(false);
            return;
        }
        var writer = await OpenQueueFileAsync(cancellationToken).ConfigureAwait(false);
        if (writer is null)
        {
            await Fail("data", SmtpReplies.QueueFailed, cancellationToken).ConfigureAwait(false);
            return;
        }
        await using (writer.ConfigureAwait(false))
        {
            await ReplyNowAsync(SmtpReplies.StartData, cancellationToken).ConfigureAwait(false);
            var decoder = new DataDecoder(context.Settings.BareNewlinePolicy(), dotStuffed: true, context.Settings.MessageSizeLimit, context.Settings.HeaderSizeLimit);
            byte[] scratch = ArrayPool<byte>.Shared.Rent(16384);
            try
            {
                while (!decoder.Finished && decoder.BareNewlineError is null)
                {
                    var chunk = await input.ReadChunkAsync(context.Settings.SmtpdTimeout, cancellationToken).ConfigureAwait(false);
                    if (chunk.IsEmpty)
                    {
                        context.Log.Write("smtpd", $"{queueId}: lost connection after DATA from {Client}");
                        closing = true;
                        return;
                    }
                    if (scratch.Length < chunk.Length + 2)
                    {
                        ArrayPool<byte>.Shared.Return(scratch);
                        scratch = ArrayPool<byte>.Shared.Rent(chunk.Length + 2);
                    }
                    int used = decoder.Decode(chunk.Span, scratch, out int written);
                    input.Consume(used);
                    if (written > 0)
                        await writer.Content.WriteAsync(scratch.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(scratch);
            }
            if (decoder.BareNewlineError is { } what)
            {
                await RefuseBareNewlineAsync("data", what, cancellationToken).ConfigureAwait(false);
                return;
            }
            await FinishMessageAsync("data", writer, decoder, cancellationToken).ConfigureAwait(false);
        }
        await AbortTransactionAsync().ConfigureAwait(false);
    }

    private async ValueTask Bdat(SmtpCommand command, CancellationToken cancellationToken)
    {
        string[] words = command.Argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool last = words.Length == 2 && words[1].Equals("LAST", StringComparison.OrdinalIgnoreCase);
        if (words.Length is < 1 or > 2 || words.Length == 2 && !last
            || !long.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out long size))
        {
            // Without a size the chunk cannot be skipped: the stream is out of step, so hang up.
            await Fail("bdat", SmtpReplies.Syntax("BDAT count [LAST]"), cancellationToken).ConfigureAwait(false);
            closing = true;
            return;
        }
        if (envelope is null || envelope.Recipients.Count == 0)
        {
            if (!await SkipAsync(size, cancellationToken).ConfigureAwait(false))
                return;
            await RefuseTransferAsync("bdat", cancellationToken).ConfigureAwait(false);
            return;
        }
        if (chunkWriter is null)
        {
            chunkWriter = await OpenQueueFileAsync(cancellationToken).ConfigureAwait(false);
            chunkDecoder = new DataDecoder(context.Settings.BareNewlinePolicy(), dotStuffed: false, context.Settings.MessageSizeLimit, context.Settings.HeaderSizeLimit);
            if (chunkWriter is null)
            {
                if (await SkipAsync(size, cancellationToken).ConfigureAwait(false))
                    await Fail("bdat", SmtpReplies.QueueFailed, cancellationToken).ConfigureAwait(false);
                await AbortTransactionAsync().ConfigureAwait(false);
                return;
            }
        }
        var writer = chunkWriter;
        var decoder = chunkDecoder!;
        byte[] scratch = ArrayPool<byte>.Shared.Rent(16384);
        try
        {
            long remaining = size;
            while (remaining > 0)
            {
                var chunk = await input.ReadChunkAsync(context.Settings.SmtpdTimeout, cancellationToken).ConfigureAwait(false);
                if (chunk.IsEmpty)
                {
                    context.Log.Write("smtpd", $"{queueId}: lost connection after BDAT from {Client}");
                    closing = true;
                    return;
                }
                int take = (int)Math.Min(remaining, Math.Min(chunk.Length, scratch.Length - 2));
                remaining -= take;
                input.Consume(take);
                if (decoder.BareNewlineError is not null)
                    continue; // keep reading the announced bytes; the refusal follows the chunk
                decoder.Decode(chunk.Span[..take], scratch, out int written);
                if (last && remaining == 0)
                    written += decoder.Flush(scratch.AsSpan(written));
                if (written > 0)
                    await writer.Content.WriteAsync(scratch.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
        if (decoder.BareNewlineError is { } what)
        {
            await RefuseBareNewlineAsync("bdat", what, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!last)
        {
            Count("bdat", true);
            await ReplyAsync(new SmtpReply(250, "2.0.0", $"Ok: {size} bytes"), cancellationToken).ConfigureAwait(false);
            return;
        }
        await FinishMessageAsync("bdat", writer, decoder, cancellationToken).ConfigureAwait(false);
        await AbortTransactionAsync().ConfigureAwait(false);
    }

    /// <summary>DATA or BDAT without a transaction: Postfix's 503 (no MAIL or no RCPT) or 554 (every RCPT refused).</summary>
    private async ValueTask<bool> RefuseTransferAsync(string name, CancellationToken cancellationToken)
    {
        if (envelope is not null && envelope.Recipients.Count > 0)
            return false;
        var reply = envelope is null ? SmtpReplies.NeedRcpt
            : rcptAttempts > 0 ? SmtpReplies.NoValidRecipients : SmtpReplies.NeedRcpt;
        await Fail(name, reply, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async ValueTask<IQueueWriter?> OpenQueueFileAsync(CancellationToken cancellationToken)
    {
        var env = envelope!;
        env.ArrivalTime = context.Time.GetUtcNow();
        queueId ??= context.Sink.NewQueueId();
        try
        {
            var writer = await context.Sink.CreateAsync(queueId, env, cancellationToken).ConfigureAwait(false);
            string received = ReceivedHeader.ForSmtp(env, queueId, host, context.Settings.MailName, env.ArrivalTime);
            await writer.Content.WriteAsync(Encoding.UTF8.GetBytes(received), cancellationToken).ConfigureAwait(false);
            return writer;
        }
        catch (IOException e)
        {
            context.Log.Write("smtpd", $"warning: {queueId}: queue file write error: {e.Message}");
            return null;
        }
    }

    /// <summary>Checks the limits on what arrived, then makes the queue file durable and only then says 250.</summary>
    private async ValueTask FinishMessageAsync(string name, IQueueWriter writer, DataDecoder decoder, CancellationToken cancellationToken)
    {
        SmtpReply? refusal = decoder.SizeExceeded ? SmtpReplies.SizeExceeded
            : decoder.HeaderExceeded ? SmtpReplies.HeaderTooBig
            : decoder.ReceivedCount + 1 > context.Settings.HopcountLimit ? SmtpReplies.TooManyHops
            : null;
        if (refusal is not null)
        {
            context.Log.Write("smtpd", $"{queueId}: reject: {name.ToUpperInvariant()} from {Client}: {refusal.Summary}; from=<{envelope!.Sender}> proto={envelope.Protocol} helo=<{helo}>");
            await Fail(name, refusal, cancellationToken).ConfigureAwait(false);
            return;
        }
        try
        {
            await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            context.Log.Write("smtpd", $"warning: {queueId}: queue file write error: {e.Message}");
            await Fail(name, SmtpReplies.QueueFailed, cancellationToken).ConfigureAwait(false);
            return;
        }
        Count(name, true);
        await ReplyAsync(SmtpReplies.Queued(writer.QueueId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A bare CR or LF under <c>smtpd_forbid_bare_newline = reject</c>: log, refuse, disconnect.</summary>
    private async ValueTask RefuseBareNewlineAsync(string command, string what, CancellationToken cancellationToken)
    {
        context.Log.Write("smtpd", $"warning: disconnect: bare <{what}> received from {Client} after {command.ToUpperInvariant()}");
        Count(command, false);
        await ReplyNowAsync(SmtpReplies.BareNewline(host, what), cancellationToken).ConfigureAwait(false);
        closing = true;
    }

    private async ValueTask<bool> SkipAsync(long count, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            var chunk = await input.ReadChunkAsync(context.Settings.SmtpdTimeout, cancellationToken).ConfigureAwait(false);
            if (chunk.IsEmpty)
            {
                closing = true;
                return false;
            }
            int take = (int)Math.Min(count, chunk.Length);
            input.Consume(take);
            count -= take;
        }
        return true;
    }
}
