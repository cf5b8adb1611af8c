using System.Text;

namespace MuttSharp.Core.Mailcap;

/// <summary>
/// Reads mailcap files (RFC 1524): <c>#</c> comments, backslash-newline continuations, fields
/// separated by <c>;</c> (<c>\;</c> is a literal semicolon), flags and <c>name=value</c> fields.
/// A malformed line is reported with its file and line and skipped, never thrown.
/// </summary>
public static class MailcapParser
{
    /// <summary>Parses <paramref name="text"/> read from <paramref name="fileName"/>; <paramref name="errors"/> gets one message per bad line.</summary>
    public static List<MailcapEntry> Parse(string text, string fileName, List<string> errors)
    {
        var entries = new List<MailcapEntry>();
        var logical = new StringBuilder();
        int firstLine = 0;
        int number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            if (logical.Length == 0)
                firstLine = number;
            // RFC 1524 section 3: a backslash at the end of a line joins it to the next.
            if (raw.EndsWith("\\") && !raw.EndsWith("\\\\"))
            {
                logical.Append(raw[..^1]);
                continue;
            }
            logical.Append(raw);
            string line = logical.ToString();
            logical.Clear();
            if (TryParseLine(line, $"{fileName}:{firstLine}", out var entry, out string? error))
            {
                if (entry is not null)
                    entries.Add(entry);
            }
            else
            {
                errors.Add($"{fileName}:{firstLine}: {error}");
            }
        }
        if (logical.Length > 0 && TryParseLine(logical.ToString(), $"{fileName}:{firstLine}", out var last, out _) && last is not null)
            entries.Add(last);
        return entries;
    }

    /// <summary>
    /// Parses one logical line (RFC 1524 section 3, "mailcap-entry"); a blank or comment line gives
    /// a null <paramref name="entry"/> and true.
    /// </summary>
    public static bool TryParseLine(string line, string source, out MailcapEntry? entry, out string? error)
    {
        entry = null;
        error = null;
        string trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed[0] == '#')
            return true;
        var fields = SplitFields(trimmed);
        if (fields.Count < 2)
        {
            error = "expected a type, a ';' and a view command";
            return false;
        }
        string type = fields[0].Trim().ToLowerInvariant();
        if (type.Length == 0 || type.Any(char.IsWhiteSpace))
        {
            error = $"expected a MIME type, not '{fields[0].Trim()}'";
            return false;
        }
        var result = new MailcapEntry(type, fields[1].Trim(), source);
        for (int i = 2; i < fields.Count; i++)
        {
            string field = fields[i].Trim();
            int eq = field.IndexOf('=');
            string name = (eq < 0 ? field : field[..eq]).Trim().ToLowerInvariant();
            string value = eq < 0 ? "" : field[(eq + 1)..].Trim();
            result = name switch
            {
                "copiousoutput" => result with { CopiousOutput = true },
                "needsterminal" => result with { NeedsTerminal = true },
                "test" => result with { Test = value },
                "nametemplate" => result with { NameTemplate = value },
                "description" => result with { Description = value.Trim('"') },
                "print" => result with { Print = value },
                "edit" => result with { Edit = value },
                "compose" => result with { Compose = value },
                _ => result, // x-... and fields this reader has no use for
            };
        }
        entry = result;
        return true;
    }

    // Fields end at an unescaped ';'; "\;" stands for ';' and every other backslash stays for the command.
    private static List<string> SplitFields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                if (line[i + 1] == ';')
                    current.Append(';');
                else
                    current.Append(c).Append(line[i + 1]);
                i++;
                continue;
            }
            if (c == ';')
            {
                fields.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
