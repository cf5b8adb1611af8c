namespace MuttSharp.Mta.Submission;

/// <summary>The queue id of an accepted submission, or why it was refused and the sysexits code to exit with.</summary>
public sealed record SubmissionResult(string? QueueId, string Error = "", int ExitCode = 0)
{
    /// <summary>True when the message is in the queue.</summary>
    public bool Accepted => QueueId is not null;
}
