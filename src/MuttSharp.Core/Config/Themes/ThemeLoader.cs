using MuttSharp.Core.Config.Colors;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace MuttSharp.Core.Config.Themes;

/// <summary>
/// Reads a theme file (TOML, schema in docs/themes.md). Every entry becomes the <c>color</c> or
/// <c>mono</c> line it stands for and goes through <see cref="ColorCommands"/>, so a theme accepts
/// exactly what a muttrc accepts; every problem is reported with the file, line and key.
/// </summary>
public static class ThemeLoader
{
    private static readonly HashSet<string> SpecKeys = ["fg", "bg", "attrs", "mono"];

    /// <summary>Reads a theme file. A file that cannot be read is one error on line 0.</summary>
    public static bool TryLoad(string path, ColorOptions? options, out Theme theme, out IReadOnlyList<ThemeError> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            theme = Theme.Mutt;
            errors = [new ThemeError(path, 0, "", e.Message)];
            return false;
        }
        string name = System.IO.Path.GetFileNameWithoutExtension(path);
        return TryParse(text, path, name, options, out theme, out errors);
    }

    /// <summary>Reads theme text; <paramref name="path"/> names it in errors.</summary>
    public static bool TryParse(string toml, string path, string name, ColorOptions? options, out Theme theme, out IReadOnlyList<ThemeError> errors)
    {
        options ??= ColorOptions.Default;
        var list = new List<ThemeError>();
        var colors = new ColorTable();
        var mono = new ColorTable();
        string description = "";

        var doc = SyntaxParser.Parse(toml, path, true);
        foreach (var d in doc.Diagnostics.Where(d => d.Kind == DiagnosticMessageKind.Error))
            list.Add(new ThemeError(path, d.Span.Start.Line + 1, "", d.Message));

        if (list.Count == 0)
        {
            var reader = new Reader(path, options, colors, mono, list);
            foreach (var kv in doc.KeyValues)
            {
                string key = reader.KeyText(kv.Key);
                if (key == "description")
                    description = reader.Text(kv.Value, key) ?? "";
                else if (key == "name")
                    name = reader.Text(kv.Value, key) ?? name;
                else
                    reader.Error(kv, key, "unknown key (expected name, description, [objects], [[index]], [[header]] or [[body]])");
            }
            var counts = new Dictionary<string, int>();
            foreach (var table in doc.Tables)
                reader.Table(table, counts);
        }

        errors = list;
        theme = list.Count == 0 ? new Theme(name, description, path, colors, mono) : Theme.Mutt;
        return list.Count == 0;
    }

    private sealed class Reader(string path, ColorOptions options, ColorTable colors, ColorTable mono, List<ThemeError> errors)
    {
        public void Table(TableSyntaxBase table, Dictionary<string, int> counts)
        {
            string name = table.Name is null ? "" : KeyText(table.Name);
            if (table is TableSyntax && name == "objects")
            {
                foreach (var item in table.Items.OfType<KeyValueSyntax>())
                {
                    string obj = KeyText(item.Key);
                    var fields = Fields(item.Value, $"objects.{obj}");
                    if (fields is not null)
                        Apply(item, $"objects.{obj}", obj.Split(' ', StringSplitOptions.RemoveEmptyEntries), fields, null);
                }
            }
            else if (table is TableArraySyntax && name is "index" or "header" or "body")
            {
                int n = counts[name] = counts.GetValueOrDefault(name) + 1;
                string where = $"{name}[{n}]";
                var fields = new Dictionary<string, (ValueSyntax Value, SyntaxNode Node)>();
                foreach (var item in table.Items.OfType<KeyValueSyntax>())
                    fields[KeyText(item.Key)] = (item.Value!, item);
                string patternKey = name == "index" ? "pattern" : "regex";
                if (!fields.Remove(patternKey, out var pattern))
                {
                    Error(table, where, $"missing {patternKey}");
                    return;
                }
                if (Text(pattern.Value, $"{where}.{patternKey}") is { } text)
                    Apply(pattern.Node, where, [name], fields, text);
            }
            else
            {
                Error(table, name, "unknown table (expected [objects], [[index]], [[header]] or [[body]])");
            }
        }

        // One theme entry as the color and mono lines it stands for.
        private void Apply(SyntaxNode node, string where, string[] obj, Dictionary<string, (ValueSyntax Value, SyntaxNode Node)> fields, string? pattern)
        {
            foreach (var (key, field) in fields)
            {
                if (!SpecKeys.Contains(key))
                {
                    Error(field.Node, $"{where}.{key}", "unknown key (expected fg, bg, attrs or mono)");
                    return;
                }
            }
            string[] tail = pattern is null ? [] : [pattern];
            if (fields.ContainsKey("fg") || fields.ContainsKey("bg") || fields.ContainsKey("attrs"))
            {
                var attrs = fields.TryGetValue("attrs", out var a) ? Strings(a.Value, $"{where}.attrs") : [];
                string? fg = fields.TryGetValue("fg", out var f) ? Text(f.Value, $"{where}.fg") : "default";
                string? bg = fields.TryGetValue("bg", out var b) ? Text(b.Value, $"{where}.bg") : "default";
                if (attrs is null || fg is null || bg is null)
                    return;
                string[] args = [.. obj, .. attrs, fg, bg, .. tail];
                if (ColorCommands.Color(colors, args, options) is { } error)
                    Error(node, where, error);
            }
            if (fields.TryGetValue("mono", out var m) && Text(m.Value, $"{where}.mono") is { } attribute)
            {
                if (ColorCommands.Mono(mono, [.. obj, attribute, .. tail], options) is { } error)
                    Error(m.Node, $"{where}.mono", error);
            }
        }

        private Dictionary<string, (ValueSyntax Value, SyntaxNode Node)>? Fields(ValueSyntax? value, string key)
        {
            if (value is not InlineTableSyntax inline)
            {
                Error(value, key, "expected an inline table such as { fg = \"red\", bg = \"default\" }");
                return null;
            }
            var fields = new Dictionary<string, (ValueSyntax, SyntaxNode)>();
            foreach (var item in inline.Items)
                if (item.KeyValue is { } kv)
                    fields[KeyText(kv.Key)] = (kv.Value!, kv);
            return fields;
        }

        public string? Text(ValueSyntax? value, string key)
        {
            if (value is StringValueSyntax s && s.Value is not null)
                return s.Value;
            Error(value, key, "expected a string");
            return null;
        }

        private List<string>? Strings(ValueSyntax? value, string key)
        {
            if (value is StringValueSyntax s && s.Value is not null)
                return [s.Value];
            if (value is ArraySyntax array)
            {
                var list = new List<string>();
                foreach (var item in array.Items)
                {
                    if (item.Value is not StringValueSyntax v || v.Value is null)
                    {
                        Error(item, key, "expected an array of strings such as [\"bold\", \"underline\"]");
                        return null;
                    }
                    list.Add(v.Value);
                }
                return list;
            }
            Error(value, key, "expected an array of strings such as [\"bold\", \"underline\"]");
            return null;
        }

        public string KeyText(KeySyntax? key)
        {
            if (key is null)
                return "";
            var parts = new List<string> { Part(key.Key) };
            foreach (var dotted in key.DotKeys)
                parts.Add(Part(dotted.Key));
            return string.Join('.', parts);

            static string Part(BareKeyOrStringValueSyntax? part) => part switch
            {
                BareKeySyntax bare => bare.Key?.Text ?? "",
                StringValueSyntax quoted => quoted.Value ?? "",
                _ => "",
            };
        }

        public void Error(SyntaxNode? node, string key, string message) =>
            errors.Add(new ThemeError(path, node is null ? 0 : node.Span.Start.Line + 1, key, message));
    }
}
