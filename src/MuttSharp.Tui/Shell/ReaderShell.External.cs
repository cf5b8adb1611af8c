namespace MuttSharp.Tui.Shell;

public sealed partial class ReaderShell
{
    private ExternalJob? pendingJob;

    /// <summary>
    /// Runs jobs directly instead of handing them to the application loop (headless tests, or a host that
    /// owns the terminal differently). When null, the shell stops its loop and the host runs the job.
    /// </summary>
    public Func<ExternalJob, Task<int>>? ExternalRunner { get; set; }

    /// <inheritdoc/>
    public Task<int> RunExternalAsync(string commandLine, Func<Stream, CancellationToken, Task>? feedInput = null, bool waitForKey = true)
    {
        var job = new ExternalJob(commandLine, feedInput, waitForKey);
        if (ExternalRunner is { } runner)
            return runner(job);
        pendingJob = job;
        RequestStop();
        return job.Done.Task;
    }

    /// <summary>The job the loop stopped for, if any (the host runs it, then runs the shell again).</summary>
    public ExternalJob? TakeExternalJob()
    {
        var job = pendingJob;
        pendingJob = null;
        return job;
    }
}
