using System.Text;

namespace MuttSharp.Mta.Config;

/// <summary>
/// One logical line of a Postfix-style file (main.cf, master.cf, lookup table sources, aliases):
/// blank lines and lines whose first non-blank character is <c>#</c> are skipped, and a line that
/// begins with white space continues the one before it (joined by one space).
/// </summary>
/// <param name="Line">The 1-based line it starts on.</param>
/// <param name="LastLine">The 1-based line of its last continuation line.</param>
/// <param name="Text">The joined text, without leading or trailing white space.</param>
internal sealed record LogicalLine(int Line, int LastLine, string Text)
{
    /// <summary>Splits <paramref name="text"/> into logical lines; a continuation with nothing to continue is reported and skipped.</summary>
    public static IReadOnlyList<LogicalLine> Read(string text, string path, ICollection<ConfigDiagnostic> diagnostics)
    {
        var result = new List<LogicalLine>();
        var current = new StringBuilder();
        int start = 0, last = 0;
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
                continue;
            if (char.IsWhiteSpace(line[0]))
            {
                if (start == 0)
                {
                    diagnostics.Add(new ConfigDiagnostic(path, i + 1, "logical line must not start with white space"));
                    continue;
                }
                current.Append(' ').Append(trimmed);
                last = i + 1;
                continue;
            }
            if (start != 0)
                result.Add(new LogicalLine(start, last, current.ToString()));
            current.Clear().Append(trimmed);
            start = last = i + 1;
        }
        if (start != 0)
            result.Add(new LogicalLine(start, last, current.ToString()));
        return result;
    }
}
