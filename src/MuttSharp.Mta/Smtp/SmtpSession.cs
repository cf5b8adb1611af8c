using System.Net;
using System.Text;
using MuttSharp.Mta.Policy;
using MuttSharp.Mta.Queue;

namespace MuttSharp.Mta.Smtp;

/// <summary>
/// One SMTP conversation (RFC 5321) with Postfix's replies and log lines. Commands go through a table
/// of handlers; replies are held while more pipelined commands are already buffered (RFC 2920).
/// </summary>
internal sealed partial class SmtpSession
{
    private readonly SmtpSessionContext context;
    private readonly SmtpInput input;
    private readonly bool duplex;
    private Stream output;
    private readonly IPAddress clientAddress;
    private readonly string clientName;
    private readonly Dictionary<SmtpVerb, Func<SmtpCommand, CancellationToken, ValueTask>> handlers;
    private readonly StringBuilder pending = new();
    private readonly List<(string Name, int Ok, int Total)> counts = [];
    private readonly string host;

    private string helo = "";
    private bool esmtp;
    private Envelope? envelope;
    private string? queueId;
    private int rcptAttempts;
    private IQueueWriter? chunkWriter;
    private DataDecoder? chunkDecoder;
    private int errors;
    private int junk;
    private bool closing;
    private bool tls;
    private string lastCommand = "CONNECT";

    // clientAddress: The peer's address (loopback for <c>sendmail -bs</c>).
    public SmtpSession(SmtpSessionContext context, Stream input, Stream output, IPAddress clientAddress)
    {
        this.context = context;
        this.output = output;
        duplex = ReferenceEquals(input, output);
        this.clientAddress = clientAddress.IsIPv4MappedToIPv6 ? clientAddress.MapToIPv4() : clientAddress;
        // No reverse DNS lookup is made: only the loopback address itself is known by name.
        clientName = this.clientAddress.Equals(IPAddress.Loopback) || this.clientAddress.Equals(IPAddress.IPv6Loopback) ? "localhost" : "unknown";
        host = context.Settings.MyHostname;
        this.input = new SmtpInput(input, context.Time, context.Settings.LineLengthLimit + 2);
        handlers = new()
        {
            [SmtpVerb.Helo] = Helo,
            [SmtpVerb.Ehlo] = Ehlo,
            [SmtpVerb.Mail] = Mail,
            [SmtpVerb.Rcpt] = Rcpt,
            [SmtpVerb.Data] = Data,
            [SmtpVerb.Bdat] = Bdat,
            [SmtpVerb.Rset] = Rset,
            [SmtpVerb.Noop] = (c, _) => Junk(c, SmtpReplies.Ok),
            [SmtpVerb.Help] = (c, _) => Junk(c, SmtpReplies.Help),
            [SmtpVerb.Vrfy] = Vrfy,
            [SmtpVerb.Quit] = Quit,
            [SmtpVerb.StartTls] = StartTls,
        };
    }

    /// <summary>Polls the client's socket before each read that would wait (see <see cref="Smtp.BusyRead"/>).</summary>
    internal BusyRead? BusyRead
    {
        get => input.BusyRead;
        init => input.BusyRead = value;
    }

    /// <summary>The client as Postfix logs it: <c>localhost[127.0.0.1]</c>.</summary>
    public string Client => $"{clientName}[{clientAddress}]";

