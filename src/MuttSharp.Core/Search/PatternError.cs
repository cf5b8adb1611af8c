namespace MuttSharp.Core.Search;

/// <summary>
/// Why a pattern could not be compiled: the 0-based position in the text the user typed and what
/// was expected there, e.g. <c>invalid date: month 13 is not 1-12</c> at position 6.
/// </summary>
/// <param name="Position">0-based index into the pattern text where the problem starts.</param>
/// <param name="Message">What is wrong or what was expected, in Mutt's words where Mutt has them.</param>
public sealed record PatternError(int Position, string Message)
{
    /// <summary>The message with a 1-based column, as a prompt shows it.</summary>
    public override string ToString() => $"{Message} (at column {Position + 1})";
}
