using System.Diagnostics;
using System.Text;
using MimeKit;
using MuttSharp.Core.Rendering;

namespace MuttSharp.Core.Mailcap;

/// <summary>
/// Chooses the mailcap entry for a part (running each candidate's <c>test</c>), puts the part in a
/// temporary file and runs the command through <see cref="MailcapCommand"/>'s argument vector,
/// with <c>command_time_limit</c> and the output bounded.
/// </summary>
public sealed class MailcapRunner
{
    private readonly MailcapDatabase database;
    private readonly MailcapSettings settings;

    /// <summary>A runner over <paramref name="database"/>.</summary>
    public MailcapRunner(MailcapDatabase database, MailcapSettings settings)
    {
        this.database = database;
        this.settings = settings;
    }

    /// <summary>The entries loaded.</summary>
    public MailcapDatabase Database => database;

    /// <summary>
    /// The first entry for <paramref name="part"/>'s type that serves <paramref name="purpose"/>
    /// and whose <c>test</c> passes, ready to run; null when there is none.
    /// </summary>
    public async Task<MailcapInvocation?> PrepareAsync(MimePart part, MailcapPurpose purpose, CancellationToken cancellationToken = default)
    {
        string type = part.ContentType.MimeType.ToLowerInvariant();
        var candidates = database.Candidates(type, purpose).ToList();
        if (candidates.Count == 0)
            return null;
        byte[] content = TextDecoder.ReadContent(part, settings.OutputLimit, out _);
        foreach (var entry in candidates)
        {
            var file = MailcapTempFile.Create(content, part.FileName, entry.NameTemplate);
            string? Parameter(string name) => part.ContentType.Parameters[name];
            if (entry.Test is { Length: > 0 } test)
            {
                var check = await RunAsync(MailcapCommand.Expand(test, file.Path, type, Parameter), null, cancellationToken).ConfigureAwait(false);
                if (check.ExitCode != 0)
                {
                    file.Dispose();
                    continue;
                }
            }
            var command = MailcapCommand.Expand(MailcapDatabase.CommandFor(entry, purpose)!, file.Path, type, Parameter);
            return new MailcapInvocation(entry, command, file);
        }
        return null;
    }

    /// <summary>Runs a prepared command with its output captured; the part is on its standard input when the command does not name the file.</summary>
    public Task<MailcapResult> RunAsync(MailcapInvocation invocation, CancellationToken cancellationToken = default) =>
        RunAsync(invocation.Command, invocation.Command.UsesFile ? null : invocation.File.Path, cancellationToken);

    private async Task<MailcapResult> RunAsync(MailcapCommand command, string? input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(MailcapCommand.Shell)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in command.Argv.Skip(1))
            start.ArgumentList.Add(arg);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.CommandTimeLimit);
        Process? process = null;
        try
        {
            process = Process.Start(start);
            if (process is null)
                return new MailcapResult(-1, "", $"could not start {MailcapCommand.Shell}");
            var output = ReadBoundedAsync(process.StandardOutput, timeout.Token);
            var error = ReadBoundedAsync(process.StandardError, timeout.Token);
            await FeedAsync(process, input, timeout.Token).ConfigureAwait(false);
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            return new MailcapResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill(process);
            return new MailcapResult(-1, "", $"killed after {settings.CommandTimeLimit.TotalSeconds:0} s (command_time_limit)");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            Kill(process);
            return new MailcapResult(-1, "", e.Message);
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested)
                Kill(process);
            process?.Dispose();
        }
    }

    private static async Task FeedAsync(Process process, string? input, CancellationToken cancellationToken)
    {
        try
        {
            if (input is not null)
            {
                await using var file = File.OpenRead(input);
                await file.CopyToAsync(process.StandardInput.BaseStream, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IOException)
        {
            // The command stopped reading (it exited early): what it printed still counts.
        }
        finally
        {
            process.StandardInput.Close();
        }
    }

    private async Task<string> ReadBoundedAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        char[] buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            // Past the limit the output is drained and dropped, so the command is never blocked on a full pipe.
            int room = settings.OutputLimit - text.Length;
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
