using System.Diagnostics;
using System.Text;

namespace MuttSharp.Core.IO;

/// <summary>
/// Runs a command with its standard input fed and its output and errors captured, bounded and timed:
/// what mailcap entries and <c>$display_filter</c> share. Past the bound the output is read and dropped,
/// so the command never blocks on a full pipe; past the time limit it is killed with its children.
/// </summary>
internal static class CapturedCommand
{
    /// <summary>What the command left: its exit status (-1 when it did not run to the end), output and errors (or the reason it did not run).</summary>
    public readonly record struct Result(int ExitCode, string Output, string Error);

    /// <summary>Runs <paramref name="start"/> (its redirections are set here); <paramref name="feed"/> writes the standard input, which is closed after.</summary>
    public static async Task<Result> RunAsync(ProcessStartInfo start, Func<Stream, CancellationToken, Task> feed, int outputLimit,
        TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timeLimit);
        Process? process = null;
        try
        {
            process = Process.Start(start);
            if (process is null)
                return new Result(-1, "", $"could not start {start.FileName}");
            var output = ReadBoundedAsync(process.StandardOutput, outputLimit, timeout.Token);
            var error = ReadBoundedAsync(process.StandardError, outputLimit, timeout.Token);
            await FeedAsync(process, feed, timeout.Token).ConfigureAwait(false);
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            return new Result(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Result(-1, "", $"killed after {timeLimit.TotalSeconds:0} s (command_time_limit)");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return new Result(-1, "", e.Message);
        }
        finally
        {
            Kill(process);
            process?.Dispose();
        }
    }

    private static async Task FeedAsync(Process process, Func<Stream, CancellationToken, Task> feed, CancellationToken cancellationToken)
    {
        try
        {
            await feed(process.StandardInput.BaseStream, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The command stopped reading (head -n, or it exited early): what it printed still counts.
        }
        finally
        {
            try
            {
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // Already closed by the command's exit.
            }
        }
    }

    private static async Task<string> ReadBoundedAsync(StreamReader reader, int limit, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        char[] buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            int room = limit - text.Length;
            if (room > 0)
                text.Append(buffer, 0, Math.Min(read, room));
        }
        return text.ToString();
    }

    private static void Kill(Process? process)
    {
        try
        {
            if (process is { HasExited: false })
                process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }
}
