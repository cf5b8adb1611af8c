namespace MuttSharp.Core.Config.Muttrc;

/// <summary>
/// Walks muttrc text with the tokeniser's quoting rules, without expanding anything: to find a quote
/// left open and the backtick commands a line will run.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>The index of a quote or backtick that is never closed before the end of the text (or an unquoted <c>#</c>), or null.</summary>
    public static int? FindUnbalancedQuote(string text)
    {
        int? open = null;
        Walk(text, (index, quote) => open = quote == '\0' ? null : open ?? index, _ => { });
        return open;
    }

    /// <summary>The text of every backtick command outside single quotes, in order.</summary>
    public static List<string> Backticks(string text)
    {
        var commands = new List<string>();
        Walk(text, (_, _) => { }, commands.Add);
        return commands;
    }

    /// <summary>Calls <paramref name="quoteChanged"/> when a quote opens or closes and <paramref name="backtick"/> for each command.</summary>
    private static void Walk(string text, Action<int, char> quoteChanged, Action<string> backtick)
    {
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (quote == '\0' && ch == '#')
                return;
            if (ch == '\\' && quote != '\'')
            {
                i++;
            }
            else if (ch == '`' && quote != '\'')
            {
                int close = MuttrcArguments.FindClosingBacktick(text, i + 1);
                if (close < 0)
                {
                    quoteChanged(i, ch);
                    return;
                }
                backtick(text[(i + 1)..close]);
                i = close;
            }
            else if (quote != '\0' && ch == quote)
            {
                quote = '\0';
                quoteChanged(i, quote);
            }
            else if (quote == '\0' && ch is '\'' or '"')
            {
                quote = ch;
                quoteChanged(i, quote);
            }
        }
    }
}
