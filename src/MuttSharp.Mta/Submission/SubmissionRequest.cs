namespace MuttSharp.Mta.Submission;

/// <summary>What <c>sendmail</c> (or <c>mail</c>) hands to the queue.</summary>
public sealed class SubmissionRequest
{
    /// <summary>The message as read (LF or CRLF line ends), without dot handling applied yet.</summary>
    public required byte[] Message { get; init; }

    /// <summary>Recipients named on the command line.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary><c>-t</c>: also take recipients from To, Cc and Bcc (Bcc is removed in any case).</summary>
    public bool ExtractRecipients { get; init; }

    /// <summary><c>-f</c>: the envelope sender; null for the invoking user at myorigin, empty for &lt;&gt;.</summary>
    public string? Sender { get; init; }

    /// <summary><c>-F</c>: the full name for a From: header the submission adds.</summary>
    public string? FullName { get; init; }

    /// <summary>The invoking user's login name.</summary>
    public required string UserName { get; init; }

    /// <summary>The invoking user's id, written in the Received: header as Postfix does.</summary>
    public long UserId { get; init; }
}
