using System.Diagnostics;
using System.Globalization;

namespace MuttSharp.Mta.Engine;

/// <summary>
/// <c>queue_directory/pid/master.pid</c>: written by a running engine so that sendmail knows whether
/// to leave a submission in maildrop/ for it or to deliver in-process.
/// </summary>
public static class MasterPid
{
    /// <summary>The pid file of the queue under <paramref name="queueDirectory"/>.</summary>
    public static string PathFor(string queueDirectory) => Path.Combine(queueDirectory, "pid", "master.pid");

    /// <summary>Records this process as the queue's engine.</summary>
    public static void Write(string queueDirectory)
    {
        string path = PathFor(queueDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
    }

    /// <summary>Removes the pid file if it is this process's.</summary>
    public static void Remove(string queueDirectory)
    {
        if (RunningPid(queueDirectory) == Environment.ProcessId)
            File.Delete(PathFor(queueDirectory));
    }

    /// <summary>The pid of a live engine on this queue, or null (no file, or a stale one).</summary>
    public static int? RunningPid(string queueDirectory)
    {
        try
        {
            string text = File.ReadAllText(PathFor(queueDirectory)).Trim();
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
                return null;
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : pid;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
