using MuttSharp.Core.Config;
using MuttSharp.Core.Sending;

namespace MuttSharp.Cli.Sending;

/// <summary>Which submitter the configuration asks for: <c>$smtp_url</c> when set, else <c>$sendmail</c> when changed from its default, else the bundled engine.</summary>
internal static class Submitters
{
    /// <summary>SMTP waits this long for each reply, as Mutt's default <c>$timeout</c>-less SMTP does not: a dead server must not hang sending.</summary>
    public static readonly TimeSpan SmtpTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The submitter for the reader; a malformed <c>$smtp_url</c> becomes a submitter that refuses with the reason, so sending says why.</summary>
    public static IMessageSubmitter Create(MuttConfig config, CliConsole console) =>
        TryCreate(config, console, out var submitter, out string error) ? submitter : new RefusingSubmitter(error);

    public static bool TryCreate(MuttConfig config, CliConsole console, out IMessageSubmitter submitter, out string error)
    {
        switch (SendSettings.TransportOf(config))
        {
            case MessageTransport.Smtp:
                var options = new SmtpSubmitter.SmtpOptions(
                    config.GetString("smtp_pass"),
                    config.GetString("smtp_authenticators").Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    config.GetQuad("ssl_starttls"),
                    config.GetBool("ssl_force_tls"),
                    SmtpTimeout);
                bool ok = SmtpSubmitter.TryCreate(config.GetString("smtp_url"), options, out var smtp, out error);
                submitter = ok ? smtp! : new EngineSubmitter(console);
                return ok;
            case MessageTransport.Sendmail:
                // Mutt splits $sendmail at blanks only, with no quoting.
                submitter = new SendmailSubmitter(config.GetString("sendmail").Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries), config.GetBool("use_envelope_from"));
                error = "";
                return true;
            default:
                submitter = new EngineSubmitter(console);
                error = "";
                return true;
        }
    }

    private sealed class RefusingSubmitter(string reason) : IMessageSubmitter
    {
        public string Name => "$smtp_url";

        public Task<SubmitResult> SubmitAsync(Core.Compose.OutgoingMessage message, CancellationToken cancellationToken) =>
            Task.FromResult(SubmitResult.Failed(reason));
    }
}
