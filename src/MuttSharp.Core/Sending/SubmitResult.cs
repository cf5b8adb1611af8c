namespace MuttSharp.Core.Sending;

/// <summary>What a submitter did with a message: accepted (with the queue id or server reply), or why not.</summary>
/// <param name="Accepted">True when the transfer agent took responsibility for the message.</param>
/// <param name="Detail">The queue id or server reply on success; the reason on failure.</param>
/// <param name="Temporary">On failure: true when trying again later may succeed (sysexits 75, SMTP 4xx).</param>
public sealed record SubmitResult(bool Accepted, string Detail, bool Temporary = false)
{
    /// <summary>A success.</summary>
    public static SubmitResult Ok(string detail) => new(true, detail);

    /// <summary>A failure.</summary>
    public static SubmitResult Failed(string reason, bool temporary = false) => new(false, reason, temporary);
}
