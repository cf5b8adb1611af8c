using System.Diagnostics;
using System.Text;
using MuttSharp.Core.Mailboxes;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    /// <summary>
    /// Mutt's <c>pipe-message</c> (<c>|</c>): runs <paramref name="command"/> through <c>/bin/sh -c</c>
    /// (it is the user's own command line, as in Mutt) with the messages on its standard input:
    /// decoded with <c>$pipe_decode</c>, one process per message with <c>$pipe_split</c>, otherwise
    /// all through one process with <c>$pipe_sep</c> after each. The command's output goes to the
    /// terminal, so the UI hands the terminal over before calling this.
    /// </summary>
    public Task<SessionResult> PipeAsync(MessageScope scope, string command, CancellationToken cancellationToken = default) =>
        RunCommandAsync(scope, command, Config.GetBool("pipe_decode"), Config.GetBool("pipe_split"), Config.GetString("pipe_sep"), cancellationToken);

    /// <summary>Mutt's <c>$print</c> question before printing (<c>Print message?</c>, <c>Print tagged messages?</c>).</summary>
    public SessionQuestion PrintQuestion(MessageScope scope) =>
        new("print", scope.IsSingle ? "Print message?" : "Print tagged messages?", Config.GetQuad("print"));

    /// <summary>
    /// Mutt's <c>print-message</c> (<c>p</c>): the messages through <c>$print_command</c>, decoded with
    /// <c>$print_decode</c>, one job per message with <c>$print_split</c>, else one job with form feeds between.
    /// </summary>
    public async Task<SessionResult> PrintAsync(MessageScope scope, CancellationToken cancellationToken = default)
    {
        string command = Config.GetPath("print_command");
        if (command.Length == 0)
            return SessionResult.Error("No print command has been defined (set print_command).");
        var result = await RunCommandAsync(scope, command, Config.GetBool("print_decode"), Config.GetBool("print_split"), "\f", cancellationToken)
            .ConfigureAwait(false);
        bool several = !scope.IsSingle;
        return result.IsError
            ? SessionResult.Error(several ? "Messages could not be printed" : "Message could not be printed")
            : SessionResult.Info(several ? "Messages printed" : "Message printed");
    }

    private Task<SessionResult> RunCommandAsync(MessageScope scope, string command, bool decode, bool split, string separator,
        CancellationToken cancellationToken) =>
        ExclusiveAsync(() => RunCommandCoreAsync(scope, command, decode, split, separator, cancellationToken), cancellationToken);

    private async Task<SessionResult> RunCommandCoreAsync(MessageScope scope, string command, bool decode, bool split, string separator,
        CancellationToken cancellationToken)
    {
        if (command.Trim().Length == 0)
            return SessionResult.None;
        var (messages, error) = await SelectAsync(scope, cancellationToken).ConfigureAwait(false);
        if (messages is null)
            return error;
        var groups = split ? messages.Select(m => (IReadOnlyList<Message>)[m]) : [messages];
        foreach (var group in groups)
        {
            int status;
            try
            {
                status = await RunShellAsync(command, group, decode, split ? "" : separator, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or FormatException)
            {
                return SessionResult.Error($"{command}: {e.Message}");
            }
            if (status != 0)
                return SessionResult.Error($"{command}: exit status {status}");
        }
        return SessionResult.None;
    }

    private async Task<int> RunShellAsync(string command, IReadOnlyList<Message> messages, bool decode, string separator, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Config.Environment.WorkingDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start) ?? throw new IOException("could not start /bin/sh");
        var stdin = process.StandardInput.BaseStream;
        try
        {
            byte[] sep = Encoding.UTF8.GetBytes(separator);
            foreach (var message in messages)
            {
                await using (var source = MessageFile.OpenRead(mailbox, message))
                {
                    if (decode)
                        await stdin.WriteAsync(await MessageDecoder.DecodeAsync(source, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                    else
                        await source.CopyToAsync(stdin, cancellationToken).ConfigureAwait(false);
                }
                await stdin.WriteAsync(sep, cancellationToken).ConfigureAwait(false);
            }
            stdin.Close();
        }
        catch (IOException)
        {
            // The command stopped reading (head, grep -q): what it made of the input is its exit status.
        }
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode;
    }
}
