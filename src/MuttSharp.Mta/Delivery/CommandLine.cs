using System.Text;

namespace MuttSharp.Mta.Delivery;

/// <summary>
/// Splits an alias command (<c>"|/usr/bin/procmail -a x"</c>) into an argv: white space separates,
/// single and double quotes group, a backslash escapes. No shell ever sees it, so no expansion happens.
/// </summary>
public static class CommandLine
{
    /// <summary>The words of <paramref name="command"/>.</summary>
    public static IReadOnlyList<string> Split(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        for (int i = 0; i < command.Length; i++)
        {
            char c = command[i];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
                else if (c == '\\' && quote == '"' && i + 1 < command.Length)
                    word.Append(command[++i]);
                else
                    word.Append(c);
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                    words.Add(word.ToString());
                word.Clear();
                inWord = false;
                continue;
            }
            inWord = true;
            if (c is '"' or '\'')
                quote = c;
            else if (c == '\\' && i + 1 < command.Length)
                word.Append(command[++i]);
            else
                word.Append(c);
        }
        if (inWord)
            words.Add(word.ToString());
        return words;
    }
}
