using System.Diagnostics.CodeAnalysis;
using MuttSharp.Core.Config.Muttrc.Commands;

namespace MuttSharp.Core.Config.Muttrc;

/// <summary>
/// The commands a muttrc may use, by name. <see cref="CreateDefault"/> holds every command this reader
/// implements itself; other parts of MuttSharp add theirs (<c>color</c>, <c>bind</c>, <c>macro</c>, ...)
/// with <see cref="Register"/>. A line naming a command that is known to Mutt but not registered
/// (see <see cref="IsDeferred"/>) is checked for arity and kept in <see cref="MuttConfig.DeferredCommands"/>.
/// </summary>
public sealed class MuttrcCommandRegistry
{
    /// <summary>
    /// Commands another part of MuttSharp implements: how many arguments each takes and Mutt's words
    /// when there are too few or too many.
    /// </summary>
    private static readonly Dictionary<string, (int Min, int Max, string TooFew, string TooMany)> DeferredArity = new(StringComparer.Ordinal)
    {
        ["color"] = (3, int.MaxValue, "color: too few arguments", ""),
        ["uncolor"] = (2, int.MaxValue, "uncolor: too few arguments", ""),
        ["mono"] = (2, int.MaxValue, "mono: too few arguments", ""),
        ["unmono"] = (2, int.MaxValue, "unmono: too few arguments", ""),
        ["bind"] = (3, 3, "too few arguments", "bind: too many arguments"),
        ["macro"] = (3, 4, "macro: too few arguments", "macro: too many arguments"),
        ["push"] = (0, 1, "", "push: too many arguments"),
        ["exec"] = (1, int.MaxValue, "exec: no arguments", ""),
    };

    private readonly Dictionary<string, IMuttrcCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BuiltinCommand> _builtins = new(StringComparer.Ordinal);

    /// <summary>A registry holding every built-in command (set, source, alias, hooks, ...).</summary>
    public static MuttrcCommandRegistry CreateDefault()
    {
        var registry = new MuttrcCommandRegistry();
        foreach (var command in BuiltinCommands.All)
            registry._builtins[command.Name] = command;
        return registry;
    }

    /// <summary>Adds a command; it takes precedence over a built-in or earlier command of the same name.</summary>
    public void Register(IMuttrcCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _commands[command.Name] = command;
    }

    /// <summary>Finds a command registered with <see cref="Register"/> (built-ins are not returned).</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out IMuttrcCommand? command) => _commands.TryGetValue(name, out command);

    /// <summary>True when a line naming <paramref name="name"/> is executed rather than kept or refused.</summary>
    public bool IsKnown(string name) => _commands.ContainsKey(name) || _builtins.ContainsKey(name);

    /// <summary>Every command name a muttrc may use: built-ins, registered commands and deferred ones.</summary>
    public IEnumerable<string> Names => _builtins.Keys.Union(_commands.Keys).Union(DeferredArity.Keys).Order(StringComparer.Ordinal);

    internal bool TryGetBuiltin(string name, [NotNullWhen(true)] out BuiltinCommand? command) => _builtins.TryGetValue(name, out command);

    /// <summary>True when <paramref name="name"/> is a Mutt command implemented elsewhere whose lines are kept until it is registered.</summary>
    public static bool IsDeferred(string name) => DeferredArity.ContainsKey(name);

    /// <summary>Checks a deferred command's argument count; Mutt's wording on failure.</summary>
    internal static bool TryCheckDeferredArity(string name, int count, out string? error)
    {
        var (min, max, tooFew, tooMany) = DeferredArity[name];
        error = count < min ? tooFew : count > max ? tooMany : null;
        return error is null;
    }
}
