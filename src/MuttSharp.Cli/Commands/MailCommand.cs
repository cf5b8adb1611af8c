using System.Text;
using MimeKit;
using MimeKit.Utils;
using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Submission;

namespace MuttSharp.Cli.Commands;

/// <summary>
/// <c>muttsharp mail [-s subject] [-c cc] [-b bcc] addr...</c>, as mailx sends: asks <c>Subject: </c>
/// when -s is missing and input is a terminal, reads the body to a line holding a single <c>.</c> or
/// to end of input, prints <c>EOT</c>, and submits with <c>sendmail -i -t</c> semantics.
/// </summary>
internal sealed class MailCommand : ICliCommand
{
    public string Name => "mail";

    public string Synopsis => "muttsharp mail [-s subj] [-c cc] [-b bcc] addr...   send a message as mailx does";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        string? subject = null, config = null;
        var to = new List<string>();
        var cc = new List<string>();
        var bcc = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            bool hasValue = i + 1 < args.Count;
            switch (a)
            {
                case "-s" when hasValue: subject = args[++i]; break;
                case "-c" when hasValue: cc.Add(args[++i]); break;
                case "-b" when hasValue: bcc.Add(args[++i]); break;
                case "-C" when hasValue: config = args[++i]; break;
                case var _ when !a.StartsWith('-'): to.Add(a); break;
                default:
                    console.Error.WriteLine("Usage: mail [-s subject] [-c cc-addr] [-b bcc-addr] to-addr ...");
                    return ExitCodes.Usage;
            }
        }
        if (to.Count == 0)
        {
            console.Error.WriteLine("Usage: mail [-s subject] [-c cc-addr] [-b bcc-addr] to-addr ...");
            return ExitCodes.Usage;
        }

        bool interactive = ReferenceEquals(console.In, Console.In) && !Console.IsInputRedirected;
        if (subject is null && interactive)
        {
            console.Out.Write("Subject: ");
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            subject = await console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? "";
        }
        var body = new StringBuilder();
        bool endedByDot = false;
        while (await console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line == ".")
            {
                endedByDot = true;
                break;
            }
            body.Append(line).Append('\n');
        }
        if (endedByDot || interactive)
            console.Out.WriteLine("EOT");

        var settings = await EngineEnvironment.LoadAsync(config, console, cancellationToken).ConfigureAwait(false);
        string user = EngineEnvironment.UserName(console);
        var message = new StringBuilder();
        message.Append("To: ").Append(string.Join(", ", to)).Append('\n');
        if (cc.Count > 0)
            message.Append("Cc: ").Append(string.Join(", ", cc)).Append('\n');
        if (bcc.Count > 0)
            message.Append("Bcc: ").Append(string.Join(", ", bcc)).Append('\n');
        if (subject is { Length: > 0 })
            message.Append("Subject: ").Append(Encoding.ASCII.GetString(Rfc2047.EncodeText(Encoding.UTF8, subject))).Append('\n');
        message.Append("User-Agent: MuttSharp mail\n");
        message.Append("MIME-Version: 1.0\n");
        bool ascii = body.ToString().All(char.IsAscii);
        message.Append("Content-Type: text/plain; charset=").Append(ascii ? "us-ascii" : "utf-8").Append('\n');
        message.Append("Content-Transfer-Encoding: ").Append(ascii ? "7bit" : "8bit").Append('\n');
        message.Append('\n').Append(body);

        using var log = MailLog.Open(settings.MaillogFile, TextWriter.Null, settings.MyHostname, settings.SyslogName);
        return await SendmailCommand.SubmitAsync(settings, log, console, new SubmissionRequest
        {
            Message = Encoding.UTF8.GetBytes(message.ToString()),
            ExtractRecipients = true,
            UserName = user,
            UserId = EngineEnvironment.UserId,
        }, cancellationToken).ConfigureAwait(false);
    }
}
