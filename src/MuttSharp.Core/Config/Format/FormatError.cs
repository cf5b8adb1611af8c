namespace MuttSharp.Core.Config.Format;

/// <summary>Why a format string is malformed: the 0-based character position and what was expected there.</summary>
/// <param name="Position">Index into the format string where the problem was found.</param>
/// <param name="Message">What was expected, e.g. <c>expected '}' to end the date format</c>.</param>
public sealed record FormatError(int Position, string Message)
{
    /// <summary><c>position N: message</c>, for a muttrc error line.</summary>
    public override string ToString() => $"position {Position}: {Message}";
}
