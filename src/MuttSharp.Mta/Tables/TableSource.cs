using System.Text;
using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Tables;

/// <summary>
/// Reads the text form of a table, as postmap(1) and postalias(1) do: <c>#</c> comment lines and
/// blank lines are skipped, a line beginning with white space continues the previous entry, and each
/// entry is <c>key value</c> (<see cref="TableSyntax.Map"/>) or <c>name: value</c> (<see cref="TableSyntax.Aliases"/>).
/// Bad lines become diagnostics naming the line; the rest of the file still loads.
/// </summary>
public static class TableSource
{
    /// <summary>Parses source text; <paramref name="path"/> names the file in diagnostics.</summary>
    public static (IReadOnlyList<TableEntry> Entries, IReadOnlyList<ConfigDiagnostic> Diagnostics) Parse(string text, string path, TableSyntax syntax)
    {
        var entries = new List<TableEntry>();
        var diagnostics = new List<ConfigDiagnostic>();
        var logical = new StringBuilder();
        int start = 0;

        void Flush()
        {
            if (start == 0)
                return;
            if (TryParseEntry(logical.ToString(), syntax, out string key, out string value, out string? error))
                entries.Add(new TableEntry(key, value, start));
            else
                diagnostics.Add(new ConfigDiagnostic(path, start, error!));
            logical.Clear();
            start = 0;
        }

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
                    diagnostics.Add(new ConfigDiagnostic(path, i + 1, "entry must not start with white space: expected a key at the start of the line"));
                else
                    logical.Append(' ').Append(trimmed);
                continue;
            }
            Flush();
            start = i + 1;
            logical.Append(line.TrimEnd());
        }
        Flush();
        return (entries, diagnostics);
    }

    private static bool TryParseEntry(string text, TableSyntax syntax, out string key, out string value, out string? error)
    {
        key = value = "";
        if (syntax == TableSyntax.Aliases)
        {
            int colon = FindAliasColon(text);
            if (colon <= 0)
            {
                error = "need name:value pair";
                return false;
            }
            key = text[..colon].Trim();
            if (key.StartsWith('"') && key.EndsWith('"') && key.Length >= 2)
                key = key[1..^1];
            value = text[(colon + 1)..].Trim();
        }
        else
        {
            int blank = text.IndexOfAny([' ', '\t']);
            if (blank < 0)
            {
                key = text;
                value = "";
            }
            else
            {
                key = text[..blank];
                value = text[(blank + 1)..].Trim();
            }
        }
        if (value.Length == 0)
        {
            error = syntax == TableSyntax.Aliases ? $"need name:value pair: no value after \"{key}:\"" : "expected format: key whitespace value";
            return false;
        }
        error = null;
        return true;
    }

    // The colon ending the alias name; a quoted name may contain one.
    private static int FindAliasColon(string text)
    {
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
                quoted = !quoted;
            else if (text[i] == ':' && !quoted)
                return i;
        }
        return -1;
    }
}
