using System.Text;

namespace MuttSharp.Mta.Routing;

/// <summary>
/// Turns an alias command (written by the administrator, never by a sender) into an argv. Plain words
/// and quotes are split here; a command that uses the shell's own syntax (pipes, redirections,
/// variables) is run as <c>/bin/sh -c command</c>, as Postfix's local(8) does. Envelope data reaches the
/// command through its environment, never through this string.
/// </summary>
public static class CommandLine
{
    private const string ShellSyntax = "|&;<>()$`\\*?[]#~=%{}!\n";

    /// <summary>The argv for <paramref name="command"/>.</summary>
    public static IReadOnlyList<string> ToArgv(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        foreach (char c in command.Trim())
        {
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
                else
                    word.Append(c);
                continue;
            }
            if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                    words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else if (ShellSyntax.Contains(c))
            {
                return ["/bin/sh", "-c", command.Trim()];
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (quote != '\0')
            return ["/bin/sh", "-c", command.Trim()];
        if (inWord)
            words.Add(word.ToString());
        return words;
    }
}
