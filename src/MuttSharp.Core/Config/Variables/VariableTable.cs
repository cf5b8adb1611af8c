using System.Diagnostics.CodeAnalysis;

namespace MuttSharp.Core.Config.Variables;

/// <summary>
/// Every configuration variable MuttSharp knows: Mutt 2.2's documented variables in Mutt's own order,
/// their synonyms, and MuttSharp's own (<c>theme</c>, <c>keymap</c>). Built from the data in
/// <see cref="VariableData"/>; there is no code per variable.
/// </summary>
public sealed class VariableTable
{
    private static readonly Dictionary<string, VariableType> TypeNames = new(StringComparer.Ordinal)
    {
        ["bool"] = VariableType.Boolean,
        ["quad"] = VariableType.Quad,
        ["number"] = VariableType.Number,
        ["string"] = VariableType.String,
        ["path"] = VariableType.Path,
        ["regex"] = VariableType.Regex,
        ["sort"] = VariableType.Sort,
        ["address"] = VariableType.Address,
        ["magic"] = VariableType.Magic,
    };

    private readonly Dictionary<string, VariableDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _synonyms = new(StringComparer.Ordinal);

    private VariableTable(List<VariableDefinition> definitions, Dictionary<string, string> synonyms)
    {
        All = definitions;
        foreach (var definition in definitions)
            _byName[definition.Name] = definition;
        _synonyms = synonyms;
    }

    /// <summary>The table shipped with MuttSharp.</summary>
    public static VariableTable Default { get; } = Parse(VariableData.Text);

    /// <summary>Every variable in Mutt's order (the order <c>-D</c> prints), synonyms excluded.</summary>
    public IReadOnlyList<VariableDefinition> All { get; }

    /// <summary>Old names Mutt still accepts, mapped to the variable they stand for (e.g. <c>edit_hdrs</c> to <c>edit_headers</c>).</summary>
    public IReadOnlyDictionary<string, string> Synonyms => _synonyms;

    /// <summary>Finds a variable by its name or a synonym.</summary>
    public bool TryFind(string name, [NotNullWhen(true)] out VariableDefinition? definition)
    {
        if (_synonyms.TryGetValue(name, out string? target))
            name = target;
        return _byName.TryGetValue(name, out definition);
    }

    /// <summary>Parses the table text: one variable per line, tab-separated name, type, default, acted (y/n), description.</summary>
    internal static VariableTable Parse(string text)
    {
        var definitions = new List<VariableDefinition>();
        var synonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            string[] fields = line.Split('\t');
            if (fields.Length is < 4 or > 5)
                throw new InvalidDataException($"variable table line {lineNumber}: expected 4 or 5 tab-separated fields, found {fields.Length}");
            if (fields[1] == "synonym")
            {
                synonyms[fields[0]] = fields[2];
                continue;
            }
            if (!TypeNames.TryGetValue(fields[1], out var type))
                throw new InvalidDataException($"variable table line {lineNumber}: unknown type '{fields[1]}'");
            definitions.Add(new VariableDefinition(fields[0], type, MuttString.Unescape(fields[2]), fields.Length == 5 ? fields[4] : "", fields[3] == "y",
                type == VariableType.Sort ? SortMethods.KindOf(fields[0]) : null));
        }
        return new VariableTable(definitions, synonyms);
    }
}
