using MuttSharp.Core.Text;

namespace MuttSharp.Core.Reading.Session;

/// <summary>
/// What an operation of a <see cref="ReaderSession"/> has to say on the message line: nothing, a
/// message (<c>3 messages deleted.</c>) or an error (<c>Mailbox is read-only.</c>). The text is
/// already made safe for a terminal, since it may quote file names and headers.
/// </summary>
public sealed record SessionResult
{
    private SessionResult(string message, bool isError)
    {
        Message = TerminalText.Sanitize(message);
        IsError = isError;
    }

    /// <summary>Done, with nothing to say.</summary>
    public static SessionResult None { get; } = new("", false);

    /// <summary>The text for the message line; empty when there is nothing to say.</summary>
    public string Message { get; }

    /// <summary>True when the operation failed or was refused (Mutt shows it as an error and beeps).</summary>
    public bool IsError { get; }

    /// <summary>True when there is text to show.</summary>
    public bool HasMessage => Message.Length > 0;

    /// <summary>A success with a message for the message line.</summary>
    public static SessionResult Info(string message) => new(message, false);

    /// <summary>A failure or refusal with the reason.</summary>
    public static SessionResult Error(string message) => new(message, true);

    /// <inheritdoc/>
    public override string ToString() => IsError ? $"error: {Message}" : Message;
}
