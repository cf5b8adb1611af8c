using System.Text;

namespace MuttSharp.Core.Mailcap;

/// <summary>
/// A mailcap command made safe to run. The mailcap's own text goes to <c>/bin/sh -c</c>, as
/// every mailcap user expects (pipes, redirections), but nothing from the message is ever put into
/// that text: <c>%s</c>, <c>%t</c> and <c>%{param}</c> become the positional parameters
/// <c>"$1"</c>, <c>"$2"</c>... and their values travel as separate arguments, so a hostile
/// file name or charset is data to the shell, never syntax. Inside the mailcap's own quotes the
/// parameter is spliced so that it stays a single word (<c>'%s'</c> becomes <c>''"$1"''</c>).
/// </summary>
/// <param name="Script">The shell text: the mailcap command with its <c>%</c> escapes replaced by parameters.</param>
/// <param name="Arguments">The values of <c>$1</c>, <c>$2</c>...</param>
/// <param name="UsesFile">True when the command names the file (<c>%s</c>); otherwise it reads the part on its standard input.</param>
public sealed record MailcapCommand(string Script, IReadOnlyList<string> Arguments, bool UsesFile)
{
    /// <summary>The shell the script runs under.</summary>
    public const string Shell = "/bin/sh";

    /// <summary>The full argument vector: <c>/bin/sh -c SCRIPT mailcap ARG1 ARG2...</c>.</summary>
    public IReadOnlyList<string> Argv => [Shell, "-c", Script, "mailcap", .. Arguments];

    /// <summary>
    /// The argument vector as one shell command line, every word single-quoted, for runners that
    /// take a command line (the reader's external-command runner): the shell that reads it only
    /// removes the quotes, so the words arrive exactly as <see cref="Argv"/> has them.
    /// </summary>
    public string ToShellLine() => string.Join(' ', Argv.Select(word => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));

    /// <summary>
    /// Expands <paramref name="template"/> (RFC 1524 section 4): <c>%s</c> the file, <c>%t</c> the
    /// type, <c>%{name}</c> a Content-Type parameter, <c>%%</c> and <c>\%</c> a percent sign.
    /// </summary>
    public static MailcapCommand Expand(string template, string file, string type, Func<string, string?> parameter)
    {
        var script = new StringBuilder(template.Length + 16);
        var arguments = new List<string>();
        bool usesFile = false;
        char quote = '\0';
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c == '\\' && i + 1 < template.Length && quote != '\'')
            {
                if (template[i + 1] == '%')
                    script.Append('%');
                else
                    script.Append(c).Append(template[i + 1]);
                i++;
                continue;
            }
            if (c is '\'' or '"')
            {
                if (quote == '\0')
                    quote = c;
                else if (quote == c)
                    quote = '\0';
                script.Append(c);
                continue;
            }
            if (c != '%' || i + 1 >= template.Length)
            {
                script.Append(c);
                continue;
            }
            char code = template[i + 1];
            string? value = null;
            int consumed = 1;
            if (code == 's')
            {
                value = file;
                usesFile = true;
            }
            else if (code == 't')
            {
                value = type;
            }
            else if (code == '{' && template.IndexOf('}', i + 2) is int close and > 0)
            {
                value = parameter(template[(i + 2)..close]) ?? "";
                consumed = close - i;
            }
            else if (code == '%')
            {
                script.Append('%');
                i++;
                continue;
            }
            if (value is null)
            {
                script.Append(c);
                continue;
            }
            arguments.Add(value);
            script.Append(Reference(arguments.Count, quote));
            i += consumed;
        }
        return new MailcapCommand(script.ToString(), arguments, usesFile);
    }

    // "$n" expands to exactly one word whatever it holds; inside the mailcap's quotes it is spliced accordingly.
    private static string Reference(int n, char quote) => quote switch
    {
        '\'' => $"'\"${{{n}}}\"'",
        '"' => $"${{{n}}}",
        _ => $"\"${{{n}}}\"",
    };
}
