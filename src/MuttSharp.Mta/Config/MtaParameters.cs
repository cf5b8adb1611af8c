using System.Text.RegularExpressions;

namespace MuttSharp.Mta.Config;

/// <summary>
/// The effective parameter namespace: main.cf's definitions over the built-in defaults, expanded
/// lazily and recursively on demand (<c>$name</c> is looked up when used, as Postfix does), with
/// reference loops reported instead of followed. Safe to use from several threads.
/// </summary>
public sealed partial class MtaParameters
{
    private readonly Dictionary<string, string> expanded = new(StringComparer.Ordinal);
    private readonly HashSet<string> expanding = new(StringComparer.Ordinal);
    private readonly List<ConfigDiagnostic> diagnostics = [];
    private readonly Lock gate = new();
    private readonly ParameterExpander expander;

    /// <param name="mainCf">The parsed main.cf (or <see cref="MainCf.Missing"/>).</param>
    /// <param name="host">The machine's identity; <see cref="HostIdentity.FromMachine"/> when null.</param>
    public MtaParameters(MainCf mainCf, HostIdentity? host = null)
    {
        MainCf = mainCf;
        Host = host ?? HostIdentity.FromMachine();
        expander = new ParameterExpander(ExpandLocked, message => diagnostics.Add(new ConfigDiagnostic(mainCf.Path, 0, message)));
    }

    /// <summary>The main.cf these parameters come from.</summary>
    public MainCf MainCf { get; }

    /// <summary>The machine identity host-derived defaults come from.</summary>
    public HostIdentity Host { get; }

    /// <summary>Problems met while expanding (reference loops, malformed <c>${...}</c>), so far.</summary>
    public IReadOnlyList<ConfigDiagnostic> Diagnostics
    {
        get
        {
            lock (gate)
                return diagnostics.ToArray();
        }
    }

    /// <summary>Whether <paramref name="name"/> is a parameter MuttSharp knows.</summary>
    public static bool IsKnown(string name) => ParameterTable.Find(name) is not null;

    /// <summary>The built-in default of a known parameter, unexpanded (host-derived ones computed); null if unknown.</summary>
    public string? DefaultValue(string name)
    {
        var definition = ParameterTable.Find(name);
        if (definition?.Computed is { } compute)
        {
            lock (gate)
                return compute(this);
        }
        return definition?.Default;
    }

    /// <summary>The effective value, unexpanded: main.cf's when set, else the default; null when neither exists.</summary>
    public string? Value(string name) => MainCf.TryGetValue(name, out string value) ? value : DefaultValue(name);

    /// <summary>The effective value with every <c>$name</c> expanded; empty for an unknown, unset name.</summary>
    public string Expand(string name)
    {
        lock (gate)
            return ExpandLocked(name);
    }

    /// <summary>Expands <c>$name</c> references in arbitrary text against these parameters.</summary>
    public string ExpandText(string text)
    {
        lock (gate)
            return expander.Expand(text);
    }

    /// <summary>
    /// main.cf definitions that no MuttSharp code reads and no other value refers to, reported as
    /// Postfix reports them: <c>/etc/muttsharp/main.cf: unused parameter: foo=bar</c>.
    /// </summary>
    public IReadOnlyList<ConfigDiagnostic> UnusedParameters()
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in MainCf.Entries)
            foreach (Match match in Reference().Matches(entry.Value))
                referenced.Add(match.Groups["name"].Value);
        return MainCf.EffectiveEntries
            .Where(e => !IsKnown(e.Name) && !referenced.Contains(e.Name))
            .Select(e => new ConfigDiagnostic(MainCf.Path, 0, $"unused parameter: {e.Name}={e.Value}"))
            .ToArray();
    }

    private string ExpandLocked(string name)
    {
        if (expanded.TryGetValue(name, out string? cached))
            return cached;
        if (!expanding.Add(name))
        {
            diagnostics.Add(new ConfigDiagnostic(MainCf.Path, 0, $"parameter {name}: recursive reference to ${name}; expanded as empty"));
            return "";
        }
        try
        {
            string raw = MainCf.TryGetValue(name, out string value)
                ? value
                : ParameterTable.Find(name) is { } definition
                    ? definition.Computed?.Invoke(this) ?? definition.Default
                    : "";
            string result = expander.Expand(raw);
            expanded[name] = result;
            return result;
        }
        finally
        {
            expanding.Remove(name);
        }
    }

    [GeneratedRegex(@"\$[{(]?(?<name>[A-Za-z0-9_]+)")]
    private static partial Regex Reference();
}
