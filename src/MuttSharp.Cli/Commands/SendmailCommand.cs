using System.Text;
using MuttSharp.Mta.Engine;
using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Queue;
using MuttSharp.Mta.Submission;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// <c>muttsharp sendmail</c> (and the binary started as <c>sendmail</c>): Sendmail's options as Postfix's
/// sendmail takes them. The message goes durably into maildrop/; a running engine picks it up, and
/// without one it is delivered in-process, what cannot be delivered now staying in the queue.
/// <c>-bs</c> speaks SMTP on standard input and output; <c>-bv</c> reports where recipients would go;
/// <c>-bp</c> lists the queue as mailq.
/// </summary>
internal sealed class SendmailCommand : ICliCommand
{
    public string Name => "sendmail";

    public string Synopsis => "muttsharp sendmail [-c dir] [-t] [-i|-oi] [-f from] [-F name] [-bs|-bv|-bp] [addr...]   submit a message";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string? config = null, sender = null, fullName = null, mode = "m";
        bool extract = false, ignoreDots = false;
        var recipients = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (a == "--")
            {
                recipients.AddRange(args.Skip(i + 1));
                break;
            }
            if (!a.StartsWith('-') || a == "-")
            {
                recipients.Add(a);
                continue;
            }
            string? Value(string flag) => a.Length > flag.Length ? a[flag.Length..] : i + 1 < args.Count ? args[++i] : null;
            switch (a)
            {
                case "-t": extract = true; break;
                case "-i" or "-oi": ignoreDots = true; break;
                case "-bs" or "-bv" or "-bp" or "-bm": mode = a[2..]; break;
                case var _ when a.StartsWith("-o", StringComparison.Ordinal) || a is "-v" or "-n" or "-U":
                    break; // -oem, -odb, -oQ...: Sendmail options Postfix ignores too
                case var _ when a.StartsWith("-c", StringComparison.Ordinal) || a.StartsWith("-C", StringComparison.Ordinal):
                    if ((config = Value("-c")) is null)
                        return NeedsValue(console, a);
                    break;
                case var _ when a.StartsWith("-f", StringComparison.Ordinal) || a.StartsWith("-r", StringComparison.Ordinal):
                    if ((sender = Value("-f")) is null)
                        return NeedsValue(console, a);
                    break;
                case var _ when a.StartsWith("-F", StringComparison.Ordinal):
                    if ((fullName = Value("-F")) is null)
                        return NeedsValue(console, a);
                    break;
                default:
                    console.Error.WriteLine($"sendmail: fatal: usage: sendmail [options] [recipient...] (unknown option {a})");
                    return ExitCodes.Usage;
            }
        }

        var settings = await EngineEnvironment.LoadAsync(config, console, cancellationToken).ConfigureAwait(false);
        using var log = MailLog.Open(settings.MaillogFile, console.Error, settings.MyHostname, settings.SyslogName);
        switch (mode)
        {
            case "p":
                console.Out.Write(QueueListing.Format(new QueueStore(settings.QueueDirectory)));
                return ExitCodes.Ok;
            case "s":
                return await SmtpOnStandardIoAsync(settings, log, console, cancellationToken).ConfigureAwait(false);
            case "v":
                return await VerifyAsync(settings, recipients, console, cancellationToken).ConfigureAwait(false);
        }

        byte[] message = await SendmailInput.ReadAsync(console.InputStream ?? new MemoryStream(Encoding.UTF8.GetBytes(await console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false))), ignoreDots, cancellationToken).ConfigureAwait(false);
        return await SubmitAsync(settings, log, console, new SubmissionRequest
        {
            Message = message,
            Recipients = recipients,
            ExtractRecipients = extract,
            Sender = sender,
            FullName = fullName,
            UserName = EngineEnvironment.UserName(console),
            UserId = EngineEnvironment.UserId,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static int NeedsValue(CliConsole console, string option)
    {
        console.Error.WriteLine($"sendmail: fatal: option {option} needs a value");
        return ExitCodes.Usage;
    }

    /// <summary>Queues the message and, when no engine runs on this queue, delivers it in this process.</summary>
    internal static async Task<int> SubmitAsync(Mta.Config.MtaSettings settings, MailLog log, CliConsole console, SubmissionRequest request, CancellationToken cancellationToken)
    {
        var queue = new QueueStore(settings.QueueDirectory);
        var result = await new LocalSubmission(settings, queue).SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        if (!result.Accepted)
        {
            console.Error.WriteLine($"sendmail: fatal: {request.UserName}({request.UserId}): {result.Error}");
            return result.ExitCode;
        }
        if (MasterPid.RunningPid(settings.QueueDirectory) is null)
        {
            await using var engine = MtaEngine.Create(settings, log);
            engine.Manager.PickUp();
            await engine.Manager.RunDueAsync(cancellationToken).ConfigureAwait(false);
            await engine.Manager.RunDueAsync(cancellationToken).ConfigureAwait(false); // bounces made by the first run
        }
        return ExitCodes.Ok;
    }

    private static async Task<int> SmtpOnStandardIoAsync(Mta.Config.MtaSettings settings, MailLog log, CliConsole console, CancellationToken cancellationToken)
    {
        await using var engine = MtaEngine.Create(settings, log);
        var input = console.InputStream ?? new MemoryStream(Encoding.UTF8.GetBytes(await console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false)));
        var output = new TextWriterStream(console.Out);
        await engine.RunSessionAsync(input, output, System.Net.IPAddress.Loopback, cancellationToken).ConfigureAwait(false);
        if (MasterPid.RunningPid(settings.QueueDirectory) is null)
            await engine.Manager.RunDueAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task<int> VerifyAsync(Mta.Config.MtaSettings settings, List<string> recipients, CliConsole console, CancellationToken cancellationToken)
    {
        if (recipients.Count == 0)
        {
            console.Error.WriteLine("sendmail: fatal: -bv needs recipients");
            return ExitCodes.Usage;
        }
        var directory = new Mta.Policy.RecipientDirectory(settings, new Mta.Routing.PasswdFile(), _ => { });
        var resolver = new Mta.Routing.RecipientResolver(directory);
        int code = ExitCodes.Ok;
        foreach (string r in recipients)
        {
            var resolution = await resolver.ResolveAsync(r, cancellationToken).ConfigureAwait(false);
            foreach (var failure in resolution.Failures)
            {
                console.Out.WriteLine($"{r}: undeliverable: {failure.Address}: {failure.Reason}");
                code = ExitCodes.NoUser;
            }
            foreach (var target in resolution.Targets)
                console.Out.WriteLine($"{r}: deliverable: {target}");
        }
        return code;
    }
}
