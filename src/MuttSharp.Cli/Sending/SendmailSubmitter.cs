using System.Diagnostics;
using MuttSharp.Core.Compose;
using MuttSharp.Core.Sending;

namespace MuttSharp.Cli.Sending;

/// <summary>
/// <c>$sendmail</c>: a Sendmail-compatible program, run without a shell: its words (split as Mutt splits them),
/// <c>-f sender</c> when <c>$use_envelope_from</c>, then <c>--</c> and the recipients, the message on its input.
/// A recipient can never become an option, and no address reaches a shell.
/// </summary>
internal sealed class SendmailSubmitter : IMessageSubmitter
{
    private readonly IReadOnlyList<string> words;
    private readonly bool envelopeFrom;

    public SendmailSubmitter(IReadOnlyList<string> words, bool envelopeFrom)
    {
        this.words = words;
        this.envelopeFrom = envelopeFrom;
    }

    public string Name => words.Count > 0 ? words[0] : "$sendmail";

    /// <summary>The program's argument list for <paramref name="message"/> (the program itself excluded).</summary>
    public IReadOnlyList<string> Arguments(OutgoingMessage message)
    {
        var args = words.Skip(1).ToList();
        if (envelopeFrom && message.Sender.Length > 0)
            args.AddRange(["-f", message.Sender]);
        args.Add("--");
        args.AddRange(message.Recipients);
        return args;
    }

    public async Task<SubmitResult> SubmitAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
            return SubmitResult.Failed("$sendmail is empty");
        var start = new ProcessStartInfo(words[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in Arguments(message))
            start.ArgumentList.Add(arg);
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return SubmitResult.Failed($"{words[0]}: {e.Message}");
        }
        if (process is null)
            return SubmitResult.Failed($"{words[0]} did not start");
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.StandardInput.BaseStream.WriteAsync(message.Content, cancellationToken).ConfigureAwait(false);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The program quit without reading everything; its exit status says why.
            }
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            string said = ((await error.ConfigureAwait(false)) + (await output.ConfigureAwait(false))).Trim();
            return process.ExitCode == 0
                ? SubmitResult.Ok(said)
                : SubmitResult.Failed($"{words[0]} exited {process.ExitCode}{(said.Length > 0 ? ": " + said : "")}", process.ExitCode == 75);
        }
    }
}
