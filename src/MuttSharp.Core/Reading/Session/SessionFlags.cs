namespace MuttSharp.Core.Reading.Session;

/// <summary>
/// The letters of Mutt's <c>set-flag</c>/<c>clear-flag</c> prompt (<c>Set flag? (D/N/O/r/*/!): </c>),
/// case-insensitive as in Mutt, plus <c>S</c> for read, which Maildir users expect.
/// </summary>
public static class SessionFlags
{
    private static readonly (char Letter, SessionFlag Flag)[] Letters =
    [
        ('D', SessionFlag.Deleted),
        ('N', SessionFlag.New),
        ('O', SessionFlag.Old),
        ('R', SessionFlag.Replied),
        ('S', SessionFlag.Read),
        ('*', SessionFlag.Tagged),
        ('!', SessionFlag.Flagged),
    ];

    /// <summary>The prompt Mutt shows for <c>set-flag</c> (<paramref name="set"/>) or <c>clear-flag</c>.</summary>
    public static string Prompt(bool set) => (set ? "Set flag" : "Clear flag") + "? (D/N/O/r/S/*/!): ";

    /// <summary>The flag a key pressed at the prompt names; false for any other key (Mutt beeps).</summary>
    public static bool TryParse(char letter, out SessionFlag flag)
    {
        char upper = char.ToUpperInvariant(letter);
        foreach (var (l, f) in Letters)
        {
            if (l == upper)
            {
                flag = f;
                return true;
            }
        }
        flag = default;
        return false;
    }
}
