using System.Diagnostics;
using System.Text;

namespace MuttSharp.Core.Config.Format;

/// <summary>
/// A format string ending in <c>|</c> (Mutt's "format filter"): the words before the bar are
/// expanded one by one and run as a command, and the command's output is what gets displayed.
/// Unlike Mutt, no shell is involved: the words become the argv directly, so an expanded Subject
/// full of quotes, <c>$( )</c> or <c>;</c> stays one inert argument. The command gets an empty
/// stdin and is killed after <see cref="FormatOptions.FilterTimeout"/>.
/// </summary>
internal static class FormatFilter
{
    /// <summary>Mutt reads at most one buffer of a filter's output; so do we.</summary>
    public const int MaxOutputChars = 8192;

    /// <summary>
    /// Splits the text before the trailing bar into words as Mutt's token reader does: blanks
    /// separate words; single quotes keep text literally; double quotes and backslashes escape.
    /// </summary>
    public static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                i++;
                continue;
            }

            inWord = true;
            if (c == '\'')
            {
                int close = text.IndexOf('\'', i + 1);
                close = close < 0 ? text.Length : close;
                word.Append(text, i + 1, close - i - 1);
                i = close + 1;
            }
            else if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    word.Append(text[i++]);
                }

                i++;
            }
            else if (c == '\\' && i + 1 < text.Length)
            {
                // Keep the backslash: the word is itself a format string, where \n means a newline.
                word.Append(c).Append(text[i + 1]);
                i += 2;
            }
            else
            {
                word.Append(c);
                i++;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Runs <paramref name="argv"/> and returns its stdout without trailing newlines, or "" when it cannot be run or times out.</summary>
    public static async Task<string> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (argv.Count == 0 || argv[0].Length == 0)
        {
            return "";
        }

        var start = new ProcessStartInfo(argv[0])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        for (int k = 1; k < argv.Count; k++)
        {
            start.ArgumentList.Add(argv[k]);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            if (!process.Start())
            {
                return "";
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return ""; // no such command: Mutt shows nothing either
        }

        process.StandardInput.Close();
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            Task drainErrors = process.StandardError.ReadToEndAsync(timer.Token);
            char[] buffer = new char[MaxOutputChars];
            int total = 0;
            while (total < buffer.Length)
            {
                int n = await process.StandardOutput.ReadAsync(buffer.AsMemory(total), timer.Token).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                total += n;
            }

            if (total == buffer.Length)
            {
                Kill(process); // it has said all we will show
            }

            await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
            await drainErrors.ConfigureAwait(false);
            return new string(buffer, 0, total).TrimEnd('\r', '\n');
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            return "";
        }
        finally
        {
            if (!process.HasExited)
            {
                Kill(process);
            }
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }
}
