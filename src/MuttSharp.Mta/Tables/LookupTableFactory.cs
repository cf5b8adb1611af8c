using System.Collections.Concurrent;
using MuttSharp.Mta.Routing;

namespace MuttSharp.Mta.Tables;

/// <summary>
/// Opens tables from their Postfix names (<c>hash:/etc/aliases</c>, <c>texthash:/etc/muttsharp/virtual</c>,
/// <c>inline:{ a=b }</c>, <c>static:x</c>, <c>regexp:/file</c>, <c>unix:passwd.byname</c>, any of them
/// behind <c>proxy:</c>). An unsupported type is a configuration error that names the parameter.
/// File tables are shared: two parameters naming the same file read it once.
/// </summary>
public sealed class LookupTableFactory
{
    /// <summary>The table types, by Postfix name, and how each is opened from the text after the colon.</summary>
    private readonly Dictionary<string, Func<string, TableSyntax, (ILookupTable? Table, string Error)>> openers;
    private readonly ConcurrentDictionary<string, ILookupTable> cache = new(StringComparer.Ordinal);

    /// <param name="users">The source of <c>unix:passwd.byname</c>.</param>
    /// <param name="warn">Receives table warnings (stale index, bad source lines).</param>
    public LookupTableFactory(ISystemUsers users, Action<string> warn)
    {
        openers = new(StringComparer.Ordinal)
        {
            ["hash"] = (name, syntax) => (new FileTable("hash", name, syntax, warn), ""),
            ["texthash"] = (name, syntax) => (new FileTable("texthash", name, syntax, warn), ""),
            ["inline"] = (name, _) => InlineTable.TryParse(name, out var table, out string error) ? (table, "") : (null, error),
            ["static"] = (name, _) => (new StaticTable(name), ""),
            ["regexp"] = (name, _) => (new RegexpTable(name, warn), ""),
            ["unix"] = (name, _) => name == "passwd.byname"
                ? (new PasswdTable(users), "")
                : (null, $"unsupported unix table \"unix:{name}\": expected unix:passwd.byname"),
        };
    }

    /// <summary>The table types this build supports.</summary>
    public IEnumerable<string> SupportedTypes => openers.Keys;

    /// <summary>Opens one table.</summary>
    /// <param name="spec">The table as written, <c>type:name</c>.</param>
    /// <param name="parameter">The main.cf parameter that names it (for the error).</param>
    /// <param name="syntax">How a file-backed table's source is written.</param>
    /// <param name="table">The table, when it could be opened.</param>
    /// <param name="error">What is wrong, naming the parameter, when it could not.</param>
    public bool TryOpen(string spec, string parameter, TableSyntax syntax, out ILookupTable table, out string error)
    {
        table = null!;
        string inner = spec.StartsWith("proxy:", StringComparison.Ordinal) ? spec["proxy:".Length..] : spec;
        int colon = inner.IndexOf(':');
        if (colon <= 0)
        {
            error = $"parameter {parameter}: bad table \"{spec}\": expected type:name";
            return false;
        }
        string type = inner[..colon];
        if (!openers.TryGetValue(type, out var open))
        {
            error = $"parameter {parameter}: unsupported dictionary type: {type} (in \"{spec}\"; supported: {string.Join(", ", openers.Keys)})";
            return false;
        }
        string key = $"{syntax}:{inner}";
        if (cache.TryGetValue(key, out var cached))
        {
            table = cached;
            error = "";
            return true;
        }
        var (opened, openError) = open(inner[(colon + 1)..], syntax);
        if (opened is null)
        {
            error = $"parameter {parameter}: {openError}";
            return false;
        }
        table = cache.GetOrAdd(key, opened);
        error = "";
        return true;
    }

    /// <summary>Opens every table of a list-valued parameter; errors are collected, the good tables still returned.</summary>
    public IReadOnlyList<ILookupTable> OpenAll(IEnumerable<string> specs, string parameter, TableSyntax syntax, ICollection<string> errors)
    {
        var tables = new List<ILookupTable>();
        foreach (string spec in specs)
        {
            if (TryOpen(spec, parameter, syntax, out var table, out string error))
                tables.Add(table);
            else
                errors.Add(error);
        }
        return tables;
    }
}
