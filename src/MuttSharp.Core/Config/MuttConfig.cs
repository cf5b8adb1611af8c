using System.Text.RegularExpressions;
using MuttSharp.Core.Config.Muttrc;
using MuttSharp.Core.Config.Variables;

namespace MuttSharp.Core.Config;

/// <summary>
/// The loaded configuration: every variable's typed value, the lists the muttrc commands build
/// (aliases, mailboxes, headers, hooks, ...), the errors met while reading, and the means to run
/// more commands (<c>-e</c>, the <c>:</c> prompt, hooks) against it.
/// </summary>
public sealed partial class MuttConfig
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userVariables = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, object> _extensions = [];
    private readonly List<MuttrcError> _errors = [];
    private readonly List<string> _messages = [];

    /// <summary>Creates a configuration holding every variable's default.</summary>
    /// <param name="environment">Home, environment variables and user facts; the process's when null.</param>
    /// <param name="commands">The muttrc commands available; <see cref="MuttrcCommandRegistry.CreateDefault"/> when null.</param>
    /// <param name="variables">The variable table; <see cref="VariableTable.Default"/> when null.</param>
    public MuttConfig(MuttEnvironment? environment = null, MuttrcCommandRegistry? commands = null, VariableTable? variables = null)
    {
        Environment = environment ?? MuttEnvironment.FromProcess();
        Commands = commands ?? MuttrcCommandRegistry.CreateDefault();
        Variables = variables ?? VariableTable.Default;
        Interpreter = new MuttrcInterpreter(this);
        foreach (var definition in Variables.All)
            ResetVariable(definition);
    }

    /// <summary>The environment the configuration was read in (<c>setenv</c> changes it).</summary>
    public MuttEnvironment Environment { get; }

    /// <summary>The commands a muttrc line may name; register more before reading files.</summary>
    public MuttrcCommandRegistry Commands { get; }

    /// <summary>The variable definitions.</summary>
    public VariableTable Variables { get; }

    /// <summary>Every error met so far, in order; reading continues after each.</summary>
    public IReadOnlyList<MuttrcError> Errors => _errors;

    /// <summary>What <c>echo</c> printed, in order (the reader shows these at start).</summary>
    public IReadOnlyList<string> Messages => _messages;

    /// <summary>The muttrc files read, in order, as named.</summary>
    public IReadOnlyList<string> SourcedFiles => Interpreter.SourcedFiles;

    internal MuttrcInterpreter Interpreter { get; }

    /// <summary>The value of a boolean variable.</summary>
    public bool GetBool(string name) => (bool)Get(name, VariableType.Boolean);

    /// <summary>The value of a quad-option variable.</summary>
    public QuadOption GetQuad(string name) => (QuadOption)Get(name, VariableType.Quad);

    /// <summary>The value of a number variable.</summary>
    public long GetNumber(string name) => (long)Get(name, VariableType.Number);

    /// <summary>The value of a string, regex, address or mailbox-type variable, as set.</summary>
    public string GetString(string name) => (string)Get(name, VariableType.String, VariableType.Regex, VariableType.Address, VariableType.Magic, VariableType.Path);

    /// <summary>The value of a path variable, expanded (<c>~</c>, <c>+</c>, <c>=</c>, ...) when it was set; empty when unset.</summary>
    public string GetPath(string name) => (string)Get(name, VariableType.Path);

    /// <summary>The value of a sort variable.</summary>
    public SortOrder GetSort(string name) => (SortOrder)Get(name, VariableType.Sort);

    /// <summary>
    /// A regex variable compiled as Mutt uses it: case-insensitive unless it contains an upper-case
    /// letter; a leading <c>!</c> (as in <c>$mask</c>) is left for the caller to honour. Null when empty.
    /// </summary>
    public Regex? GetRegex(string name)
    {
        string pattern = (string)Get(name, VariableType.Regex);
        return pattern.Length > 0 && VariableValues.TryCompile(pattern, out var regex, out _) ? regex : null;
    }

    /// <summary>A user variable (<c>$my_*</c>), or null when it was never set.</summary>
    public string? GetUserVariable(string name) => _userVariables.GetValueOrDefault(name);

    /// <summary>Every user variable set, by name.</summary>
    public IReadOnlyDictionary<string, string> UserVariables => _userVariables;

    /// <summary>Sets a variable from text as <c>set name=value</c> would; on error the variable keeps its value.</summary>
    public bool TrySetVariable(string name, string value, out string? error)
    {
        if (IsUserVariableName(name))
        {
            _userVariables[name] = value;
            error = null;
            return true;
        }
        if (!Variables.TryFind(name, out var definition))
        {
            error = $"{name}: unknown variable";
            return false;
        }
        if (!VariableValues.TryParse(definition, value, ExpandPath, out object parsed, out error))
            return false;
        _values[definition.Name] = parsed;
        return true;
    }

    /// <summary>The line <c>-Q name</c> prints (<c>sort=threads</c>, <c>beep is set</c>, <c>folder="~/Mail"</c>), or null for an unknown name.</summary>
    public string? QueryVariable(string name)
    {
        if (IsUserVariableName(name))
            return _userVariables.TryGetValue(name, out string? user) ? $"{name}=\"{MuttString.Escape(user)}\"" : null;
        if (!Variables.TryFind(name, out var definition))
            return null;
        return VariableValues.Format(name, definition, _values[definition.Name], PrettyPath);
    }

    /// <summary>Every variable as <c>-D</c> prints it, in Mutt's order.</summary>
    public IEnumerable<string> DumpVariables()
    {
        foreach (var definition in Variables.All)
            yield return VariableValues.Format(definition.Name, definition, _values[definition.Name], PrettyPath);
    }

    /// <summary>A typed object other muttrc commands keep their state in (a colour table, a key map), created on first use.</summary>
    public T GetExtension<T>() where T : class, new()
    {
        if (!_extensions.TryGetValue(typeof(T), out object? extension))
            _extensions[typeof(T)] = extension = new T();
        return (T)extension;
    }

    /// <summary>Runs one muttrc line (several commands may be separated by <c>;</c>) as <c>-e</c> or the <c>:</c> prompt does.</summary>
    /// <param name="line">The command text.</param>
    /// <param name="source">Where it came from, for error messages: <c>command line</c> by default (as Mutt labels <c>-e</c>), null for the prompt.</param>
    /// <param name="cancellationToken">Cancels a backtick or <c>source</c> the line runs.</param>
    /// <returns>False when the line had an error (also added to <see cref="Errors"/>).</returns>
    public Task<bool> ExecuteAsync(string line, string? source = MuttrcInterpreter.CommandLineSource, CancellationToken cancellationToken = default) =>
        Interpreter.ExecuteLineAsync(line, source, 0, cancellationToken);

    /// <summary>Reads a muttrc file (or, when it ends in <c>|</c>, a command's output) as <c>source</c> does.</summary>
    /// <returns>False when the file could not be read or had errors (all added to <see cref="Errors"/>, ending with <c>source: errors in</c> the file).</returns>
    public async Task<bool> SourceAsync(string path, CancellationToken cancellationToken = default)
    {
        string? error = await Interpreter.SourceAsync(path, cancellationToken).ConfigureAwait(false);
        if (error is not null)
            AddError(new MuttrcError(null, 0, error));
        return error is null;
    }

    /// <summary>Expands a path as Mutt does: <c>~</c>, <c>~user</c>, <c>+</c>/<c>=</c> ($folder), <c>!</c> ($spoolfile), <c>&gt;</c> ($mbox), <c>&lt;</c> ($record).</summary>
    public string ExpandPath(string path) => PathExpander.Expand(path, this);

    /// <summary>The short form Mutt prints a path in: <c>=</c> under $folder, <c>~</c> under home, relative under the working directory.</summary>
    public string PrettyPath(string path) => PathExpander.Pretty(path, this);

    /// <summary>Mutt's <c>$alias_file</c> defaults to the user's muttrc; applied unless the variable was already changed.</summary>
    internal void UseMuttrcAsAliasFile(string muttrc)
    {
        if (Variables.TryFind("alias_file", out var aliasFile) && GetPath("alias_file") == ExpandPath(aliasFile.Default))
            SetRaw(aliasFile, Path.GetFullPath(muttrc, Environment.WorkingDirectory));
    }

    internal void AddError(MuttrcError error) => _errors.Add(error);

    internal void AddMessage(string message) => _messages.Add(message);

    internal void SetUserVariable(string name, string value) => _userVariables[name] = value;

    internal bool RemoveUserVariable(string name) => _userVariables.Remove(name);

    internal object GetRaw(VariableDefinition definition) => _values[definition.Name];

    internal void SetRaw(VariableDefinition definition, object value) => _values[definition.Name] = value;

    /// <summary>Restores a variable's default (as <c>reset</c> does).</summary>
    internal void ResetVariable(VariableDefinition definition)
    {
        string text = RuntimeDefaults.TryGet(definition.Name, this, out string? runtime) ? runtime : definition.Default;
        if (!VariableValues.TryParse(definition, text, ExpandPath, out object value, out _))
            VariableValues.TryParse(definition, definition.Default, ExpandPath, out value, out _);
        _values[definition.Name] = value;
    }

    internal static bool IsUserVariableName(string name) => name.StartsWith("my_", StringComparison.Ordinal) && name.Length > 3;

    private object Get(string name, params VariableType[] types)
    {
        if (!Variables.TryFind(name, out var definition))
            throw new ArgumentException($"{name}: unknown variable", nameof(name));
        if (Array.IndexOf(types, definition.Type) < 0)
            throw new ArgumentException($"{name} is a {definition.Type} variable, not {string.Join(" or ", types)}", nameof(name));
        return _values[definition.Name];
    }
}
