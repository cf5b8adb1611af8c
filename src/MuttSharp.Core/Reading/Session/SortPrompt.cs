using MuttSharp.Core.Sorting;

namespace MuttSharp.Core.Reading.Session;

/// <summary>Mutt's <c>sort-mailbox</c> prompt: the question and the method each letter picks.</summary>
public static class SortPrompt
{
    private static readonly (char Letter, SortMethod Method)[] Letters =
    [
        ('d', SortMethod.Date),
        ('f', SortMethod.From),
        ('r', SortMethod.DateReceived),
        ('s', SortMethod.Subject),
        ('o', SortMethod.To),
        ('t', SortMethod.Threads),
        ('u', SortMethod.MailboxOrder),
        ('z', SortMethod.Size),
        ('c', SortMethod.Score),
        ('p', SortMethod.Spam),
        ('l', SortMethod.Label),
    ];

    /// <summary>The prompt for <c>sort-mailbox</c> (<c>o</c>) or, with <paramref name="reverse"/>, <c>sort-reverse</c> (<c>O</c>).</summary>
    public static string Text(bool reverse) =>
        (reverse ? "Rev-Sort " : "Sort ") + "(d)ate/(f)rm/(r)ecv/(s)ubj/t(o)/(t)hread/(u)nsort/si(z)e/s(c)ore/s(p)am/(l)abel?: ";

    /// <summary>The method a key names; false for any other key.</summary>
    public static bool TryParse(char letter, out SortMethod method)
    {
        foreach (var (l, m) in Letters)
        {
            if (l == char.ToLowerInvariant(letter))
            {
                method = m;
                return true;
            }
        }
        method = default;
        return false;
    }
}
