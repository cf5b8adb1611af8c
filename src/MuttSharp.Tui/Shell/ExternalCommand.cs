using System.Diagnostics;
using MuttSharp.Core.Config;

namespace MuttSharp.Tui.Shell;

/// <summary>
/// Runs an <see cref="ExternalJob"/> on the real terminal, which the reader has released: through
/// <c>$shell</c> (else <c>$SHELL</c>, else <c>/bin/sh</c>) with <c>-c</c>, then "Press any key to continue..."
/// as Mutt does when <c>$wait_key</c> is set or the command failed.
/// </summary>
public static class ExternalCommand
{
    /// <summary>The message Mutt shows before returning to the screen.</summary>
    public const string PressAnyKey = "Press any key to continue...";

    /// <summary>Runs <paramref name="job"/> and returns its exit code (127 when it could not start).</summary>
    public static async Task<int> RunAsync(ExternalJob job, MuttConfig config, CancellationToken cancellationToken = default)
    {
        string shell = config.GetPath("shell");
        if (string.IsNullOrEmpty(shell))
            shell = Environment.GetEnvironmentVariable("SHELL") is { Length: > 0 } s ? s : "/bin/sh";
        var start = new ProcessStartInfo(shell) { UseShellExecute = false, RedirectStandardInput = job.FeedInput is not null };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(job.CommandLine);
        int code;
        try
        {
            using var process = Process.Start(start)!;
            if (job.FeedInput is { } feed)
            {
                try
                {
                    await feed(process.StandardInput.BaseStream, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    // The command stopped reading (head, grep -q): not an error of ours.
                }
                process.StandardInput.Close();
            }
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            code = process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"{shell}: {e.Message}");
            code = 127;
        }
        if (job.WaitForKey && (config.GetBool("wait_key") || code != 0))
        {
            Console.Out.Write(PressAnyKey);
            Console.Out.Flush();
            if (!Console.IsInputRedirected)
                Console.ReadKey(intercept: true);
        }
        return code;
    }
}
