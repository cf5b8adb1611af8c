using System.Diagnostics;

namespace MuttSharp.Core.Config.Muttrc;

/// <summary>
/// Runs the commands a muttrc names in backticks and in <c>source "cmd|"</c>. They go to <c>/bin/sh -c</c>,
/// as in Mutt, because they are the user's own text from their own configuration files and real files rely
/// on pipes and globs (<c>`pass show mail | head -1`</c>); no message data ever reaches this runner.
/// </summary>
internal static class ShellRunner
{
    public static async Task<ShellResult> RunAsync(string command, MuttEnvironment environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = environment.WorkingDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        foreach (var (name, value) in environment.Overrides)
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }
        try
        {
            using var process = Process.Start(start);
            if (process is null)
                return new ShellResult("", "could not start /bin/sh");
            process.StandardInput.Close();
            string output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return new ShellResult(output, null);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ShellResult("", e.Message);
        }
        catch (InvalidOperationException e)
        {
            return new ShellResult("", e.Message);
        }
    }
}
