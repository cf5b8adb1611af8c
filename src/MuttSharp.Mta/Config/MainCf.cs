using System.Text;

namespace MuttSharp.Mta.Config;

/// <summary>
/// A main.cf file as written, in Postfix's syntax: <c>name = value</c>, lines whose first non-blank
/// character is <c>#</c> are comments, a line that begins with white space continues the previous
/// definition, and the last definition of a name wins. Values are kept unexpanded; <see cref="MtaParameters"/>
/// expands them. Malformed lines become <see cref="Diagnostics"/>, never exceptions.
/// </summary>
public sealed class MainCf
{
    private readonly string[] lines;
    private readonly Dictionary<string, MainCfEntry> effective;

    private MainCf(string path, bool exists, string[] lines, List<MainCfEntry> entries, List<ConfigDiagnostic> diagnostics)
    {
        Path = path;
        Exists = exists;
        this.lines = lines;
        Entries = entries;
        Diagnostics = diagnostics;
        effective = new Dictionary<string, MainCfEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
            effective[entry.Name] = entry;
    }

    /// <summary>The file name, used in every diagnostic.</summary>
    public string Path { get; }

    /// <summary>False when the file did not exist (every parameter then has its default).</summary>
    public bool Exists { get; }

    /// <summary>Every definition, in file order, including ones a later line overrides.</summary>
    public IReadOnlyList<MainCfEntry> Entries { get; }

    /// <summary>Malformed lines, each naming its line and what was expected.</summary>
    public IReadOnlyList<ConfigDiagnostic> Diagnostics { get; }

    /// <summary>The definitions that take effect (the last one of each name), in the order they first appear.</summary>
    public IEnumerable<MainCfEntry> EffectiveEntries => effective.Values.OrderBy(e => e.Line);

    /// <summary>The value main.cf gives <paramref name="name"/> (its last definition), unexpanded.</summary>
    public bool TryGetValue(string name, out string value)
    {
        if (effective.TryGetValue(name, out var entry))
        {
            value = entry.Value;
            return true;
        }
        value = "";
        return false;
    }

    /// <summary>An empty configuration for a file that does not exist.</summary>
    public static MainCf Missing(string path) => new(path, false, [], [], []);

    /// <summary>Reads main.cf; a missing file gives <see cref="Missing"/>.</summary>
    public static async Task<MainCf> LoadAsync(string path, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Missing(path);
        }
        return Parse(text, path);
    }

    /// <summary>Parses main.cf text; <paramref name="path"/> names the file in diagnostics.</summary>
    public static MainCf Parse(string text, string path)
    {
        string[] lines = SplitLines(text);
        var entries = new List<MainCfEntry>();
        var diagnostics = new List<ConfigDiagnostic>();
        var value = new StringBuilder();
        int start = 0, last = 0;

        void Flush()
        {
            if (start == 0)
                return;
            if (TryParseDefinition(value.ToString(), out string name, out string parsed, out string? error))
                entries.Add(new MainCfEntry(name, parsed, start, last));
            else
                diagnostics.Add(new ConfigDiagnostic(path, start, error!));
            value.Clear();
            start = 0;
        }

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
                value.Append(' ').Append(trimmed);
                last = i + 1;
                continue;
            }
            Flush();
            start = last = i + 1;
            value.Append(line.TrimEnd());
        }
        Flush();
        return new MainCf(path, true, lines, entries, diagnostics);
    }

    /// <summary>
    /// The file's text with <paramref name="edits"/> applied as <c>postconf -e</c> does: the first
    /// definition of each name is replaced in place (with its continuation lines), later definitions of
    /// it are dropped, names not yet defined are appended; comments and every other line are kept.
    /// </summary>
    public string WithEdits(IReadOnlyList<KeyValuePair<string, string>> edits)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, newValue) in edits)
            wanted[name] = newValue;
        var byStartLine = Entries.ToDictionary(e => e.Line);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var output = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            if (byStartLine.TryGetValue(i + 1, out var entry) && wanted.TryGetValue(entry.Name, out string? replacement))
            {
                if (written.Add(entry.Name))
                    output.Append(entry.Name).Append(" = ").Append(replacement).Append('\n');
                i = entry.LastLine - 1;
                continue;
            }
            output.Append(lines[i]).Append('\n');
        }
        foreach (var (name, newValue) in wanted)
            if (!written.Contains(name))
                output.Append(name).Append(" = ").Append(newValue).Append('\n');
        return output.ToString();
    }

    // A definition: name, optional blanks, '=', value; both sides trimmed.
    private static bool TryParseDefinition(string logicalLine, out string name, out string value, out string? error)
    {
        int equals = logicalLine.IndexOf('=');
        name = value = "";
        if (equals < 0)
        {
            error = $"missing '=' after parameter name: \"{logicalLine}\"";
            return false;
        }
        name = logicalLine[..equals].Trim();
        value = logicalLine[(equals + 1)..].Trim();
        if (name.Length == 0)
        {
            error = "missing parameter name before '='";
            return false;
        }
        foreach (char c in name)
        {
            if (!IsNameChar(c))
            {
                error = $"bad parameter name \"{name}\": expected letters, digits and '_'";
                return false;
            }
        }
        error = null;
        return true;
    }

    internal static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static string[] SplitLines(string text)
    {
        if (text.Length == 0)
            return [];
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