    /// <summary>Runs the conversation to its end: QUIT, the client leaving, a timeout or too many errors.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        context.Log.Write("smtpd", $"connect from {Client}");
        try
        {
            if (input.HasBufferedBytes)
            {
                // The client spoke before the greeting: not an SMTP client that waits its turn.
                await ReplyNowAsync(SmtpReplies.Synchronization, cancellationToken).ConfigureAwait(false);
                context.Log.Write("smtpd", $"improper command pipelining after CONNECT from {Client}");
                return;
            }
            await ReplyNowAsync(new SmtpReply(220, null, context.Settings.SmtpdBanner), cancellationToken).ConfigureAwait(false);
            while (!closing && !cancellationToken.IsCancellationRequested)
            {
                if (!input.HasBufferedLine)
                    await FlushAsync(cancellationToken).ConfigureAwait(false);
                var line = await input.ReadLineAsync(context.Settings.LineLengthLimit, context.Settings.SmtpdTimeout, context.Settings.BareNewlinePolicy(), cancellationToken).ConfigureAwait(false);
                if (!await HandleLineAsync(line, cancellationToken).ConfigureAwait(false))
                    break;
            }
            if (cancellationToken.IsCancellationRequested && !closing)
                await ReplyNowAsync(SmtpReplies.ServiceClosing(host), CancellationToken.None).ConfigureAwait(false);
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The peer went away or the engine is stopping: nothing was acknowledged that is not on disk.
        }
        finally
        {
            await AbortTransactionAsync().ConfigureAwait(false);
            input.Release();
            context.Log.Write("smtpd", $"disconnect from {Client}{CountSummary()}");
        }
    }

    private async ValueTask<bool> HandleLineAsync(LineResult line, CancellationToken cancellationToken)
    {
        switch (line.Status)
        {
            case LineStatus.Closed:
                context.Log.Write("smtpd", $"lost connection after {lastCommand} from {Client}");
                return false;
            case LineStatus.TimedOut:
                context.Log.Write("smtpd", $"timeout after {lastCommand} from {Client}");
                await ReplyNowAsync(new SmtpReply(421, "4.4.2", $"{host} Error: timeout exceeded"), cancellationToken).ConfigureAwait(false);
                return false;
            case LineStatus.BareLf or LineStatus.BareCr:
                string what = line.Status == LineStatus.BareLf ? "LF" : "CR";
                context.Log.Write("smtpd", $"warning: disconnect: bare <{what}> received from {Client} after {lastCommand}");
                await ReplyNowAsync(SmtpReplies.BareNewline(host, what), cancellationToken).ConfigureAwait(false);
                return false;
            case LineStatus.TooLong:
                Count("unknown", false);
                await ReplyAsync(SmtpReplies.LineTooLong, cancellationToken).ConfigureAwait(false);
                return !closing;
        }
        if (!SmtpCommand.TryParse(line.Line, out var command, out string error))
        {
            Count("unknown", false);
            await ReplyAsync(new SmtpReply(500, "5.5.2", $"Error: {error}"), cancellationToken).ConfigureAwait(false);
            return !closing;
        }
        if (context.Settings.SmtpdForbidUnauthPipelining && !esmtp && command.Verb != SmtpVerb.Ehlo && input.HasBufferedBytes)
        {
            // RFC 2920: only a client that saw PIPELINING in the EHLO reply may send before it reads.
            context.Log.Write("smtpd", $"improper command pipelining after {command.Name} from {Client}");
            await ReplyNowAsync(SmtpReplies.Synchronization, cancellationToken).ConfigureAwait(false);
            return false;
        }
        lastCommand = command.Verb == SmtpVerb.Unknown ? "UNKNOWN" : command.Name;
        // DATA and BDAT need no check: without MAIL they are refused already, and BDAT's chunk is skipped.
        if (TlsRequired && command.Verb is SmtpVerb.Mail or SmtpVerb.Rcpt or SmtpVerb.Vrfy)
        {
            await Fail(command.Name.ToLowerInvariant(), SmtpReplies.TlsRequired, cancellationToken).ConfigureAwait(false);
            return !closing;
        }
        if (!handlers.TryGetValue(command.Verb, out var handler))
        {
            Count("unknown", false);
            await ReplyAsync(SmtpReplies.NotRecognized, cancellationToken).ConfigureAwait(false);
            return !closing;
        }
        await handler(command, cancellationToken).ConfigureAwait(false);
        return !closing;
    }

    private ValueTask Helo(SmtpCommand command, CancellationToken cancellationToken)
        => Greet(command, extended: false, cancellationToken);

    private ValueTask Ehlo(SmtpCommand command, CancellationToken cancellationToken)
        => Greet(command, extended: true, cancellationToken);

    private async ValueTask Greet(SmtpCommand command, bool extended, CancellationToken cancellationToken)
    {
        string name = extended ? "ehlo" : "helo";
        if (command.Argument.Length == 0)
        {
            Count(name, false);
            await ReplyAsync(SmtpReplies.Syntax($"{command.Name} hostname"), cancellationToken).ConfigureAwait(false);
            return;
        }
        await AbortTransactionAsync().ConfigureAwait(false);
        helo = EnvelopeSyntax.Printable(command.Argument.Split(' ')[0]);
        esmtp = extended;
        Count(name, true);
        if (!extended)
        {
            await ReplyAsync(new SmtpReply(250, null, host), cancellationToken).ConfigureAwait(false);
            return;
        }
        var lines = new List<string> { host };
        foreach (var (keyword, offered) in EhloKeywords())
            if (offered)
                lines.Add(keyword);
        await ReplyAsync(new SmtpReply(250, null, lines), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The EHLO keywords in Postfix's order, each with whether it is offered.</summary>
    private IEnumerable<(string Keyword, bool Offered)> EhloKeywords() =>
    [
        ("PIPELINING", true),
        (context.Settings.MessageSizeLimit > 0 ? $"SIZE {context.Settings.MessageSizeLimit}" : "SIZE", true),
        ("VRFY", !context.Settings.DisableVrfyCommand),
        ("STARTTLS", TlsOffered),
        ("ENHANCEDSTATUSCODES", true),
        ("8BITMIME", true),
        ("DSN", true),
        ("SMTPUTF8", context.Settings.Smtputf8Enable),
        ("CHUNKING", true),
    ];

    private async ValueTask Mail(SmtpCommand command, CancellationToken cancellationToken)
    {
        if (envelope is not null)
        {
            await Fail("mail", SmtpReplies.NestedMail, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!EnvelopeSyntax.TryParsePathArgument(command.Argument, "FROM:", out string path, out string rest, out string error))
        {
            await Fail("mail", SmtpReplies.Syntax(error.StartsWith("MAIL", StringComparison.Ordinal) ? error : "MAIL FROM:<address>"), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!EnvelopeSyntax.TryParseParameters(rest, out var parameters, out error))
        {
            await Fail("mail", new SmtpReply(501, "5.5.4", $"Bad MAIL parameter syntax: {error}"), cancellationToken).ConfigureAwait(false);
            return;
        }
        var candidate = new Envelope { Helo = helo, ClientAddress = clientAddress.ToString(), ClientName = clientName, Protocol = (esmtp ? "ESMTP" : "SMTP") + (tls ? "S" : "") };
        foreach (var p in parameters)
        {
            var reply = ApplyMailParameter(candidate, p);
            if (reply is not null)
            {
                await Fail("mail", reply, cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        if (!EnvelopeSyntax.TryParseMailbox(path, allowNull: true, candidate.SmtpUtf8 || context.Settings.Smtputf8Enable, out string sender, out error))
        {
            await Fail("mail", SmtpReplies.BadAddress(error), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (candidate.SmtpUtf8)
            candidate.Protocol = "UTF8" + candidate.Protocol;
        candidate.Sender = sender;
        envelope = candidate;
        rcptAttempts = 0;
        Count("mail", true);
        await ReplyAsync(SmtpReplies.SenderOk, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>RFC 1870 SIZE, RFC 6152 BODY, RFC 6531 SMTPUTF8, RFC 3461 RET and ENVID; null when accepted.</summary>
    private SmtpReply? ApplyMailParameter(Envelope candidate, EsmtpParameter p)
    {
        switch (p.Keyword)
        {
            case "SIZE":
                if (!EnvelopeSyntax.TryParseSize(p.Value, out long size))
                    return new SmtpReply(501, "5.5.4", "Bad message size syntax");
                return context.Settings.MessageSizeLimit > 0 && size > context.Settings.MessageSizeLimit ? SmtpReplies.SizeExceeded : null;
            case "BODY" when p.Value is not null && (p.Value.Equals("7BIT", StringComparison.OrdinalIgnoreCase) || p.Value.Equals("8BITMIME", StringComparison.OrdinalIgnoreCase)):
                candidate.Body = p.Value.ToUpperInvariant();
                return null;
            case "BODY":
                return new SmtpReply(501, "5.5.4", "Unsupported BODY parameter");
            case "SMTPUTF8" when p.Value is null && context.Settings.Smtputf8Enable:
                candidate.SmtpUtf8 = true;
                return null;
            case "RET" when p.Value is not null && (p.Value.Equals("FULL", StringComparison.OrdinalIgnoreCase) || p.Value.Equals("HDRS", StringComparison.OrdinalIgnoreCase)) && candidate.Ret is null:
                candidate.Ret = p.Value.ToUpperInvariant();
                return null;
            case "RET":
                return new SmtpReply(501, "5.5.4", "Bad RET parameter syntax");
            case "ENVID" when p.Value is not null && p.Value.Length <= 100 && EnvelopeSyntax.IsXtext(p.Value):
                candidate.EnvId = p.Value;
                return null;
            case "ENVID":
                return new SmtpReply(501, "5.5.4", "Bad ENVID parameter syntax");
            default:
                return new SmtpReply(555, "5.5.4", $"Unsupported option: {p.Keyword}");
        }
    }

    private async ValueTask Rcpt(SmtpCommand command, CancellationToken cancellationToken)
    {
        if (envelope is null)
        {
            await Fail("rcpt", SmtpReplies.NeedMail, cancellationToken).ConfigureAwait(false);
            return;
        }
        rcptAttempts++;
        if (!EnvelopeSyntax.TryParsePathArgument(command.Argument, "TO:", out string path, out string rest, out string error))
        {
            await Fail("rcpt", SmtpReplies.Syntax(error.StartsWith("RCPT", StringComparison.Ordinal) ? error : "RCPT TO:<address>"), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!EnvelopeSyntax.TryParseMailbox(path, allowNull: false, envelope.SmtpUtf8 || context.Settings.Smtputf8Enable, out string address, out error))
        {
            await Fail("rcpt", SmtpReplies.BadRecipientSyntax(error), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!EnvelopeSyntax.TryParseParameters(rest, out var parameters, out error))
        {
            await Fail("rcpt", new SmtpReply(501, "5.5.4", $"Bad RCPT parameter syntax: {error}"), cancellationToken).ConfigureAwait(false);
            return;
        }
        string? notify = null, orcpt = null;
        foreach (var p in parameters)
        {
            if (p.Keyword == "NOTIFY" && p.Value is not null && EnvelopeSyntax.IsNotify(p.Value) && notify is null)
                notify = p.Value.ToUpperInvariant();
            else if (p.Keyword == "ORCPT" && p.Value is not null && p.Value.IndexOf(';') > 0 && EnvelopeSyntax.IsXtext(p.Value[(p.Value.IndexOf(';') + 1)..]) && orcpt is null)
                orcpt = p.Value;
            else
            {
                await Fail("rcpt", p.Keyword is "NOTIFY" or "ORCPT"
                    ? new SmtpReply(501, "5.5.4", $"Bad {p.Keyword} parameter syntax")
                    : new SmtpReply(555, "5.5.4", $"Unsupported option: {p.Keyword}"), cancellationToken).ConfigureAwait(false);
                return;
            }
        }
        if (envelope.Recipients.Count >= context.Settings.SmtpdRecipientLimit)
        {
            await Fail("rcpt", SmtpReplies.TooManyRecipients, cancellationToken).ConfigureAwait(false);
            return;
        }
        var rejection = await CheckRecipientAsync(envelope.Sender, address, cancellationToken).ConfigureAwait(false);
        if (rejection is not null)
        {
            context.Log.Write("smtpd", $"{queueId ?? "NOQUEUE"}: reject: RCPT from {Client}: {rejection.Summary}; from=<{envelope.Sender}> to=<{address}> proto={envelope.Protocol} helo=<{helo}>");
            await Fail("rcpt", rejection, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (queueId is null)
        {
            queueId = context.Sink.NewQueueId();
            context.Log.Write("smtpd", $"{queueId}: client={Client}");
        }
        envelope.Recipients.Add(new EnvelopeRecipient(address, notify, orcpt));
        Count("rcpt", true);
        await ReplyAsync(SmtpReplies.RecipientOk, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask Rset(SmtpCommand command, CancellationToken cancellationToken)
    {
        await AbortTransactionAsync().ConfigureAwait(false);
        await Junk(command, SmtpReplies.Ok).ConfigureAwait(false);
    }

    private async ValueTask Vrfy(SmtpCommand command, CancellationToken cancellationToken)
    {
        if (context.Settings.DisableVrfyCommand)
        {
            await Fail("vrfy", SmtpReplies.VrfyDisabled, cancellationToken).ConfigureAwait(false);
            return;
        }
        string path = command.Argument.Trim('<', '>');
        if (!EnvelopeSyntax.TryParseMailbox(path, false, context.Settings.Smtputf8Enable, out string address, out string error))
        {
            await Fail("vrfy", SmtpReplies.BadRecipientSyntax(error), cancellationToken).ConfigureAwait(false);
            return;
        }
        var rejection = await CheckRecipientAsync("", address, cancellationToken).ConfigureAwait(false);
        if (rejection is not null)
        {
            await Fail("vrfy", rejection, cancellationToken).ConfigureAwait(false);
            return;
        }
        await Junk(command, new SmtpReply(252, "2.0.0", $"<{address}>")).ConfigureAwait(false);
    }

    /// <summary>The recipient policy's verdict as a reply: null when accepted.</summary>
    private async ValueTask<SmtpReply?> CheckRecipientAsync(string sender, string recipient, CancellationToken cancellationToken)
    {
        PolicyVerdict verdict = await context.Policy.CheckAsync(clientAddress, null, sender, recipient, cancellationToken).ConfigureAwait(false);
        return verdict.Accepted ? null : new SmtpReply(verdict.Code, verdict.EnhancedCode, verdict.Text);
    }

    private async ValueTask Quit(SmtpCommand command, CancellationToken cancellationToken)
    {
        Count("quit", true);
        await ReplyAsync(SmtpReplies.Bye, cancellationToken).ConfigureAwait(false);
        closing = true;
    }

    /// <summary>NOOP, RSET, HELP, VRFY: answered, but past smtpd_junk_command_limit each counts as an error.</summary>
    private async ValueTask Junk(SmtpCommand command, SmtpReply reply)
    {
        Count(command.Name.ToLowerInvariant(), true);
        if (++junk > context.Settings.SmtpdJunkCommandLimit)
            errors++;
        await ReplyAsync(reply, CancellationToken.None).ConfigureAwait(false);
    }

    private async ValueTask Fail(string name, SmtpReply reply, CancellationToken cancellationToken)
    {
        Count(name, false);
        await ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask AbortTransactionAsync()
    {
        envelope = null;
        if (queueId is not null)
            context.Sink.Discard(queueId);
        queueId = null;
        chunkDecoder = null;
        if (chunkWriter is not null)
        {
            await chunkWriter.DisposeAsync().ConfigureAwait(false);
            chunkWriter = null;
        }
    }

    private void Count(string name, bool ok)
    {
        int i = counts.FindIndex(c => c.Name == name);
        if (i < 0)
            counts.Add((name, ok ? 1 : 0, 1));
        else
            counts[i] = (name, counts[i].Ok + (ok ? 1 : 0), counts[i].Total + 1);
    }

    /// <summary>Postfix's disconnect summary: <c> ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4</c>.</summary>
    private string CountSummary()
    {
        var text = new StringBuilder();
        int ok = 0, total = 0;
        foreach (var (name, o, t) in counts)
        {
            text.Append(' ').Append(name).Append('=').Append(o);
            if (o != t)
                text.Append('/').Append(t);
            ok += o;
            total += t;
        }
        text.Append(" commands=").Append(ok);
        if (ok != total)
            text.Append('/').Append(total);
        return text.ToString();
    }

    /// <summary>Queues a reply; error replies count towards the soft (sleep) and hard (disconnect) limits.</summary>
    private async ValueTask ReplyAsync(SmtpReply reply, CancellationToken cancellationToken)
    {
        if (reply.Code >= 400 && reply.Code != 421)
        {
            errors++;
            if (errors >= context.Settings.SmtpdHardErrorLimit)
            {
                pending.Append(reply.ToWire());
                context.Log.Write("smtpd", $"too many errors after {lastCommand} from {Client}");
                reply = SmtpReplies.TooManyErrors;
                closing = true;
            }
            else if (errors >= context.Settings.SmtpdSoftErrorLimit && context.Settings.SmtpdErrorSleepTime > TimeSpan.Zero)
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(context.Settings.SmtpdErrorSleepTime, context.Time, cancellationToken).ConfigureAwait(false);
            }
        }
        pending.Append(reply.ToWire());
    }

    private async ValueTask ReplyNowAsync(SmtpReply reply, CancellationToken cancellationToken)
    {
        pending.Append(reply.ToWire());
        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (pending.Length == 0)
            return;
        byte[] bytes = Encoding.UTF8.GetBytes(pending.ToString());
        pending.Clear();
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
