using MuttSharp.Cli.Commands;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Sending;
using MuttSharp.Mta.Logging;
using MuttSharp.Mta.Submission;

namespace MuttSharp.Cli.Sending;

/// <summary>
/// The bundled engine as the reader's submitter: the message goes into the queue as <c>muttsharp sendmail</c>
/// puts it there, for the running engine to pick up; with no engine running it is delivered in this process,
/// so a local recipient has it at once and a remote one waits in the queue.
/// </summary>
internal sealed class EngineSubmitter : IMessageSubmitter
{
    private readonly CliConsole console;

    public EngineSubmitter(CliConsole console) => this.console = console;

    public string Name => "the bundled engine";

    public async Task<SubmitResult> SubmitAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var settings = await EngineEnvironment.LoadAsync(null, console, cancellationToken).ConfigureAwait(false);
        using var log = MailLog.Open(settings.MaillogFile, TextWriter.Null, settings.MyHostname, settings.SyslogName);
        var errors = new StringWriter();
        var quiet = new CliConsole(TextReader.Null, TextWriter.Null, errors, console.Environment);
        int code = await SendmailCommand.SubmitAsync(settings, log, quiet, new SubmissionRequest
        {
            Message = message.Content,
            Recipients = message.Recipients,
            Sender = message.Sender,
            UserName = EngineEnvironment.UserName(console),
            UserId = EngineEnvironment.UserId,
        }, cancellationToken).ConfigureAwait(false);
        return code == ExitCodes.Ok
            ? SubmitResult.Ok("queued")
            : SubmitResult.Failed(errors.ToString().Trim() is { Length: > 0 } reason ? reason : $"exit status {code}", code == ExitCodes.TempFail);
    }
}
